import Build
import Cache
import Diagnostics
import Foundation
import Testing

/// The preview's oracle: after each of a seeded sequence of random edits, the preview builds
/// as `serve` does, with its memos kept in memory (`ResidentCache`): a pages-only pass, after
/// which every page equals a clean build's, then a full pass, after which the whole output does.
@Suite struct PreviewOracleTests {
    static let entries = 150
    static let steps = 60
    static let cleanEvery = 10

    @Test func previewBuildsEqualCleanBuilds() throws {
        var rng = SplitMix64(state: IncrementalOracleTests.seed &+ 1)
        var (site, edits) = try OracleEdits.site(entries: Self.entries, rng: &rng)
        let output = site.deletingLastPathComponent().appendingPathComponent("preview")
        let clean = site.deletingLastPathComponent().appendingPathComponent("clean")
        let resident = ResidentCache()
        var history: [String] = []
        func failure(_ step: Int, _ what: String) -> Comment {
            let recent = history.suffix(5).joined(separator: "\n  ")
            return "seed \(IncrementalOracleTests.seed &+ 1), step \(step) (\(history.last ?? "first build")): \(what)\n  last edits:\n  \(recent)"
        }
        func build(_ into: URL, pagesOnly: Bool, resident: ResidentCache?, _ step: Int) throws -> Bool {
            let report = try BuildFixture.build(site, into: into, pagesOnly: pagesOnly, resident: resident)
            if !report.succeeded { Issue.record(failure(step, "a build failed: \(report.diagnostics.map(\.description))")) }
            return report.succeeded
        }
        guard try build(output, pagesOnly: false, resident: resident, 0) else { return }
        for step in 1...Self.steps {
            history.append(try edits.apply(&rng))
            let compared = step % Self.cleanEvery == 0 || step == Self.steps
            let before = compared ? Set(try BuildFixture.tree(output).keys) : []
            guard try build(output, pagesOnly: true, resident: resident, step) else { return }
            var cleanTree: [String: Data] = [:]
            if compared {
                try IncrementalOracleTests.remove(clean)
                try IncrementalOracleTests.remove(BuildFixture.cacheFolder(for: clean))
                guard try build(clean, pagesOnly: false, resident: nil, step) else { return }
                cleanTree = try BuildFixture.tree(clean)
                let pages = try BuildFixture.tree(output)
                // It removes nothing: the search index and feeds it did not make stay.
                if !before.isSubset(of: pages.keys) {
                    Issue.record(failure(step, "the pages-only pass removed \(before.subtracting(pages.keys).sorted().prefix(10))"))
                    return
                }
                // The search page names the index files of the last full pass.
                let stale = cleanTree.keys.filter { $0.hasSuffix(".html") && $0 != "paieska/index.html" && pages[$0] != cleanTree[$0] }
                if !stale.isEmpty {
                    Issue.record(failure(step, "after the pages-only pass, pages differ from a clean build's: \(stale.sorted().prefix(10))"))
                    return
                }
            }
            guard try build(output, pagesOnly: false, resident: resident, step) else { return }
            if compared, let difference = IncrementalOracleTests.difference(try BuildFixture.tree(output), cleanTree) {
                Issue.record(failure(step, "after the full pass, the output differs from a clean build: \(difference)"))
                return
            }
        }
    }
}
