import Foundation
import Testing

@Suite struct NewCommandTests {
    /// A scratch site with the portal's schema and no content.
    func portalSite() throws -> URL {
        let site = try CLI.temporaryFolder()
        try CLI.copy(CLI.repository.appendingPathComponent("site.yml"), to: site.appendingPathComponent("site.yml"))
        return site
    }

    @Test func writesAScaffoldThatChecksCleanOnceFilledIn() throws {
        let site = try portalSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = try CLI.run(["new", "mokymai", "Šiaulių ąžuolų takas"], in: site, environment: ["SOURCE_DATE_EPOCH": "1795818600"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "content/mokymai/siauliu-azuolu-takas.md\n")
        let file = site.appendingPathComponent("content/mokymai/siauliu-azuolu-takas.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Šiaulių ąžuolų takas\"\n"))
        #expect(text.contains("# Būdas: in_person (Kontaktinis), online (Nuotolinis), hybrid (Mišrus)\nmode: in_person\n"))
        #expect(text.contains("  - start: 2026-11-28T10:00\n"), "dates default to the build date")
        #expect(text.contains("# price: 0\n"), "optional fields are commented out")

        let unfilled = try CLI.run(["check"], in: site)
        #expect(unfilled.status == 1, "placeholders must be filled in")
        #expect(unfilled.stderr.contains("error: field 'location' is empty (Vieta)"))

        // Closed taxonomies take only their terms, which the template lists in the comment above.
        #expect(text.contains("# Kompetencijų sritys: tik andragogines (Andragoginės), "))
        text = text.replacingOccurrences(of: "location: \"\"", with: "location: \"Panevėžys\"")
            .replacingOccurrences(of: "competence_areas: [\"\"]", with: "competence_areas: [skaitmenines]")
            .replacingOccurrences(of: "[\"\"]", with: "[bibliotekininkai]")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let filled = try CLI.run(["check"], in: site)
        #expect(filled.status == 0, "\(filled.stderr)")
    }

    @Test func refusesToOverwrite() throws {
        let site = try portalSite()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLI.run(["new", "bibliotekos", "Nauja biblioteka"], in: site).status == 0)
        let file = site.appendingPathComponent("content/bibliotekos/nauja-biblioteka.md")
        try "edited".write(to: file, atomically: true, encoding: .utf8)
        let again = try CLI.run(["new", "bibliotekos", "Nauja biblioteka"], in: site)
        #expect(again.status == 2)
        #expect(again.stderr.contains("content/bibliotekos/nauja-biblioteka.md already exists"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited")
    }

    @Test func unknownCollectionsNameTheKnownOnes() throws {
        let site = try portalSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = try CLI.run(["new", "mokymas", "X"], in: site)
        #expect(output.status == 2)
        #expect(output.stderr.contains("error: unknown collection 'mokymas'\n    hint: did you mean 'mokymai'? collections: bibliotekos, gerosios-patirtys, finansavimas, projektai, mokymai"))
    }
}
