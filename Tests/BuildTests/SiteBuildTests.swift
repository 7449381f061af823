import Build
import Diagnostics
import Foundation
import Testing

@Suite struct SiteBuildTests {
    /// The valid fixture site, built end to end, matches Fixtures/expected/valid file by file
    /// (re-recorded only with ZINYNAS_RECORD=1).
    @Test func fixtureSiteMatchesTheExpectedTree() throws {
        // A copy outside the repository: git dates (sitemap lastmod) must not depend on history.
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let report = try BuildFixture.build(site, into: output)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let actual = try BuildFixture.tree(output)
        let expectedFolder = BuildFixture.fixtures.appendingPathComponent("expected/valid")
        if BuildFixture.recording {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.createDirectory(
                at: expectedFolder.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: output, to: expectedFolder)
            return
        }
        let expected = try BuildFixture.tree(expectedFolder)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(
                actual[path] == bytes,
                "\(path) differs:\n\(String(decoding: actual[path] ?? Data(), as: UTF8.self))")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let scratch = try BuildFixture.scratch()
        let site = BuildFixture.fixtures.appendingPathComponent("valid")
        _ = try BuildFixture.build(site, into: scratch.appendingPathComponent("a"))
        _ = try BuildFixture.build(site, into: scratch.appendingPathComponent("b"))
        let a = try BuildFixture.tree(scratch.appendingPathComponent("a"))
        let b = try BuildFixture.tree(scratch.appendingPathComponent("b"))
        #expect(a.count > 10)
        #expect(a == b)
    }

    /// The valid fixture built once into a scratch folder: the folder, its output, the site
    /// and the output's files.
    func builtValidSite() throws -> (scratch: URL, output: URL, site: URL, clean: [String: Data]) {
        let scratch = try BuildFixture.scratch()
        let output = scratch.appendingPathComponent("public")
        let site = BuildFixture.fixtures.appendingPathComponent("valid")
        _ = try BuildFixture.build(site, into: output)
        return (scratch, output, site, try BuildFixture.tree(output))
    }

