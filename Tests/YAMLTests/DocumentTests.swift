import Diagnostics
import Testing
import YAML

/// Streams, documents, aliases and the node accessors.
@Suite struct DocumentTests {
    @Test func multiDocumentStream() throws {
        let text = "---\na: 1\n---\n- x\n- y\n...\n--- text\n---\n"
        let documents = try YAMLParser().parseStream(text, file: "t.yml")
        #expect(documents.count == 4)
        #expect(documents[0]["a"]?.resolved == .int(1))
        #expect(documents[1].items?.map(\.resolved) == [.string("x"), .string("y")])
        #expect(documents[1].location.line == 4)
        #expect(documents[2].resolved == .string("text"))
        #expect(documents[3].resolved == .null)
    }

    @Test func parseDocumentRejectsSeveral() {
        #expect {
            try YAMLParser().parseDocument("a: 1\n---\nb: 2\n", file: "t.yml")
        } throws: { error in
            let diagnostic = (error as? DiagnosticsError)?.diagnostics.first
            return diagnostic?.message == "expected one YAML document, found 2" && diagnostic?.location?.line == 3
        }
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n", "\u{FEFF}"])
    func emptyTextIsAnEmptyMapping(_ text: String) throws {
        let document = try YAMLParser().parseDocument(text, file: "t.yml", firstLine: 2)
        #expect(document.pairs?.isEmpty == true)
        #expect(document.location == SourceLocation(file: "t.yml", line: 2, column: 1))
        #expect(try YAMLParser().parseStream(text, file: "t.yml").isEmpty)
    }

    @Test func aliasesExpandToTheirAnchors() throws {
        let text = """
            base: &base
              lang: lt
              tags: [a, &t b]
            page:
              settings: *base
            list: [*base, *t]
            redefined: &base 3
            again: *base

            """
        let document = try YAMLParser().parseDocument(text, file: "t.yml")
        let base = try #require(document["base"])
        #expect(document["page"]?["settings"]?.sameContent(as: base) == true)
        #expect(document["page"]?["settings"]?["tags"]?.items?.count == 2)
        #expect(document["list"]?.items?.first?.sameContent(as: base) == true)
        #expect(document["list"]?.items?.last?.resolved == .string("b"))
        #expect(document["again"]?.resolved == .int(3))
    }

    @Test func anchorsDoNotCrossDocuments() {
        #expect {
            try YAMLParser().parseStream("--- &a x\n--- *a\n", file: "t.yml")
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map(\.description) == ["t.yml:2:5: error: unknown alias '*a'"]
        }
    }

    @Test func accessors() throws {
        let document = try YAMLParser().parseDocument("a: [1, 2]\nb: text\n", file: "t.yml")
        #expect(document["a"]?.items?.count == 2)
        #expect(document["a"]?.pairs == nil)
        #expect(document["b"]?.text == "text")
        #expect(document["b"]?.items == nil)
        #expect(document["missing"] == nil)
        #expect(document.text == nil)
    }

    @Test func sameContentIgnoresPositionsAndPairOrder() throws {
        let parser = YAMLParser()
        let a = try parser.parseDocument("{x: 1, y: [0x10, null]}", file: "a.yml")
        let b = try parser.parseDocument("y: [16, ~]\nx: 1\n", file: "b.yml")
        #expect(a.sameContent(as: b))
        #expect(!a.sameContent(as: try parser.parseDocument("{x: '1', y: [16, null]}", file: "c.yml")))
        #expect(!a.sameContent(as: try parser.parseDocument("[x, y]", file: "d.yml")))
    }
}
