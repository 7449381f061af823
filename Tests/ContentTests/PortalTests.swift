import Checks
import Content
import Foundation
import Testing

/// The bundled portal speaks the content model of shared/spec (the benchmark corpus too:
/// `PortalBuildTests.generatedCorpusOfAThousandEntriesBuilds`).
@Suite struct PortalTests {
    @Test func bundledPortalChecksClean() throws {
        let result = SiteChecks.validate(try SiteSource.read(siteFolder: Fixtures.repository))
        #expect(result.diagnostics.isEmpty, "\(Fixtures.render(result))")
        let config = try #require(result.site?.config)
        #expect(
            config.collections.map(\.name) == [
                "bibliotekos", "gerosios-patirtys", "finansavimas", "projektai", "mokymai",
                // Issue #19's sections: statistics, the strategic plan with annual plans and reports, research, help.
                "statistika", "planai", "veiklos-planai", "ataskaitos", "tyrimai", "metodine-pagalba",
            ])
        #expect(config.taxonomies.count == 11)
    }
}
