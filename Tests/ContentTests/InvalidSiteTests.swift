import Checks
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
        let result = SiteChecks.validate(try Fixtures.invalidSite(name))
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

/// The checks across files and the link checks vouch for a site (`CheckedSite.checked`) only when they found nothing; their keys follow what they read.
@Suite struct CrossCheckKeyTests {
    @Test(arguments: ["duplicate-unique", "broken-ref", "url-collision", "url-collision-sources", "term-collision"])
    func aSiteWithAnErrorAcrossFilesIsNeverVouchedFor(_ name: String) throws {
        let source = try Fixtures.invalidSite(name)
        let parsed = SiteChecks.validate(source)
        #expect(!parsed.diagnostics.isEmpty)
        #expect(parsed.checked.crossChecks == nil)
    }

    /// One kind of check a key vouches for: how to hand a key to the parser, and where the
    /// result says what it vouches for and whether the check was skipped.
    struct VouchedCheck: Sendable, CustomTestStringConvertible {
        let name: String
        /// A site whose error this check finds.
        let broken: String
        let parse: @Sendable (SiteSource, String?) -> CheckedSite
        let key: @Sendable (CheckedSite) -> String?
        let skipped: @Sendable (CheckedSite) -> Bool
        var testDescription: String { name }
    }

    static let checks = [
        VouchedCheck(
            name: "checks across files", broken: "duplicate-unique", parse: { SiteChecks.validate($0, vouched: .init(crossChecks: $1)) },
            key: \.checked.crossChecks, skipped: \.crossChecksSkipped),
        // Skipped while no place, front matter, link or heading is other than what they read.
        VouchedCheck(
            name: "link checks", broken: "broken-links", parse: { SiteChecks.validate($0, vouched: .init(links: $1)) },
            key: \.checked.links, skipped: \.linkChecksSkipped),
    ]

    @Test(arguments: checks)
    func aVouchedSiteSkipsTheChecksAndABrokenOneRunsThem(_ check: VouchedCheck) throws {
        let clean = try Fixtures.invalidSite("_base")
        let first = check.parse(clean, nil)
        let key = try #require(check.key(first))
        #expect(!check.skipped(first))
        let again = check.parse(clean, key)
        #expect(check.skipped(again) && check.key(again) == key)
        let broken = check.parse(try Fixtures.invalidSite(check.broken), key)
        #expect(!check.skipped(broken) && check.key(broken) == nil && !broken.diagnostics.isEmpty)
    }

    /// The checks across files also read the static files, the assets and whether there is a
    /// search page: a change to any of them is not vouched for by the content's key.
    @Test(arguments: ["static file", "asset", "search layout"])
    func aURLTakenOutsideTheContentIsFoundThoughItIsVouchedFor(_ change: String) throws {
        var source = try Fixtures.invalidSite("_base")
        // A page at the search page's URL is fine while there is no search page.
        source.content.append(SourceFile(path: "content/paieska.md", bytes: Array("---\ntitle: P\n---\n".utf8)))
        let key = try #require(SiteChecks.validate(source).checked.crossChecks)
        switch change {
        case "static file": source.staticFiles = ["static/bibliotekos/index.html"]
        case "asset": source.assets = ["content/404.html"]
        default: source.layouts = [SourceFile(path: "layouts/_default/search.mustache", bytes: [])]
        }
        let checked = SiteChecks.validate(source, vouched: .init(crossChecks: key))
        #expect(!checked.crossChecksSkipped)
        #expect(checked.diagnostics.count == 1 && checked.diagnostics[0].message.contains("both map to the URL"))
    }
}
