import Diagnostics
import Testing
import YAML

/// Every node keeps the line and column (in characters, as an editor counts them) where it was written.
@Suite struct PositionTests {
    func position(_ node: YAMLNode?) -> [Int]? {
        node.map { [$0.location.line, $0.location.column] }
    }

    @Test func keysValuesAndItems() throws {
        let text = """
            title: Žinynas
            tags:
              - vienas
              - du
            author:
              name: Ona
              city: "Vilnius"
            flow: [a, {b: c}]

            """
        let document = try YAMLParser().parseDocument(text, file: "site.yml")
        let pairs = try #require(document.pairs)
        #expect(document.location == SourceLocation(file: "site.yml", line: 1, column: 1))
        #expect(pairs.map { position($0.key) } == [[1, 1], [2, 1], [5, 1], [8, 1]])
        #expect(position(document["title"]) == [1, 8])
        #expect(document["title"]?.length == 7)
        #expect(position(document["tags"]) == [3, 3])
        #expect(document["tags"]?.items?.map { position($0) } == [[3, 5], [4, 5]])
        let author = try #require(document["author"])
        #expect(position(author) == [6, 3])
        #expect(author.pairs?.map { position($0.key) } == [[6, 3], [7, 3]])
        #expect(position(author["name"]) == [6, 9])
        #expect(position(author["city"]) == [7, 9])
        #expect(author["city"]?.length == 9)
        let flow = try #require(document["flow"]?.items)
        #expect(position(document["flow"]) == [8, 7])
        #expect(flow.map { position($0) } == [[8, 8], [8, 11]])
        #expect(position(flow[1]["b"]) == [8, 15])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let text = """
            pavadinimas: Šventoji
            "ąčęėįšųūž": vertė
            santrauka: [ąžuolas, čiobrelis, šešėlis]
            ki\u{301}rtis: su kirčiu

            """
        let document = try YAMLParser().parseDocument(text, file: "t.yml")
        #expect(position(document["pavadinimas"]) == [1, 14])
        #expect(position(document["ąčęėįšųūž"]) == [2, 14])
        #expect(document["santrauka"]?.items?.map { position($0) } == [[3, 13], [3, 22], [3, 33]])
        #expect(document["santrauka"]?.items?[1].length == 9)
        // A letter with a combining accent is one column, though two Unicode scalars.
        #expect(position(document["ki\u{301}rtis"]) == [4, 9])
    }

    @Test func firstLineOffsetsEveryLine() throws {
        let document = try YAMLParser().parseDocument("title: a\nlist:\n  - b\n", file: "post.md", firstLine: 2)
        #expect(document.location == SourceLocation(file: "post.md", line: 2, column: 1))
        #expect(position(document["title"]) == [2, 8])
        #expect(document["list"]?.items?.map { position($0) } == [[4, 5]])
    }

    @Test func lineBreaksAsAnEditorCountsThem() throws {
        // CRLF is one line break; U+2028 (a line break to libyaml) is not one to editors.
        let crlf = try YAMLParser().parseDocument("a: 1\r\nb: x\r\n", file: "t.yml")
        #expect(position(crlf["b"]) == [2, 4])
        let separator = try YAMLParser().parseDocument("a: \"x\u{2028}y\"\nb: 2\n", file: "t.yml")
        #expect(position(separator["b"]) == [2, 4])
        // A byte order mark is invisible in editors and takes no column.
        let bom = try YAMLParser().parseDocument("\u{FEFF}a: 1\n", file: "t.yml")
        #expect(position(bom["a"]) == [1, 4])
    }

    @Test func aliasesPointWhereTheyAreUsed() throws {
        let document = try YAMLParser().parseDocument("base: &b {x: 1}\ncopy: *b\n", file: "t.yml")
        #expect(position(document["copy"]) == [2, 7])
        #expect(document["copy"]?.length == 2)
    }
}
