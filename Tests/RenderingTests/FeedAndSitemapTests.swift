import Content
import Foundation
@testable import Model
@testable import Rendering
@testable import Support
import Testing

/// Feeds, sitemap and exports of the outputs fixture, and the hook for git dates.
@Suite struct FeedAndSitemapTests {
    /// A file made now (nothing is kept when nothing can be).
    static func made(_ file: DataFile) -> OutputFile { OutputFile(path: file.path, bytes: file.bytes!) }

    func feeds(_ model: SiteModel) -> [OutputFile] {
        FeedRenderer(model: model, formats: ValueFormats(model: model)).render().map(Self.made)
    }

    func file(_ files: [OutputFile], _ path: String) -> String {
        String(decoding: files.first { $0.path == path }?.bytes ?? [], as: UTF8.self)
    }

    @Test func feedsListTheNewestByDateWithAbsoluteIDs() throws {
        let files = feeds(try OutputsFixture.model())
        #expect(files.map(\.path) == ["renginiai/atom.xml", "kvietimai/atom.xml", "projektai/atom.xml", "naujienos.xml"])
        let site = file(files, "naujienos.xml")
        let ids = site.components(separatedBy: "<entry>").dropFirst().map {
            $0.components(separatedBy: "<id>")[1].components(separatedBy: "</id>")[0]
        }
        #expect(ids == [
            "https://bandymai.example.lt/zinynas/renginiai/ziemos-seminaras/",
            "https://bandymai.example.lt/zinynas/projektai/trecias/",
            "https://bandymai.example.lt/zinynas/renginiai/rudens-naktis/",
        ], "3 newest of every collection with a feed (feeds: limit: 3)")
        #expect(site.contains("<updated>2027-01-15T10:00:00+02:00</updated>\n  <author>"))
        #expect(site.contains(#"xml:base="https://bandymai.example.lt/zinynas/""#))
    }

    @Test func gitDatesWinInFeedsAndBecomeSitemapLastmod() throws {
        // Committed after every other project's date: first, although its own date is the oldest.
        let model = try OutputsFixture.model(updated: ["be-partneriu": LocalDate(year: 2027, month: 2, day: 1)!])
        let feed = file(feeds(model), "projektai/atom.xml")
        let first = feed.components(separatedBy: "<entry>")[1]
        #expect(first.contains("/projektai/be-partneriu/</id>") && first.contains("<updated>2027-02-01T00:00:00+02:00</updated>"))
        let pages = ["projektai/be-partneriu/index.html", "projektai/trecias/index.html", "404.html"]
        let sitemap = file(SitemapRenderer(model: model).render(pagePaths: pages, reuse: .none).map(Self.made), "sitemap.xml")
        #expect(sitemap.contains(
            "<url><loc>https://bandymai.example.lt/zinynas/projektai/be-partneriu/</loc><lastmod>2027-02-01</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://bandymai.example.lt/zinynas/projektai/trecias/</loc></url>"))
        #expect(!sitemap.contains("404"))
    }

    /// More pages than one sitemap may list: parts of at most that many URLs, in URL order,
    /// and `sitemap.xml` as their index (robots.txt still names it).
    @Test func aLargeSiteGetsASitemapIndex() throws {
        let model = try OutputsFixture.model()
        let pages = ["projektai/trecias/index.html", "index.html", "404.html", "projektai/be-partneriu/index.html", "apie/index.html"]
        let files = SitemapRenderer(model: model, urlLimit: 2).render(pagePaths: pages, reuse: .none).map(Self.made)
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "robots.txt"])
        let base = "https://bandymai.example.lt/zinynas/"
        #expect(file(files, "sitemap.xml") == """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>\(base)sitemap-1.xml</loc></sitemap>
              <sitemap><loc>\(base)sitemap-2.xml</loc></sitemap>
            </sitemapindex>

            """)
        func locs(_ path: String) -> [String] {
            file(files, path).components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        }
        #expect(locs("sitemap-1.xml") == [base, base + "apie/"])
        #expect(locs("sitemap-2.xml") == [base + "projektai/be-partneriu/", base + "projektai/trecias/"])
        #expect(file(files, "sitemap-1.xml").hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "))
        #expect(file(files, "robots.txt").hasSuffix("Sitemap: \(base)sitemap.xml\n"))
        let whole = SitemapRenderer(model: model, urlLimit: 4).render(pagePaths: pages, reuse: .none).map(Self.made)
        #expect(whole.map(\.path) == ["sitemap.xml", "robots.txt"], "as many pages as the limit: one sitemap")
        let keys = EntryPageKeys(model: model, fingerprints: [:], global: "g")
        let first = SitemapRenderer(model: model, urlLimit: 2).render(pagePaths: pages, reuse: DataReuse(keys: keys, canKeep: { _, _ in false }))
        let recorded = Dictionary(uniqueKeysWithValues: first.compactMap { file in file.key.map { (file.path, $0) } })
        #expect(recorded.count == 3)
        let again = SitemapRenderer(model: model, urlLimit: 2).render(pagePaths: pages, reuse: DataReuse(keys: keys, canKeep: { recorded[$0] == $1 }))
        #expect(again.filter(\.isMade).map(\.path) == ["robots.txt"], "the index and its parts are kept")
    }

    /// The sitemap is kept only while its pages, their entries' URLs and git dates and what
    /// all pages share are unchanged.
    @Test func theSitemapIsKeptWhileItsPagesAndDatesAre() throws {
        let pages = ["projektai/be-partneriu/index.html", "projektai/trecias/index.html"]
        func key(_ model: SiteModel, _ pages: [String], global: String = "g") -> String {
            SitemapRenderer(model: model).key(pagePaths: pages, global: global)
        }
        let model = try OutputsFixture.model()
        let base = key(model, pages)
        #expect(key(try OutputsFixture.model(), pages) == base)
        #expect(key(model, pages + ["apie/index.html"]) != base)
        #expect(key(model, pages, global: "other") != base)
        let dated = try OutputsFixture.model(updated: ["trecias": LocalDate(year: 2027, month: 2, day: 1)!])
        #expect(key(dated, pages) != base, "a git date is a lastmod")
        let keys = EntryPageKeys(model: model, fingerprints: [:], global: "g")
        let keeping = DataReuse(keys: keys, canKeep: { path, key in path == "sitemap.xml" && key == base })
        let files = SitemapRenderer(model: model).render(pagePaths: pages, reuse: keeping)
        #expect(files.first { $0.path == "sitemap.xml" }?.isMade == false, "kept")
        #expect(files.first { $0.path == "robots.txt" }?.isMade == true)
        let other = SitemapRenderer(model: model).render(pagePaths: pages + ["apie/index.html"], reuse: keeping)
        #expect(other.first { $0.path == "sitemap.xml" }?.isMade == true, "made for other pages")
    }

    /// A feed shows its entries' bodies: it is kept while the entries it shows, sources and
    /// all, are those it was written with, and made again when one of them is edited.
    @Test func aFeedIsKeptWhileTheEntriesItShowsAre() throws {
        let model = try OutputsFixture.model()
        func render(sources: [String: String], written: [String: String]) -> [String: DataFile] {
            let keys = EntryPageKeys(model: model, fingerprints: sources, global: "g")
            let reuse = DataReuse(keys: keys, canKeep: { path, key in written[path] == key })
            let files = FeedRenderer(model: model, formats: ValueFormats(model: model)).render(reuse)
            return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        }
        let first = render(sources: [:], written: [:])
        let written = first.compactMapValues(\.key)
        #expect(written.count == 4, "every feed has a key")
        #expect(render(sources: [:], written: written).values.allSatisfy { !$0.isMade })
        let site = String(decoding: try #require(first["naujienos.xml"]?.bytes), as: UTF8.self)
        func id(_ entry: Entry) -> String { "<id>https://bandymai.example.lt/zinynas\(entry.url)</id>" }
        let shown = try #require(model.site.entries.first { site.contains(id($0)) })
        let edited = render(sources: [shown.sourcePath: "edited"], written: written)
        #expect(edited["naujienos.xml"]?.isMade == true, "the site feed shows the edited entry")
        #expect(edited["\(try #require(shown.collection))/atom.xml"]?.isMade == true)
        #expect(edited.values.count(where: \.isMade) == 2, "the other feeds are kept")
        let hidden = try #require(model.site.entries.first { entry in
            !first.values.contains { String(decoding: $0.bytes!, as: UTF8.self).contains(id(entry)) }
        })
        #expect(render(sources: [hidden.sourcePath: "edited"], written: written).values.allSatisfy { !$0.isMade })
    }

    @Test func exportsHaveEveryFieldWithLabelsAndPlainNumbers() throws {
        let model = try OutputsFixture.model()
        let files = ExportRenderer(model: model, formats: ValueFormats(model: model)).render(.none).map(Self.made)
        let csv = file(files, "projektai/registras.csv")
        #expect(csv.hasPrefix("\u{FEFF}Registro Nr.;Pavadinimas;Koordinatorius;Partneriai;Pradžia;Finansuotojas;Vertė;Finansavimas;Tikslas;Vykdomas;Nuoroda\r\n"))
        #expect(csv.contains(#"SAB-2027-002;Ąžuolų alėja;"Šiaulių „Aušros“ biblioteka; filialas";;2027-01-10;Europos Komisija;1000000;800000,25;;;"#))
        let json = file(files, "projektai/registras.json")
        #expect(json.contains(#""budget": 12500.50,"#) && json.contains(#""active": true,"#) && json.contains(#""grant": null,"#))
        #expect(json.contains(#""partners": ["#) && json.contains(#""Zarasų viešoji biblioteka""#))
    }

    /// Text that would run as a formula (a title, a ref's title) is text in the spreadsheet;
    /// the JSON keeps it as is, and amounts stay numbers, negative ones too.
    @Test func exportedTextNeverRunsAsAFormula() throws {
        let model = try OutputsFixture.model(values: [
            "content/projektai/trecias.md": ["title": .string("=1+2"), "budget": .money(-3)],
            "content/bibliotekos/zarasu.md": ["title": .string("@Zarasai")],
        ])
        let files = ExportRenderer(model: model, formats: ValueFormats(model: model)).render(.none).map(Self.made)
        let csv = file(files, "projektai/registras.csv")
        #expect(csv.contains(";'=1+2;"))
        #expect(csv.contains(";-3;"), "an amount is not text")
        #expect(csv.contains(";'@Zarasai;"), "a ref shows its title")
        #expect(file(files, "projektai/registras.json").contains(#""=1+2""#))
    }

    @Test func theAPIKeepsStoredValues() throws {
        let model = try OutputsFixture.model()
        let files = APIRenderer(model: model, formats: ValueFormats(model: model)).render(.none).map(Self.made)
        #expect(files.map(\.path) == ["duomenys/bibliotekos.json", "duomenys/renginiai.json", "duomenys/kvietimai.json", "duomenys/projektai.json"])
        let events = file(files, "duomenys/renginiai.json")
        #expect(events.contains(#""kind": "seminar""#), "enum keys, not labels")
        #expect(events.contains(#""start": "2026-10-24T18:00:00+03:00""#))
        let projects = file(files, "duomenys/projektai.json")
        #expect(projects.contains(#""slug": "siauliu","#) && projects.contains(#""url": "https://bandymai.example.lt/zinynas/bibliotekos/siauliu/""#))
    }
}

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension FeedAndSitemapTests {
    /// XML 1.0 has no U+FFFE, U+FFFF or C0 controls but tab and line ends, not even escaped:
    /// one in a title would make the whole feed unreadable to every reader.
    @Test func nonCharactersInATitleLeaveTheFeedWellFormed() throws {
        let title = "Kvietimas\u{FFFE} \u{FFFF}\u{1}\u{0B}teikti\tparaiškas"
        let model = try OutputsFixture.model(values: ["content/kvietimai/kultura.md": ["title": .string(title)]])
        for feed in feeds(model) {
            let bytes = feed.bytes
            #expect(!bytes.indices.dropLast(2).contains { bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBF && bytes[$0 + 2] >= 0xBE })
            let parser = XMLParser(data: Data(bytes))
            #expect(parser.parse(), "\(feed.path): \(parser.parserError.map(String.init(describing:)) ?? "")")
        }
        #expect(file(feeds(model), "kvietimai/atom.xml").contains("<title>Kvietimas teikti\tparaiškas</title>"))
        #expect(XML.escape("a\u{FFFE}b\u{FFFF}c\u{FFFD}") == "abc\u{FFFD}")
    }
}
