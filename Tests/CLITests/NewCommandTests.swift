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
        #expect(text.contains("# Būdas: in_person (Kontaktinis), online (Nuotolinis), hybrid (Mišrus)\nmode: UŽPILDYKITE\n"))
        #expect(text.contains("  - start: UŽPILDYKITE\n    end: UŽPILDYKITE\n"), "a session's dates are the editor's, not today")
        #expect(text.contains("# price: 0\n"), "optional fields are commented out with an example")

        let unfilled = try CLI.run(["check"], in: site)
        #expect(unfilled.status == 1, "placeholders must be filled in")
        #expect(unfilled.stderr.contains("content/mokymai/siauliu-azuolu-takas.md:12:7: error: field 'mode' is not filled in yet (Būdas): užpildykite"))
        #expect(unfilled.stderr.contains("hint: replace UŽPILDYKITE with one of in_person, online, hybrid, e.g. mode: in_person"))
        #expect(!unfilled.stderr.contains("remove the line"), "a required field's hint never says to remove it")

        let values = [
            "format": "seminar", "start": "2027-03-02T10:00", "end": "2027-03-02T14:00", "hours": "4", "mode": "in_person",
            "location": "Panevėžys", "audience": "[bibliotekininkai]", "competence_areas": "[skaitmenines]",
        ]
        text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let colon = line.firstIndex(of: ":"), line.contains("UŽPILDYKITE") else { return String(line) }
            let name = line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " -"))
            return String(line[...colon]) + " " + (values[name] ?? "?")
        }.joined(separator: "\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let filled = try CLI.run(["check"], in: site)
        #expect(filled.status == 0, "\(filled.stderr)")
    }

    /// A name in use gets the next free one; the file there is never touched. The editors'
    /// guide's own example names a training the sample content already has.
    @Test func aNameInUseGetsTheNextFreeOne() throws {
        let site = try portalSite()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLI.run(["new", "bibliotekos", "Nauja biblioteka"], in: site).status == 0)
        let file = site.appendingPathComponent("content/bibliotekos/nauja-biblioteka.md")
        try "edited".write(to: file, atomically: true, encoding: .utf8)
        let again = try CLI.run(["new", "bibliotekos", "Nauja biblioteka"], in: site)
        #expect(again.status == 0 && again.stdout == "content/bibliotekos/nauja-biblioteka-2.md\n", "\(again.stderr)")
        #expect(try CLI.run(["new", "bibliotekos", "Nauja biblioteka"], in: site).stdout == "content/bibliotekos/nauja-biblioteka-3.md\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited")
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("content/mokymai"), withIntermediateDirectories: true)
        try CLI.copy(
            CLI.repository.appendingPathComponent("content/mokymai/dirbtinio-intelekto-pagrindai.md"),
            to: site.appendingPathComponent("content/mokymai/dirbtinio-intelekto-pagrindai.md"))
        let guide = try CLI.run(["new", "mokymai", "Dirbtinio intelekto pagrindai"], in: site)
        #expect(guide.status == 0 && guide.stdout == "content/mokymai/dirbtinio-intelekto-pagrindai-2.md\n", "\(guide.stderr)")
    }

    @Test func unknownCollectionsNameTheKnownOnes() throws {
        let site = try portalSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = try CLI.run(["new", "mokymas", "X"], in: site)
        #expect(output.status == 2)
        #expect(output.stderr.contains("error: unknown collection 'mokymas'\n    hint: did you mean 'mokymai'? collections: bibliotekos, gerosios-patirtys, finansavimas, projektai, mokymai"))
    }
}
