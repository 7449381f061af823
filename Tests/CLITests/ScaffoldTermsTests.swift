import Config
import Foundation
import Support
import Testing
import YAML
@testable import zinynas

/// `new`'s template and the field reference list the terms a closed taxonomy allows.
@Suite struct ScaffoldTermsTests {
    static func config() throws -> SiteConfig {
        let text = """
            title: T
            base_url: https://example.lt/
            taxonomies:
              temos: {title: Temos, labels: {skaitymas: Skaitymas, kalbos: Kalbos}}
              zymos: {title: Žymos, labels: {skaitymas: Skaitymas}, open: true}
            collections:
              straipsniai:
                title: Straipsniai
                singular: Straipsnis
                counts: {one: straipsnis, few: straipsniai, other: straipsnių}
                fields:
                  title: string
                  topics: {type: list, of: string, label: Temos, taxonomy: temos, required: true}
                  tags: {type: list, of: string, label: Žymos, taxonomy: zymos}

            """
        let (config, diagnostics) = SiteConfig.decode(try YAMLParser().parseDocument(text, file: "site.yml"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(config)
    }

    @Test func theTemplateListsTheTermsOfClosedTaxonomiesOnly() throws {
        let config = try Self.config()
        let collection = try #require(config.collection("straipsniai"))
        let today = try #require(LocalDate(year: 2026, month: 1, day: 15))
        let text = Scaffold.entry(title: "Nauja", collection: collection, today: today, taxonomies: config.taxonomies)
        #expect(text.contains("# Temos: tik kalbos (Kalbos), skaitymas (Skaitymas)"), "\(text)")
        #expect(!text.contains("# Žymos: tik"), "an open taxonomy takes any term")
        let reference = SchemaExport.markdown(config, today: today)
        #expect(reference.contains("taksonomija, tik: `kalbos` (Kalbos), `skaitymas` (Skaitymas)"))
    }

    /// A register number is derived: this year, the next number after those in use.
    @Test func theNextFreeRegisterNumber() {
        let used = ["PAVB-2026-003", "PAVB-2026-001", "PAVB-2025-010", "KITAS-2026-099"]
        #expect(RegisterNumbers.next(after: used, like: "PAVB-2026-001", year: 2026) == "PAVB-2026-004")
        #expect(RegisterNumbers.next(after: used, like: "PAVB-2026-001", year: 2027) == "PAVB-2027-001")
        #expect(RegisterNumbers.next(after: ["R-9"], like: "R-1", year: 2026) == "R-10")
        #expect(RegisterNumbers.next(after: [], like: "be-skaiciaus", year: 2026) == nil)
    }
}
