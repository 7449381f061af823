@testable import Rendering
import Testing

/// JSON and CSV writers: deterministic, escaped, Lithuanian letters intact.
@Suite struct WriterTests {
    @Test func jsonKeepsOrderAndEscapes() {
        let value = JSONValue.object([
            ("name", .string("Šiaulių \"Aušra\"\n</script>")), ("price", .number("12.50")), ("free", .bool(false)),
            ("tags", .array([])), ("none", .null),
        ])
        #expect(value.serialized() == #"{"name":"Šiaulių \"Aušra\"\n</script>","price":12.50,"free":false,"tags":[],"none":null}"#)
        #expect(value.serialized(htmlSafe: true).contains(#"\u003c/script\u003e"#))
        #expect(JSONValue.string("\u{1}\u{2028}").serialized() == #""\u0001\u2028""#)
        #expect(JSONValue.string("„Aušra“ – 5 €\u{2029}&").serialized(htmlSafe: true) == #""„Aušra“ – 5 €\u2029\u0026""#)
    }

    @Test func prettyJSONIndentsByTwoSpaces() {
        let value = JSONValue.object([("a", .array([.number("1"), .object([("b", .string("ž"))])]))])
        #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"ž\"\n    }\n  ]\n}")
    }

    @Test func rowsSplicedIntoADocumentReadAsTheWholeDocument() {
        let items: [JSONValue] = [.object([("a", .string("ž\u{0}"))]), .number("2"), .array([])]
        let whole = JSONValue.object([("n", .number("3")), ("rows", .array(items)), ("z", .null)])
        let rows = items.map { Array($0.serialized(pretty: true, indent: "    ").utf8)[...] }
        let spliced = JSONValue.object([("n", .number("3")), ("rows", .array(items.map { _ in JSONValue.row })), ("z", .null)])
        let pieces = spliced.serialized(pretty: true, splicing: rows)
        #expect(Array(pieces.joined()) == Array(whole.serialized(pretty: true).utf8), "a NUL inside a row's text is escaped, never a placeholder")
    }

    @Test func aRawValueSerialisedAtItsIndentReadsAsTheValue() {
        let item = JSONValue.object([("b", .array([.string("ž")]))])
        let whole = JSONValue.object([("a", .array([.number("1"), item]))])
        let spliced = JSONValue.object([("a", .array([.number("1"), .raw(item.serialized(pretty: true, indent: "    "))]))])
        #expect(spliced.serialized(pretty: true) == whole.serialized(pretty: true))
    }

    @Test func csvHasABomSemicolonsAndQuotesOnlyWhereNeeded() {
        let rows = [["Ąžuolas; „Klevas“", "12500,50"], ["Du \"žodžiai\"", "1\n2"]].map { CSV.row($0)[...] }
        let bytes = Array(CSV.document(header: ["Pavadinimas", "Suma"], rows: rows).joined())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == """
            Pavadinimas;Suma\r
            "Ąžuolas; „Klevas“";12500,50\r
            "Du ""žodžiai\"\"";"1
            2"\r

            """)
        #expect(CSV.cell(" tarpas") == "\" tarpas\"")
        #expect(CSV.cell("eilutė\u{2028}kita") == "\"eilutė\u{2028}kita\"", "Unicode line breaks are quoted too")
        #expect(CSV.cell("Šiauliai – Ąžuolynas") == "Šiauliai – Ąžuolynas", "other E2 characters (the dash) are not")
    }

    /// Text a spreadsheet would run as a formula opens as text.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+370 45 123", "'+370 45 123"), ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("Ąžuolas", "Ąžuolas"), ("", ""), ("a=b", "a=b"),
    ])
    func csvTextIsInert(_ text: String, _ expected: String) {
        #expect(CSV.inert(text) == expected)
    }

    @Test func moneyIsAPlainDecimal() {
        #expect(ValueFormats.decimal(12500.5) == "12500.50")
        #expect(ValueFormats.decimal(45000) == "45000")
        #expect(ValueFormats.decimal(0.125) == "0.12", "bankers' rounding, as on pages")
        #expect(TemplateEvaluator.duration(minutes: 8 * 45) == "PT6H")
        #expect(TemplateEvaluator.duration(minutes: 3 * 45) == "PT2H15M")
        #expect(TemplateEvaluator.duration(minutes: 0) == "PT0M")
    }
}

extension WriterTests {
    @Test func xmlDropsForbiddenControlCharacters() {
        #expect(XML.escape("a\u{0C}b <c> & \"d\"\n") == "ab &lt;c&gt; &amp; &quot;d&quot;\n")
    }
}
