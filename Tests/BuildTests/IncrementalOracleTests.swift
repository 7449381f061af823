import Diagnostics
import Foundation
import Testing

/// The oracle: after each of a seeded sequence of random edits, an incremental build (with its
/// cache and the last output) equals a clean build of the same tree, byte for byte, file for
/// file. Replay a failure with `ZINYNAS_ORACLE_SEED=<seed> swift test --filter IncrementalOracle`.
@Suite struct IncrementalOracleTests {
    static let seed = ProcessInfo.processInfo.environment["ZINYNAS_ORACLE_SEED"].flatMap { UInt64($0) } ?? 16
    static let entries = 250
    static let steps = 200
    /// Every step builds incrementally, but only every `cleanEvery`-th (and the last) is also
    /// compared with a clean build: a clean build (about 1.2 s in debug) costs ten times an
    /// incremental one, and one after each step made the test take minutes. Every
    /// `verifyEvery`-th incremental build verifies the cache (`verifyCache`): whatever the page
    /// record would keep is made again and compared, so a stale kept file fails the step even
    /// where no clean build is made, and one kept stale since an earlier step is found too
    /// while the record still keeps it. Not every build verifies: that renders every page
    /// (about 0.6 s), and the builds between run the real keeping path.
    static let cleanEvery = 20
    static let verifyEvery = 4

    @Test func incrementalBuildsEqualCleanBuilds() throws {
        var rng = SplitMix64(state: Self.seed)
        var (site, edits) = try OracleEdits.site(entries: Self.entries, rng: &rng)
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let clean = site.deletingLastPathComponent().appendingPathComponent("clean")
        var history: [String] = []
        func failure(_ step: Int, _ what: String) -> Comment {
            let recent = history.suffix(5).joined(separator: "\n  ")
            return "seed \(Self.seed), step \(step) of \(Self.steps) (\(history.last ?? "first build")): \(what)\n  last edits:\n  \(recent)"
        }
        guard try build(site, into: output, verify: false, { failure(0, $0) }) else { return }
        for step in 1...Self.steps {
            history.append(try edits.apply(&rng))
            let compared = step % Self.cleanEvery == 0 || step == Self.steps
            guard try build(site, into: output, verify: step % Self.verifyEvery == 1, { failure(step, $0) }) else { return }
            guard compared else { continue }
            try Self.remove(clean)
            try Self.remove(BuildFixture.cacheFolder(for: clean))
            guard try build(site, into: clean, verify: false, { failure(step, "the clean build: " + $0) }) else { return }
            if let difference = Self.difference(try BuildFixture.tree(output), try BuildFixture.tree(clean)) {
                Issue.record(failure(step, "the incremental build differs from a clean one: \(difference)"))
                return
            }
        }
    }

    /// A kept page changed by hand with its size and modification time restored fools the page
    /// record (as a key that misses an input would); verification mode finds it, names it,
    /// fails the build and leaves the file as it is.
    @Test func verificationReportsAStaleKeptFile() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try BuildFixture.build(site, into: output)
        let page = output.appendingPathComponent("apie/index.html")
        var info = stat()
        #expect(lstat(page.path, &info) == 0)
        let stale = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "<body", with: "<BODY")
        try stale.write(to: page, atomically: false, encoding: .utf8)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, page.path, &times, 0) == 0)
        #expect(try BuildFixture.build(site, into: output).pagesRendered == 0, "the record keeps the page")
        do {
            _ = try BuildFixture.build(site, into: output, verifyCache: true)
            Issue.record("verification finds no stale file")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.message) == ["the cache kept a stale file: apie/index.html (its page record matched, but made again it differs)"])
        }
        #expect(try String(contentsOf: page, encoding: .utf8) == stale, "never silently rewritten")
    }

    /// Builds; records an issue (and returns false) if the build fails.
    private func build(_ site: URL, into output: URL, verify: Bool, _ failure: (String) -> Comment) throws -> Bool {
        do {
            let report = try BuildFixture.build(site, into: output, verifyCache: verify)
            guard report.succeeded else {
                Issue.record(failure("the build failed: \(report.diagnostics.map(\.description))"))
                return false
            }
            return true
        } catch let error as DiagnosticsError {
            Issue.record(failure("the build\(verify ? ", verifying the cache," : "") failed: \(error.diagnostics.map(\.description))"))
            return false
        }
    }

    /// Removes a folder with `rm -rf`: Foundation's `removeItem` took longer than the build.
    static func remove(_ folder: URL) throws {
        let rm = try Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", folder.path])
        rm.waitUntilExit()
    }

    /// What differs between two trees: the paths only one has, and those whose bytes differ.
    static func difference(_ incremental: [String: Data], _ clean: [String: Data]) -> String? {
        let missing = clean.keys.filter { incremental[$0] == nil }.sorted()
        let extra = incremental.keys.filter { clean[$0] == nil }.sorted()
        let changed = clean.keys.filter { incremental[$0] != nil && incremental[$0] != clean[$0] }.sorted()
        guard !(missing + extra + changed).isEmpty else { return nil }
        return "missing \(missing.prefix(10)), extra \(extra.prefix(10)), different bytes \(changed.prefix(10))"
    }
}
