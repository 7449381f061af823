import Diagnostics
import Testing
import YAML

/// Invalid input becomes diagnostics at the right place, never a crash or a hang.
@Suite struct ErrorTests {
    /// The diagnostics `text` is rejected with; a recorded issue when it parses.
    func diagnostics(
        _ text: String, parser: YAMLParser = YAMLParser(), firstLine: Int = 1
    ) -> [Diagnostic] {
        do {
            let documents = try parser.parseStream(text, file: "t.yml", firstLine: firstLine)
            Issue.record("parsed without errors: \(documents)")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func duplicateKeyAtTheSecondKey() throws {
        let text = "title: Pirmas\ndate: 2026-11-28\ntitle: Antras\n"
        let found = diagnostics(text, firstLine: 2)
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message == "duplicate key 'title' (first defined at line 2)")
        #expect(diagnostic.location == SourceLocation(file: "t.yml", line: 4, column: 1))
        #expect(diagnostic.length == 5)
        #expect(diagnostic.hint == "remove one of the two, or merge their values")
    }

    @Test func duplicateKeysCompareResolvedValues() {
        // Quoting does not make a different string; `~` and `null` are both null; 0x1F is 31.
        let found = diagnostics("\"a\": 1\na: 2\nnull: 3\n~: 4\n0x1F: 5\n31: 6\n\"31\": 7\n")
        #expect(
            found.map(\.description) == [
                "t.yml:2:1: error: duplicate key 'a' (first defined at line 1)",
                "t.yml:4:1: error: duplicate key '~' (first defined at line 3)",
                "t.yml:6:1: error: duplicate key '31' (first defined at line 5)",
            ])
    }

    @Test func everyDuplicateIsReportedInTextOrder() {
        let text = """
            outer: 1
            inner:
              x: 1
              x: 2
            outer: 2
            list:
              - {k: 1, k: 2}
              - {? [a, b]: 1, ? [a, b]: 2}
            """
        #expect(
            diagnostics(text).map(\.description) == [
                "t.yml:4:3: error: duplicate key 'x' (first defined at line 3)",
                "t.yml:5:1: error: duplicate key 'outer' (first defined at line 1)",
                "t.yml:7:12: error: duplicate key 'k' (first defined at line 7)",
                "t.yml:8:21: error: duplicate key: a list (first defined at line 8)",
            ])
    }

    @Test func billionLaughsIsRejectedQuickly() throws {
        let text = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

            """
        var found: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { found = diagnostics(text) }
        #expect(elapsed < .seconds(2))
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message == "YAML document expands to more than 100000 values")
        #expect(diagnostic.location?.line == 6)
    }

    @Test func limitsAreConfigurable() {
        let wide = diagnostics("[1, 2, 3, 4, 5]", parser: YAMLParser(maxNodes: 5))
        #expect(wide.map(\.message) == ["YAML document expands to more than 5 values"])
        #expect(wide.first?.location?.column == 14)
        // The mapping and two lists make three levels; the third list is one too many.
        let deep = diagnostics("a: [[[[1]]]]", parser: YAMLParser(maxDepth: 3))
        #expect(deep.map(\.description) == ["t.yml:1:6: error: YAML nesting deeper than 3 levels"])
    }

    @Test func unknownAlias() {
        let found = diagnostics("a: 1\nb: *missing\n")
        #expect(found.map(\.description) == ["t.yml:2:4: error: unknown alias '*missing'"])
        #expect(found.first?.length == 8)
        #expect(found.first?.hint == "define '&missing' before using it")
    }

    static let indentationHint = "check the indentation: keys of one mapping must start in the same column"
    static let tabHint = "indent with spaces, not tabs"
    static let quoteHint = "a value that contains ': ' must be quoted, e.g. title: \"Skaitymas: nauji būdai\""

    /// Input, then where libyaml's complaint is reported, the message and the hint.
    static let syntaxErrors: [(String, [Int], String, String)] = [
        (
            "title: Pavadinimas\n  date: 2026-11-28\n", [2, 7],
            "mapping values are not allowed in this context",
            "this key is indented more than the key above it: keys of one mapping start in the same column"
        ),
        (
            "a:\n  b: 1\n c: 2\n", [3, 2],
            "did not find expected key (while parsing a block mapping at line 1)", indentationHint
        ),
        (
            "a: b\n- c\n", [2, 1],
            "did not find expected key (while parsing a block mapping at line 1)", indentationHint
        ),
        (
            "title: \"Žinynas\ndate: 2026-11-28\n", [1, 8],
            "found unexpected end of stream (while scanning a quoted scalar at line 1)",
            "close the quote: a value that starts with a quote must end with the same quote"
        ),
        ("key: value: other\n", [1, 11], "mapping values are not allowed in this context", quoteHint),
        ("aprašymas: ąžuolas: medis\n", [1, 19], "mapping values are not allowed in this context", quoteHint),
        (
            "title: a\n\tdate: b\n", [2, 1],
            "found a tab character that violates indentation (while scanning a plain scalar at line 1)", tabHint
        ),
        (
            "list:\n\t- a\n", [2, 1],
            "found character that cannot start any token (while scanning for the next token at line 2)", tabHint
        ),
        (
            "žymės: [ąžuolas, čiobrelis\nkita: x\n", [2, 5],
            "did not find expected ',' or ']' (while parsing a flow sequence at line 1)",
            "check quoting and indentation near this position"
        ),
        (
            "autorius: @ona\n", [1, 11],
            "found character that cannot start any token (while scanning for the next token at line 1)",
            "quote values that start with '@', '`', '%' or other special characters"
        ),
    ]

    @Test(arguments: syntaxErrors)
    func syntaxError(_ text: String, at position: [Int], message: String, hint: String) throws {
        let found = diagnostics(text)
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.message == "YAML syntax error: " + message)
        #expect(diagnostic.location == SourceLocation(file: "t.yml", line: position[0], column: position[1]))
        #expect(diagnostic.hint == hint)
    }

    @Test func syntaxErrorLinesCountFromFirstLine() {
        let found = diagnostics("a:\n  b: 1\n c: 2\n", firstLine: 10)
        #expect(
            found.map(\.description) == [
                "t.yml:12:2: error: YAML syntax error: did not find expected key (while parsing a block mapping at line 10)"
            ])
    }

    @Test func readerErrorsPointAtTheCharacter() throws {
        // libyaml reports these by byte offset; "žodis: ąč" is 9 characters but 12 bytes.
        let found = diagnostics("title: Šventoji\nžodis: ąč\u{1}\n", firstLine: 2)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.message == "YAML syntax error: control characters are not allowed (U+0001)")
        #expect(diagnostic.location == SourceLocation(file: "t.yml", line: 3, column: 10))
        let bom = diagnostics("\u{FEFF}a: \u{7}\n")
        #expect(bom.first?.location == SourceLocation(file: "t.yml", line: 1, column: 4))
    }
}