    /// Only what the last build listed in its manifest is removed: files of others (notes, a
    /// symlink, a temporary file) stay wherever they are.
    @Test func filesTheSiteNoLongerMakesAreRemovedButOthersStay() throws {
        let (site, output, page) = try BuildFixture.builtWithPageToRemove()
        let fm = FileManager.default
        let others = [("kita/puslapis/index.html", "x"), ("projektai/.old.zinynas-tmp", "x"), (".nojekyll", ""), (".git/HEAD", "ref")]
        for (path, text) in others {
            let url = output.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try fm.createSymbolicLink(atPath: output.appendingPathComponent("nuoroda").path, withDestinationPath: site.path)
        try fm.removeItem(at: page)
        let report = try BuildFixture.build(site, into: output)
        #expect(report.filesRemoved == 1)
        #expect(!fm.fileExists(atPath: output.appendingPathComponent("senas").path), "emptied folders go too")
        #expect(fm.fileExists(atPath: site.appendingPathComponent("site.yml").path), "a symlink is left, never followed")
        var tree = try BuildFixture.tree(output)
        for (path, text) in others { #expect(tree.removeValue(forKey: path) == Data(text.utf8), "\(path)") }
        #expect(tree == (try BuildFixture.builtTree(site)))
    }

    @Test func symlinksInTheOutputAreReplacedNeverWrittenThrough() throws {
        let (scratch, output, site, clean) = try builtValidSite()
        let fm = FileManager.default
        let outside = scratch.appendingPathComponent("outside.html")
        try Data("svetimas".utf8).write(to: outside)
        let dangling = scratch.appendingPathComponent("nera.html")
        for (page, target) in [("index.html", outside), ("apie/index.html", dangling)] {
            try fm.removeItem(at: output.appendingPathComponent(page))
            try fm.createSymbolicLink(atPath: output.appendingPathComponent(page).path, withDestinationPath: target.path)
        }
        _ = try BuildFixture.build(site, into: output)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "svetimas")
        #expect(!fm.fileExists(atPath: dangling.path), "nothing is created through a dangling link")
        for page in ["index.html", "apie/index.html"] {
            let type = try fm.attributesOfItem(atPath: output.appendingPathComponent(page).path)[.type] as? FileAttributeType
            #expect(type == .typeRegular)
        }
        #expect(try BuildFixture.tree(output) == clean)
    }

    /// At any depth, and also where the page in it is kept or written again: a folder the last
    /// build made may have become a symlink (or a file) since.
    @Test(arguments: ["projektai", "projektai/skaitymo-iskis", "bibliotekos/puslapis/2", "file:projektai/nuotoliniai-mokymai"])
    func aSymlinkedFolderInTheOutputIsReplacedNeverWrittenThrough(_ argument: String) throws {
        let (scratch, output, site, clean) = try builtValidSite()
        let fm = FileManager.default
        let outside = scratch.appendingPathComponent("svetur")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        let folder = argument.hasPrefix("file:") ? String(argument.dropFirst(5)) : argument
        try fm.removeItem(at: output.appendingPathComponent(folder))
        if argument.hasPrefix("file:") {
            try Data("ne aplankas".utf8).write(to: output.appendingPathComponent(folder))
        } else {
            try fm.createSymbolicLink(atPath: output.appendingPathComponent(folder).path, withDestinationPath: outside.path)
        }
        _ = try BuildFixture.build(site, into: output)
        #expect(try fm.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing is written outside the output")
        #expect(try BuildFixture.tree(output) == clean)
    }

    /// A kept page is trusted only in real folders: `lstat` of the page would look through a
    /// folder moved away and linked back, which the stale-file walk then removes, page and all.
    @Test func aPageKeptBehindASymlinkedFolderIsWrittenAgain() throws {
        let (scratch, output, site, clean) = try builtValidSite()
        let fm = FileManager.default
        let moved = scratch.appendingPathComponent("perkelta")
        try fm.moveItem(at: output.appendingPathComponent("projektai/registras"), to: moved)
        try fm.createSymbolicLink(atPath: output.appendingPathComponent("projektai/registras").path, withDestinationPath: moved.path)
        let before = try BuildFixture.tree(moved)
        let report = try BuildFixture.build(site, into: output)
        #expect(report.renderedPages == ["projektai/registras/index.html"])
        #expect(try BuildFixture.tree(output) == clean)
        #expect(try BuildFixture.tree(moved) == before, "the folder outside is left as it was")
    }

    @Test func anOutputFolderRemovedWithTheCacheKeptIsMadeAgain() throws {
        // The page record names every folder; none is there, and files are written in parallel.
        let (_, output, site, clean) = try builtValidSite()
        try FileManager.default.removeItem(at: output)
        let report = try BuildFixture.build(site, into: output)
        #expect(report.succeeded)
        #expect(try BuildFixture.tree(output) == clean)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try BuildFixture.build(site, into: output)
        #expect(first.succeeded)
        let before = try BuildFixture.tree(output)
        let broken = site.appendingPathComponent("content/bibliotekos/pavb.md")
        try "---\ntitle: X\nkind: nera\n---\n".write(to: broken, atomically: true, encoding: .utf8)
        let second = try BuildFixture.build(site, into: output)
        #expect(!second.succeeded)
        #expect(second.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/bibliotekos/pavb.md:3:7: error: field 'kind' must be one of")
        })
        #expect(try BuildFixture.tree(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(!leftovers.contains { $0.contains("staging") || $0.contains(".old-") })
    }

    @Test func theBuildDateChangesDerivedStatusOnly() throws {
        let scratch = try BuildFixture.scratch()
        let site = BuildFixture.fixtures.appendingPathComponent("valid")
        _ = try BuildFixture.build(site, into: scratch.appendingPathComponent("may"), now: "2026-05-20")
        _ = try BuildFixture.build(site, into: scratch.appendingPathComponent("june"), now: "2026-05-21")
        let may = try BuildFixture.tree(scratch.appendingPathComponent("may"))
        let june = try BuildFixture.tree(scratch.appendingPathComponent("june"))
        let table = { (tree: [String: Data]) in String(decoding: tree["projektai/registras/index.html"]!, as: UTF8.self) }
        #expect(table(may).contains("<td data-sort=\"open\">Vyksta</td>"))
        #expect(table(june).contains("<td data-sort=\"closed\">Baigėsi</td>"))
    }

    @Test func refusesToWriteIntoTheSiteSources() throws {
        let site = BuildFixture.fixtures.appendingPathComponent("valid")
        for output in [site.appendingPathComponent("content"), site] {
            let error = #expect(throws: DiagnosticsError.self) { try BuildFixture.build(site, into: output) }
            #expect(error?.stage == "prepare", "the error names the stage that raised it")
        }
    }

    /// An error says which stage stopped the build: a site folder that cannot be read, `load`.
    @Test func anUnreadableSiteStopsAtLoad() throws {
        let nowhere = try BuildFixture.scratch().appendingPathComponent("nera")
        let error = #expect(throws: DiagnosticsError.self) { try BuildFixture.build(nowhere, into: nowhere.appendingPathComponent("public")) }
        #expect(error?.stage == "load")
    }

    @Test func nowComesFromTheFlagThenSourceDateEpoch() throws {
        let flag = try BuildClock.now(flag: "2026-11-28", environment: ["SOURCE_DATE_EPOCH": "0"], timeZone: "Europe/Vilnius")
        #expect(flag.description == "2026-11-28T00:00")
        // 2026-11-27T22:30:00Z is already the 28th in Vilnius (UTC+2 in winter).
        let epoch = try BuildClock.now(flag: nil, environment: ["SOURCE_DATE_EPOCH": "1795818600"], timeZone: "Europe/Vilnius")
        #expect(epoch.description == "2026-11-28T00:30")
        #expect(throws: (any Error).self) {
            try BuildClock.now(flag: "28.11.2026", environment: [:], timeZone: "Europe/Vilnius")
        }
    }

    @Test func aBadBuildDateStopsBeforeAnyWork() throws {
        #expect(throws: (any Error).self) { try BuildClock.check(flag: "vakar", environment: [:]) }
        #expect(throws: (any Error).self) { try BuildClock.check(flag: nil, environment: ["SOURCE_DATE_EPOCH": "vakar"]) }
        try BuildClock.check(flag: nil, environment: ["SOURCE_DATE_EPOCH": "1795818600"])
        try BuildClock.check(flag: "2026-11-28T10:00", environment: ["SOURCE_DATE_EPOCH": "vakar"])  // the flag wins
        // Nothing is read, parsed or cached: the site folder need not even exist.
        let nowhere = try BuildFixture.scratch().appendingPathComponent("nera")
        #expect(throws: (any Error).self) { try SiteBuilder(options: .init(siteFolder: nowhere, now: "vakar")).run() }
        #expect(!FileManager.default.fileExists(atPath: nowhere.path))
    }
}
