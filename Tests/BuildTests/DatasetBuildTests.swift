import Build
import Foundation
import Testing

/// Datasets in a whole build: their values on the pages that show them, their exports, and
/// the incremental build: a page showing a dataset is rendered again when the dataset
/// changes, and kept when it does not (an entry's page only when its own rows change).
@Suite struct DatasetBuildTests {
    static let declaration = """

        datasets:
          stat:
            title: Rodikliai
            files: data/stat/*.csv
            key: [library, year]
            columns:
              library: {type: ref, collection: bibliotekos, label: Biblioteka}
              year: {type: year, label: Metai}
              visits: {type: integer, label: Apsilankymai}
              share: {type: percent, label: Dalis}
              area: {type: decimal, label: Plotas, unit: m²}
        charts:
          visits:
            title: Apsilankymai
            dataset: stat
            kind: bar
            x: year
            series: [visits]
          own:
            title: Mano apsilankymai
            dataset: stat
            kind: line
            x: year
            series: [visits]
            entry: library

        """

    /// The valid fixture with a dataset: libraries show their rows, the home page all rows.
    static func site() throws -> URL {
        let site = try BuildFixture.copy("valid")
        let config = site.appendingPathComponent("site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + declaration).write(to: config, atomically: true, encoding: .utf8)
        let data = site.appendingPathComponent("data/stat")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        // As Lithuanian Excel saves it: a byte order mark, `;`, CRLF, no-break spaces in thousands.
        try Data(([0xEF, 0xBB, 0xBF] + Array("library;year;visits;share;area\r\npavb;2024;1\u{00A0}234;45,5 %;1 234,5\r\ndeichmanske;2024;900;12;80\r\n".utf8)))
            .write(to: data.appendingPathComponent("2024.csv"))
        try "library,year,visits,share,area\npavb,2025,1300,50%,\"1234.5\"\n".write(
            to: data.appendingPathComponent("2025.csv"), atomically: true, encoding: .utf8)
        let layouts = site.appendingPathComponent("layouts")
        try FileManager.default.createDirectory(at: layouts.appendingPathComponent("bibliotekos"), withIntermediateDirectories: true)
        try """
            {{<base}}{{$main}}<h1>{{entry.title}}</h1>
            {{{entry_charts.own}}}
            {{#entry_data.stat}}<table>{{#rows}}<tr>{{#cells}}<td>{{text}}</td>{{/cells}}<td>{{raw.visits}}</td></tr>{{/rows}}</table>{{/entry_data.stat}}
            {{/main}}{{/base}}
            """.write(to: layouts.appendingPathComponent("bibliotekos/entry.mustache"), atomically: true, encoding: .utf8)
        let home = layouts.appendingPathComponent("_default/home.mustache")
        try (try String(contentsOf: home, encoding: .utf8)
            + "{{#data.stat}}<p id=\"stat\">{{title}} {{count}} <a href=\"{{csv}}\">CSV</a>{{#rows}} {{library}}={{visits}}{{/rows}}"
            + " {{by_key.pavb-2025.share}}</p>{{/data.stat}}{{{charts.visits}}}\n").write(to: home, atomically: true, encoding: .utf8)
        return site
    }

    static func text(_ tree: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(tree[path], "\(path) is built"), as: UTF8.self)
    }

