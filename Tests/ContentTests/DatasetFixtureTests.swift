import Checks
import Content
import Foundation
import Testing

/// Every folder under Fixtures/datasets is a site whose datasets are broken in one way, with
/// the exact diagnostics (`path:line:col`, message, quoted line, hint) in `expected.txt`
/// (re-recorded only with ZINYNAS_RECORD=1). A case has its data files over the shared base
/// (`_base`: site.yml and two libraries), and its own site.yml when its declaration is the problem.
@Suite struct DatasetFixtureTests {
    static let folder = Fixtures.root.appendingPathComponent("datasets")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }

    static func site(_ name: String) throws -> SiteSource {
        let base = folder.appendingPathComponent("_base"), own = folder.appendingPathComponent(name)
        let ownConfig = own.appendingPathComponent("site.yml")
        let config = FileManager.default.fileExists(atPath: ownConfig.path) ? ownConfig : base.appendingPathComponent("site.yml")
        var source = SiteSource(
            config: SourceFile(path: "site.yml", bytes: Array(try Data(contentsOf: config))),
            content: try Fixtures.contentFiles(in: base))
        source.data = try Fixtures.otherFiles(in: own, "data").sorted().map { path in
            SourceFile(path: path, bytes: Array(try Data(contentsOf: own.appendingPathComponent(path))))
        }
        return source
    }

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func diagnostics(of name: String) throws {
        let result = SiteChecks.validate(try Self.site(name))
        #expect(result.site == nil, "a site with a broken dataset must not produce a site")
        #expect(!result.diagnostics.isEmpty)
        let actual = Fixtures.render(result)
        let expectedURL = Self.folder.appendingPathComponent("\(name)/expected.txt")
        if Fixtures.recording {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
