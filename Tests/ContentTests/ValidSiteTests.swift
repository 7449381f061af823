import Checks
import Content
import Foundation
import Support
import Testing

@Suite struct ValidSiteTests {
    let result: CheckedSite

    init() throws {
        let folder = Fixtures.root.appendingPathComponent("valid")
        result = SiteChecks.validate(try SiteSource.read(siteFolder: folder))
    }

    func entry(_ path: String) throws -> Entry {
        try #require(result.site?.entries.first { $0.sourcePath == path })
    }

    @Test func checksClean() {
        #expect(result.diagnostics.isEmpty, "\(Fixtures.render(result))")
        #expect(result.site?.entries.count == 5)
    }

    @Test func byteOrderMarkAndCRLFAreTolerated() throws {
        let pavb = try entry("content/bibliotekos/pavb.md")
        #expect(pavb.title == "Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešoji biblioteka")
        #expect(pavb.fields["municipality"] == .string("Panevėžio m."))
        #expect(pavb.fields["country"] == .string("LT"), "the default applies")
        #expect(pavb.body.plainText.contains("Apskrities biblioteka."))
    }

    @Test func norwayStaysText() throws {
        #expect(try entry("content/bibliotekos/deichmanske.md").fields["country"] == .string("NO"))
    }

    @Test func valuesAreTyped() throws {
        let project = try entry("content/projektai/skaitymo-iskis/index.md")
        #expect(project.slug == "skaitymo-iskis")
        #expect(project.url == "/projektai/skaitymo-iskis/")
        #expect(project.fields["budget_total"] == .money(Decimal(string: "12500.50")!))
        #expect(project.fields["start_date"] == .date(LocalDate(year: 2026, month: 6, day: 1)!))
        #expect(project.fields["certificate"] == .bool(true))
        #expect(project.fields["hours"] == .integer(8))
        #expect(project.fields["partners"] == .list([.ref("deichmanske")]))
        #expect(project.fields["deadline"]?.plainText == "2026-05-20T17:00")
        guard case .list(let sessions)? = project.fields["sessions"], case .object(let first)? = sessions.first else {
            Issue.record("sessions should be a list of objects")
            return
        }
        #expect(first["end"]?.plainText == "2026-06-10T14:00")
        #expect(project.body.headings.map(\.id) == ["apie-projekta", "apie-rezultatus"])
    }

    @Test func pagesAndOptionalFields() throws {
        let about = try entry("content/apie.md")
        #expect(about.collection == nil)
        #expect(about.url == "/apie/")
        let online = try entry("content/projektai/nuotoliniai-mokymai.md")
        #expect(online.fields["location"] == nil, "location is not required for online projects")
        #expect(online.fields["deadline"] == .date(LocalDate(year: 2025, month: 1, day: 10)!))
    }
}