    @Test func pagesShowTheRowsLithuanianStyleAndTheExportsAreMade() throws {
        let site = try Self.site()
        let tree = try BuildFixture.builtTree(site)
        let library = try Self.text(tree, "bibliotekos/pavb/index.html")
        // Its own rows without its own name; numbers with no-break spaces and a decimal comma.
        #expect(library.contains("<tr><td>2024</td><td>1\u{00A0}234</td><td>45,5\u{00A0}%</td><td>1\u{00A0}234,5\u{00A0}m²</td><td>1234</td></tr>"))
        #expect(library.contains("<tr><td>2025</td><td>1\u{00A0}300</td><td>50\u{00A0}%</td>"))
        #expect(!library.contains("deichmanske"))
        let home = try Self.text(tree, "index.html")
        #expect(home.contains("Rodikliai 3 <a href=\"/duomenys/stat.csv\">CSV</a>"))
        #expect(home.contains("=1\u{00A0}234") && home.contains("=900") && home.contains(" 50\u{00A0}%</p>"))
        let csv = try #require(tree["duomenys/stat.csv"])
        #expect(Array(csv) == [0xEF, 0xBB, 0xBF] + Array("library;year;visits;share;area\r\npavb;2024;1234;45,5;1234,5\r\ndeichmanske;2024;900;12;80\r\npavb;2025;1300;50;1234,5\r\n".utf8))
        let json = try Self.text(tree, "duomenys/stat.json")
        #expect(json.contains("\"library\": \"pavb\",\n      \"year\": 2024,\n      \"visits\": 1234,\n      \"share\": 45.5,\n      \"area\": 1234.5"))
        #expect(try BuildFixture.builtTree(site) == tree, "two builds are byte-identical")
    }

    @Test func chartsShowAllRowsOrAnEntrysOwn() throws {
        let tree = try BuildFixture.builtTree(try Self.site())
        let home = try Self.text(tree, "index.html")
        // Rows of one year are added up: 1 234 + 900 in 2024.
        #expect(home.contains("<figure class=\"chart chart-bar\" id=\"chart-visits\">"))
        #expect(home.contains(">2\u{00A0}134<") && home.contains(">1\u{00A0}300<"))
        let library = try Self.text(tree, "bibliotekos/pavb/index.html")
        #expect(library.contains("<figure class=\"chart chart-line\" id=\"entry-chart-own\">"))
        #expect(library.contains(">1\u{00A0}234<") && !library.contains("2\u{00A0}134"))
        // A library with rows of one year has its chart too; an entry no row names has none.
        #expect(try Self.text(tree, "bibliotekos/deichmanske/index.html").contains("id=\"entry-chart-own\""))
        #expect(!(try Self.text(tree, "projektai/index.html")).contains("<figure class=\"chart"))
    }

    @Test func aDataEditRendersThePagesThatShowTheChangedRowsAndKeepsTheOthers() throws {
        let site = try Self.site()
        let output = try BuildFixture.scratch().appendingPathComponent("public")
        _ = try BuildFixture.build(site, into: output)
        let unchanged = try BuildFixture.build(site, into: output)
        #expect(unchanged.renderedPages.isEmpty, "nothing changed: \(unchanged.renderedPages)")
        let file = site.appendingPathComponent("data/stat/2025.csv")
        try "library,year,visits,share,area\npavb,2025,1400,50%,\"1234.5\"\n".write(to: file, atomically: true, encoding: .utf8)
        let edited = try BuildFixture.build(site, into: output)
        #expect(Set(edited.renderedPages) == ["bibliotekos/pavb/index.html", "index.html"])
        #expect(try BuildFixture.tree(output) == BuildFixture.builtTree(site), "incremental equals clean")
        // A row for the other library: its page, not pavb's.
        try "library,year,visits,share,area\npavb,2025,1400,50%,\"1234.5\"\ndeichmanske,2025,1,2,3\n".write(
            to: file, atomically: true, encoding: .utf8)
        let added = try BuildFixture.build(site, into: output)
        #expect(Set(added.renderedPages) == ["bibliotekos/deichmanske/index.html", "index.html"])
        #expect(try BuildFixture.tree(output) == BuildFixture.builtTree(site), "incremental equals clean")
    }

    @Test func aRetitledLibraryRendersThePagesThatShowItsNameInATable() throws {
        let site = try Self.site()
        let output = try BuildFixture.scratch().appendingPathComponent("public")
        _ = try BuildFixture.build(site, into: output)
        let page = site.appendingPathComponent("content/bibliotekos/deichmanske.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        try text.replacingOccurrences(of: String(title), with: "title: Deichman (naujas)").write(to: page, atomically: true, encoding: .utf8)
        _ = try BuildFixture.build(site, into: output)
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Deichman (naujas)=900"))
        #expect(try BuildFixture.tree(output) == BuildFixture.builtTree(site), "incremental equals clean")
    }
}
