import Config
import Content
import Diagnostics
import Support
import Testing
import YAML

/// Cells as people and programs write them are read into the values they mean; the CSV
/// reader keeps quoted separators, quotes and line breaks, and positions after them.
@Suite struct DatasetReadingTests {
    static let config = """
        title: T
        base_url: https://example.lt/
        collections:
          bibliotekos:
            title: Bibliotekos
            singular: Biblioteka
            counts: {one: biblioteka, few: bibliotekos, other: bibliotekų}
            fields: {title: {type: string, required: true, label: Pavadinimas}}
        datasets:
          d:
            files: [data/*.csv, data/**/*.yml]
            key: [id]
            columns:
              id: string
              n: integer
              x: decimal
              p: percent
              day: date
              y: year
              note: string
        """

    static func load(_ files: [String: String]) throws -> DatasetLoader.Result {
        let root = try YAMLParser().parseDocument(config, file: "site.yml")
        let config = try #require(SiteConfig.decode(root).0)
        let sources = files.keys.sorted().map { SourceFile(path: $0, bytes: Array(files[$0]!.utf8)) }
        return DatasetLoader.load(sources, config: config)
    }

    @Test func numbersDatesAndYearsAsPeopleWriteThem() throws {
        let csv = "id;n;x;p;day;y;note\n"
            + "a;1 234;1 234,5;45 %;2025-03-01;2025;\n"
            + "b;1\u{00A0}234;1234.5;45,5;2025.03.01;2025 m.;\n"
            + "c;1\u{202F}234;−12,25;50%;2025.03.01.;1999;\n"
            + "d;-7;0,5;;;;\n"
        let result = try Self.load(["data/a.csv": csv])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let rows = try #require(result.datasets.first).rows.map(\.values)
        let day = LocalDate(year: 2025, month: 3, day: 1)!
        #expect(rows[0] == [.text("a"), .integer(1234), .number(1234.5), .number(45), .date(day), .integer(2025), nil])
        #expect(rows[1] == [.text("b"), .integer(1234), .number(1234.5), .number(45.5), .date(day), .integer(2025), nil])
        #expect(rows[2] == [.text("c"), .integer(1234), .number(-12.25), .number(50), .date(day), .integer(1999), nil])
        #expect(rows[3] == [.text("d"), .integer(-7), .number(0.5), nil, nil, nil, nil])
    }

    @Test func quotedCellsKeepSeparatorsQuotesAndLineBreaks() throws {
        let csv = "id,note,n\n\"a\",\"x, \"\"y\"\"\nz\",1\nb,,2\n"
        let result = try Self.load(["data/a.csv": csv])
        // The columns x, p, day, y are missing from this header.
        #expect(result.diagnostics.count == 4)
        #expect(result.diagnostics.allSatisfy { $0.location?.line == 1 && $0.message.contains("is missing from the header") })
        let fixed = try Self.load(["data/a.csv": "id,note,n,x,p,day,y\n\"a\",\"x, \"\"y\"\"\nz\",1,,,,\nb,,12a,,,,\n"])
        #expect(fixed.diagnostics.map(\.description) == ["data/a.csv:4:4: error: cell '12a' of column 'n' is not a whole number"])
        let rows = try #require(fixed.datasets.first).rows
        #expect(rows[0].values[6] == .text("x, \"y\"\nz"))
        #expect(rows[0].cells[6] == SourceLocation(file: "data/a.csv", line: 2, column: 5))
        // After a line break inside quotes, lines and columns go on from there.
        #expect(rows[0].cells[1] == SourceLocation(file: "data/a.csv", line: 3, column: 4))
        #expect(rows[1].location.line == 4)
    }

    @Test func yamlRowsAndGlobsAcrossFolders() throws {
        let yaml = "- {id: a, n: 1234, x: 1234.5, p: '45 %', day: 2025-03-01, y: 2025}\n- id: b\n  n: '1 234'\n  note: ~\n"
        let result = try Self.load(["data/sub/deeper/a.yml": yaml, "data/notes/a.txt.yml.bak": "x"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let rows = try #require(result.datasets.first).rows.map(\.values)
        #expect(rows.count == 2)
        #expect(rows[0][1] == .integer(1234) && rows[0][3] == .number(45) && rows[0][4] == .date(LocalDate(year: 2025, month: 3, day: 1)!))
        #expect(rows[1] == [.text("b"), .integer(1234), nil, nil, nil, nil, nil])
    }

    @Test func globs() {
        #expect(Glob.matches("data/statistika/*.csv", "data/statistika/2025.csv"))
        #expect(!Glob.matches("data/statistika/*.csv", "data/statistika/old/2020.csv"))
        #expect(Glob.matches("data/**/*.csv", "data/a.csv") && Glob.matches("data/**/*.csv", "data/a/b/c.csv"))
        #expect(Glob.matches("data/20??.csv", "data/2025.csv") && !Glob.matches("data/20??.csv", "data/205.csv"))
    }
}
