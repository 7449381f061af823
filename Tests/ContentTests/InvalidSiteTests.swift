import Content
import Foundation
import Testing

/// Every folder under Fixtures/invalid is a broken site with the exact diagnostics it must produce
/// in `expected.txt` (re-recorded only with ZINYNAS_RECORD=1).
@Suite struct InvalidSiteTests {
    @Test func thereAreEnoughCases() {
        #expect(Fixtures.invalidCases.count >= 25)
    }

    @Test(arguments: Fixtures.invalidCases)
    func diagnostics(of name: String) throws {
        let result = SiteParser.parse(try Fixtures.invalidSite(name))
        #expect(result.site == nil, "an invalid site must not produce a site")
        #expect(!result.diagnostics.isEmpty)
        let actual = Fixtures.render(result)
        let expectedURL = Fixtures.root.appendingPathComponent("invalid/\(name)/expected.txt")
        if Fixtures.recording {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
