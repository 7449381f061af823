import Config
import Diagnostics
import Foundation
import Testing
import YAML

/// docs/site-yml.md matches the code: every ```yaml example decodes without a diagnostic, as
/// site.yml or as the fragment it shows (a collection's fields, a field, a collection's
/// `calendar` or `jsonld`) placed in a small site whose fields the examples name.
@Suite struct SiteYMLDocsTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/site-yml.md")

    /// The examples, with the line each starts on.
    static func examples() throws -> [(line: Int, text: String)] {
        let lines = try String(contentsOf: document, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var found: [(Int, String)] = []
        var current: (Int, [Substring])?
        for (index, line) in lines.enumerated() {
            if let open = current {
                if line == "```" {
                    found.append((open.0, open.1.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    current = (open.0, open.1 + [line])
                }
            } else if line == "```yaml" {
                current = (index + 2, [])
            }
        }
        return found
    }

    static let fields = """
        title: {type: string, required: true, label: Pavadinimas}
        id: {type: string, label: Nr.}
        objective: {type: text, label: Tikslas}
        status: {type: enum, label: Būsena, values: {planned: Planuojamas, ongoing: Vykdomas}}
        funder: {type: string, label: Finansuotojas}
        start_date: {type: date, label: Pradžia}
        opens: {type: date, label: Pradžia}
        deadlines: {type: list, label: Terminai, of: {type: object, fields: {date: date}}}
        sessions: {type: list, label: Užsiėmimai, of: {type: object, fields: {start: datetime, end: datetime}}}
        location: {type: string, label: Vieta}
        format: {type: enum, label: Forma, values: {in_person: Kontaktinis, online: Nuotolinis}}
        competence_areas: {type: list, label: Sritys, of: string}
        hours: {type: number, label: Valandos}
        registration_deadline: {type: date, label: Registracija iki}
        mode: {type: enum, label: Būdas, values: {in_person: Kontaktinis, online: Nuotolinis, blended: Mišrus}}
        price: {type: list, label: Kaina, of: money}
        """

    static func indented(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }

    /// A site around `collection` keys (at the collection's indentation) and `fields`.
    static func site(collectionKeys: String = "", fields: String = fields, sections: String = "") -> String {
        """
        title: Žinynas
        base_url: https://example.lt/
        \(sections)
        collections:
          projektai:
            title: Projektai
            singular: Projektas
            counts: {one: projektas, few: projektai, other: projektų}
        \(indented(collectionKeys, by: 4))
            fields:
        \(indented(fields, by: 6))
          finansavimas:
            title: Finansavimas
            singular: Kvietimas
            counts: {one: kvietimas, few: kvietimai, other: kvietimų}
            timeline: {deadlines: deadline, labels: {planned: Planuojamas, open: Vyksta, closed: Pasibaigęs}}
            fields:
              id: string
              title: {type: string, required: true}
              status: string
              deadline: date
          bibliotekos:
            title: Bibliotekos
            singular: Biblioteka
            counts: {one: biblioteka, few: bibliotekos, other: bibliotekų}
            fields:
              title: {type: string, required: true}

        """
    }

    /// The dataset the charts' examples draw.
    static let dataset = """
        datasets:
          statistika:
            files: data/statistika/*.csv
            key: [library, year]
            columns: {library: {type: ref, collection: bibliotekos}, year: year, visits: integer}
        """

    /// The site.yml an example is checked in; `nil` for an example of front matter.
    static func wrap(_ example: String) -> String? {
        // `{ … }` stands for a section the document shows further down.
        let lines = example.split(separator: "\n").filter { !$0.contains("{ … }") }.map(String.init)
        let text = lines.joined(separator: "\n")
        let first = lines.first { !$0.hasPrefix("#") && !$0.isEmpty } ?? ""
        if first.hasPrefix("collections:") {
            // A whole collection: its fields are the harness's.
            let withFields = text + "\n" + indented("fields:\n" + indented(fields, by: 2), by: 4)
            return "title: Žinynas\nbase_url: https://example.lt/\n" + withFields + "\n"
        }
        if ["taxonomies:", "views:", "datasets:"].contains(where: first.hasPrefix) { return site(sections: text) }
        if first.hasPrefix("charts:") { return site(sections: dataset + "\n" + text) }
        if first.hasPrefix("calendar:") || first.hasPrefix("jsonld:") { return site(collectionKeys: text) }
        if first.hasPrefix("fields:") {
            return site(fields: String(text.dropFirst("fields:\n".count)).split(separator: "\n").map { String($0.dropFirst(2)) }
                .joined(separator: "\n") + "\ntitle: {type: string, required: true}")
        }
        if text.contains("type:") { return site(fields: text + "\ntitle: {type: string, required: true}") }
        return nil
    }

    @Test func everyExampleDecodes() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 8, "the document's examples were found")
        var checked = 0
        for (line, example) in examples {
            let node = try YAMLParser().parseDocument(example, file: "docs/site-yml.md")
            #expect(node.pairs != nil, "the example at line \(line) is a mapping")
            guard let site = Self.wrap(example) else { continue }
            let (config, diagnostics) = SiteConfig.decode(try YAMLParser().parseDocument(site, file: "site.yml"))
            #expect(config != nil && diagnostics.isEmpty, "docs/site-yml.md:\(line): \(diagnostics.map(\.description))\n\(site)")
            checked += 1
        }
        #expect(checked >= 7)
    }
}
