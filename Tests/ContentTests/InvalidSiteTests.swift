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

/// The checks across files vouch for a site (`Result.crossChecked`) only when they found
/// nothing; the key follows every file's listing.
@Suite struct CrossCheckKeyTests {
    @Test(arguments: ["duplicate-unique", "broken-ref", "url-collision", "term-collision"])
    func aSiteWithAnErrorAcrossFilesIsNeverVouchedFor(_ name: String) throws {
        let source = try Fixtures.invalidSite(name)
        let parsed = SiteParser.parse(source)
        #expect(!parsed.diagnostics.isEmpty)
        #expect(parsed.crossChecked == nil)
    }

    @Test func aVouchedSiteSkipsTheChecksAndAnotherListingRunsThem() throws {
        let clean = try Fixtures.invalidSite("_base")
        let first = SiteParser.parse(clean)
        let key = try #require(first.crossChecked)
        #expect(!first.crossChecksSkipped)
        let again = SiteParser.parse(clean, crossChecked: key)
        #expect(again.crossChecksSkipped && again.crossChecked == key)
        let broken = SiteParser.parse(try Fixtures.invalidSite("duplicate-unique"), crossChecked: key)
        #expect(!broken.crossChecksSkipped && !broken.diagnostics.isEmpty, "its front matter differs from the vouched site's")
    }

    /// The link checks, likewise: vouched for only when they found nothing, and skipped
    /// while no place, front matter, link or heading is other than what they read.
    @Test func aVouchedSiteSkipsTheLinkChecksAndABrokenLinkIsReported() throws {
        let clean = try Fixtures.invalidSite("_base")
        let first = SiteParser.parse(clean)
        let key = try #require(first.linksChecked)
        #expect(!first.linkChecksSkipped)
        let again = SiteParser.parse(clean, linksChecked: key)
        #expect(again.linkChecksSkipped && again.linksChecked == key)
        let broken = SiteParser.parse(try Fixtures.invalidSite("broken-links"), linksChecked: key)
        #expect(!broken.linkChecksSkipped && broken.linksChecked == nil)
        #expect(broken.diagnostics.contains { $0.message.hasPrefix("link to") })
    }
}
