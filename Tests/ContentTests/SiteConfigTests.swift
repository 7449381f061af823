import Config
import Testing
import Text
import YAML

@Suite struct SiteConfigTests {
    func decode(_ text: String) throws -> (SiteConfig?, [String]) {
        let node = try YAMLParser().parseDocument(text, file: "site.yml")
        let (config, diagnostics) = SiteConfig.decode(node)
        return (config, diagnostics.map { "\($0.description) | \($0.hint ?? "")" })
    }

    static let minimal = """
        title: T
        base_url: https://example.lt/
        collections:
          knygos:
            title: Knygos
            singular: Knyga
            counts: {one: knyga, few: knygos, other: knygų}
            fields:
              title: string
              year: {type: integer, min: 1500}
              tags: {type: list, of: string, taxonomy: true}

        """

    @Test func decodesDefaultsAndShorthands() throws {
        let (config, diagnostics) = try decode(Self.minimal)
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.language == "lt" && site.timeZone == "Europe/Vilnius" && site.output == "public")
        let books = try #require(site.collection("knygos"))
        #expect(books.folder == "knygos" && books.path == "/knygos/" && books.pageSize == 20)
        #expect(books.sortField == "title" && !books.sortDescending)
        #expect(books.counts == CountForms(one: "knyga", few: "knygos", other: "knygų"))
        #expect(books.field("year")?.min == .number(1500))
        #expect(site.taxonomy("tags")?.path == "/tags/", "taxonomies named by fields are declared implicitly")
    }

    @Test func unknownKeysSuggestTheClosest() throws {
        let (config, diagnostics) = try decode(Self.minimal + "titel: X\n")
        #expect(config == nil)
        #expect(diagnostics == ["site.yml:12:1: error: unknown key 'titel' in site.yml | did you mean 'title'?"])
    }

    @Test func indexLabelBelongsToABooleanField() throws {
        let flag = Self.minimal.replacingOccurrences(of: "      title: string\n", with: "      title: string\n      new: {type: boolean, index_label: naujiems darbuotojams}\n")
        let (config, diagnostics) = try decode(flag)
        #expect(diagnostics.isEmpty)
        #expect(config?.collections.first?.fields.first { $0.name == "new" }?.indexLabel == "naujiems darbuotojams")
        let (_, wrong) = try decode(Self.minimal.replacingOccurrences(of: "min: 1500}", with: "min: 1500, index_label: metai}"))
        #expect(wrong == [
            "site.yml:10:53: error: 'index_label' needs a boolean field and a text | the words a true value adds to the entry's search text, e.g. index_label: naujiems darbuotojams"
        ])
    }

    @Test func sortFieldMustExist() throws {
        let text = Self.minimal.replacingOccurrences(of: "    fields:", with: "    sort: -yaer\n    fields:")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics == [
            "site.yml:4:3: error: collection 'knygos' sorts by 'yaer', which is not one of its fields | did you mean 'year'?"
        ])
    }

    @Test func anEmptyFieldPathIsNotAField() throws {
        let text = Self.minimal.replacingOccurrences(of: "    fields:", with: "    date: \"\"\n    fields:")
        let (config, diagnostics) = try decode(text)
        #expect(config == nil)
        #expect(diagnostics.first?.hasPrefix("site.yml:4:3: error: 'date' names '', which is not a field of collection 'knygos'") == true)
    }

    /// A taxonomy with labels is a closed vocabulary unless `open: true`; one without is open.
    @Test func labelledTaxonomiesAreClosedUnlessOpen() throws {
        let (config, diagnostics) = try decode(
            """
            taxonomies:
              temos: {title: Temos, labels: {skaitymas: Skaitymas}}
              zymos: {title: Žymos, labels: {skaitymas: Skaitymas}, open: true}
              vietos: {title: Vietos}
            """ + "\n" + Self.minimal)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let site = try #require(config)
        #expect(site.taxonomy("temos")?.allows("skaitymas") == true && site.taxonomy("temos")?.allows("kita") == false)
        #expect(site.taxonomy("temos")?.allows("Skaitymas") == true, "a term is found by its slug too")
        #expect(site.taxonomy("zymos")?.allows("kita") == true)
        #expect(site.taxonomy("vietos")?.allows("bet kas") == true)
    }
}
