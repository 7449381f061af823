@testable import Templates
import Testing

/// Cases in the manner of the Mustache spec (github.com/mustache/spec), written for the
/// features Žinynas supports.
struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let template: String
    let data: TemplateValue
    var partials: [String: String] = [:]
    let expected: String
    var testDescription: String { name }
}

func render(_ template: String, _ data: TemplateValue, partials: [String: String] = [:]) throws -> String {
    var templates = ["main": try Template(parsing: template)]
    for (name, text) in partials { templates[name] = try Template(parsing: text) }
    return String(decoding: try TemplateLibrary(templates).render("main", context: data), as: UTF8.self)
}

@Suite struct TemplateTests {
    static let interpolation: [Case] = [
        Case(name: "text passes through", template: "Sveiki, pasauli!", data: [:], expected: "Sveiki, pasauli!"),
        Case(name: "escaped by default", template: "{{a}}", data: ["a": "<b> & \"q\" 'x'"], expected: "&lt;b&gt; &amp; &quot;q&quot; &#39;x&#39;"),
        Case(name: "triple mustache is raw", template: "{{{a}}}", data: ["a": "<b>&"], expected: "<b>&"),
        Case(name: "ampersand is raw", template: "{{&a}}", data: ["a": "<b>&"], expected: "<b>&"),
        Case(name: "numbers and booleans", template: "{{i}} {{d}} {{b}}", data: ["i": 85, "d": .double(1.5), "b": true], expected: "85 1.5 true"),
        Case(name: "missing is empty", template: "[{{nera}}]", data: [:], expected: "[]"),
        Case(name: "lists and objects show nothing", template: "[{{l}}{{o}}]", data: ["l": [1], "o": ["a": 1]], expected: "[]"),
        Case(name: "spaces inside tags", template: "{{ a }}{{{ a }}}{{& a }}", data: ["a": "x"], expected: "xxx"),
        Case(name: "dotted names", template: "{{page.site.title}}", data: ["page": ["site": ["title": "Žinynas"]]], expected: "Žinynas"),
        Case(name: "broken chain is empty", template: "[{{a.b.c}}]", data: ["a": ["b": [:]], "c": "ne"], expected: "[]"),
        Case(
            name: "first part resolves up the stack, the rest only inside it",
            template: "{{#a}}{{b.c}}{{/a}}", data: ["a": ["x": 1], "b": ["c": "iš viršaus"]], expected: "iš viršaus"),
        Case(
            name: "a found first part does not fall back outward",
            template: "{{#a}}[{{b.c}}]{{/a}}", data: ["a": ["b": [:]], "b": ["c": "ne"]], expected: "[]"),
        Case(name: "implicit iterator", template: "{{#l}}({{.}}){{/l}}", data: ["l": ["a", "<b>"]], expected: "(a)(&lt;b&gt;)"),
        Case(name: "UTF-8 text and values", template: "Ąžuolas {{a}} ū", data: ["a": "čė"], expected: "Ąžuolas čė ū"),
    ]

    static let sections: [Case] = [
        Case(name: "true renders", template: "{{#a}}taip{{/a}}", data: ["a": true], expected: "taip"),
        Case(name: "false does not", template: "[{{#a}}taip{{/a}}]", data: ["a": false], expected: "[]"),
        Case(name: "missing does not", template: "[{{#a}}taip{{/a}}]", data: [:], expected: "[]"),
        Case(name: "null does not", template: "[{{#a}}taip{{/a}}]", data: ["a": .null], expected: "[]"),
        Case(name: "empty list does not", template: "[{{#a}}taip{{/a}}]", data: ["a": []], expected: "[]"),
        Case(
            name: "list repeats with each item on the stack",
            template: "{{#l}}{{n}}{{p}},{{/l}}", data: ["l": [["n": 1], ["n": 2]], "p": "."], expected: "1.,2.,"),
        Case(name: "object pushes context", template: "{{#o}}{{n}}{{/o}}", data: ["o": ["n": "x"]], expected: "x"),
        Case(name: "string renders once with itself on top", template: "{{#s}}<{{.}}>{{/s}}", data: ["s": "a"], expected: "<a>"),
        Case(name: "empty string and zero render (spec)", template: "{{#s}}s{{/s}}{{#z}}z{{/z}}", data: ["s": "", "z": 0], expected: "sz"),
        Case(name: "nested sections", template: "{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", data: ["a": ["b": ["c": "gilu"]]], expected: "gilu"),
        Case(name: "dotted section names", template: "{{#a.b}}yes{{/a.b}}", data: ["a": ["b": true]], expected: "yes"),
        Case(name: "inverted on false", template: "{{^a}}ne{{/a}}", data: ["a": false], expected: "ne"),
        Case(name: "inverted on empty list", template: "{{^a}}tuščia{{/a}}", data: ["a": []], expected: "tuščia"),
        Case(name: "inverted on missing", template: "{{^a}}nėra{{/a}}", data: [:], expected: "nėra"),
        Case(name: "inverted on a value", template: "[{{^a}}ne{{/a}}]", data: ["a": "x"], expected: "[]"),
    ]

    static let whitespace: [Case] = [
        Case(name: "standalone section lines vanish", template: "|\n{{#a}}\nx\n{{/a}}\n|", data: ["a": true], expected: "|\nx\n|"),
        Case(name: "indented standalone lines vanish", template: "|\n  {{#a}}\n  x\n  {{/a}}\n|", data: ["a": true], expected: "|\n  x\n|"),
        Case(name: "standalone with CRLF", template: "|\r\n{{#a}}\r\nx\r\n{{/a}}\r\n|", data: ["a": true], expected: "|\r\nx\r\n|"),
        Case(name: "standalone at end without newline", template: "x\n{{#a}}\n{{/a}}", data: ["a": true], expected: "x\n"),
        Case(name: "inline sections keep their line", template: " {{#a}}x{{/a}} \n", data: ["a": true], expected: " x \n"),
        Case(name: "variables are never standalone", template: "  {{a}}\n", data: ["a": "x"], expected: "  x\n"),
        Case(name: "comments vanish", template: "a{{! komentaras }}b\n{{!\nkelios\neilutės\n}}\nc", data: [:], expected: "ab\nc"),
        Case(name: "set delimiters", template: "{{=<% %>=}}\n<% a %> {{a}}\n<%={{ }}=%>{{a}}", data: ["a": "x"], expected: "x {{a}}\nx"),
    ]

    static let partials: [Case] = [
        Case(name: "partial sees the context", template: "[{{>p}}]", data: ["a": "x"], partials: ["p": "{{a}}"], expected: "[x]"),
        Case(name: "missing partial renders nothing", template: "[{{>nera}}]", data: [:], expected: "[]"),
        Case(
            name: "standalone partial indents every template line",
            template: "<ul>\n  {{>p}}\n</ul>\n", data: ["v": "a\nb"], partials: ["p": "<li>\n{{{v}}}\n</li>\n"],
            expected: "<ul>\n  <li>\n  a\nb\n  </li>\n</ul>\n"),
        Case(
            name: "nested indentation adds up",
            template: " {{>a}}\n", data: [:], partials: ["a": "a\n {{>b}}\n", "b": "b\nb\n"], expected: " a\n  b\n  b\n"),
        Case(
            name: "recursive partials end with their data",
            template: "{{>node}}", data: ["n": "1", "kids": [["n": "2", "kids": []]]],
            partials: ["node": "{{n}}({{#kids}}{{>node}}{{/kids}})"], expected: "1(2())"),
        // A partial that includes itself without end is an error (TemplateLimitsTests).
    ]

    static let inheritance: [Case] = [
        Case(
            name: "child overrides a block of its parent",
            template: "{{<base}}{{$main}}turinys {{t}}{{/main}}{{/base}}", data: ["t": "x"],
            partials: ["base": "<main>{{$main}}numatyta{{/main}}</main>{{$foot}}apačia{{/foot}}"],
            expected: "<main>turinys x</main>apačia"),
        Case(
            name: "text inside a parent tag outside blocks is ignored",
            template: "{{<base}}ignoruojama{{$a}}A{{/a}}{{/base}}", data: [:], partials: ["base": "[{{$a}}{{/a}}]"], expected: "[A]"),
        Case(
            name: "the outermost override wins across generations",
            template: "{{<middle}}{{$a}}vaikas{{/a}}{{/middle}}", data: [:],
            partials: ["middle": "{{<base}}{{$a}}vidurys{{/a}}{{/base}}", "base": "[{{$a}}pagrindas{{/a}}]"], expected: "[vaikas]"),
        Case(
            name: "blocks reach partials of the parent",
            template: "{{<base}}{{$a}}X{{/a}}{{/base}}", data: [:],
            partials: ["base": "<{{>inner}}>", "inner": "{{$a}}d{{/a}}"], expected: "<X>"),
        Case(
            name: "standalone parent and block lines vanish",
            template: "{{<base}}\n{{$main}}\n<p>x</p>\n{{/main}}\n{{/base}}\n", data: [:],
            partials: ["base": "<main>\n{{$main}}{{/main}}\n</main>\n"], expected: "<main>\n<p>x</p>\n\n</main>\n"),
        Case(
            name: "an override takes the indentation of the block it replaces",
            template: "{{<base}}\n{{$foot}}\n  <p>{{t}}</p>\n  <p>b</p>\n{{/foot}}\n{{/base}}\n", data: ["t": "a\nb"],
            partials: ["base": "<footer>\n    {{$foot}}\n    {{/foot}}\n</footer>\n"],
            expected: "<footer>\n    <p>a\nb</p>\n    <p>b</p>\n</footer>\n"),
    ]

    @Test(arguments: interpolation + sections + whitespace + partials + inheritance)
    func renders(_ test: Case) throws {
        #expect(try render(test.template, test.data, partials: test.partials) == test.expected)
    }

    /// A worker's copy renders every case as the library it was copied from, from storage of
    /// its own (nothing its pages retain is shared with another core).
    @Test(arguments: interpolation + sections + whitespace + partials + inheritance)
    func aCopiedLibraryRendersTheSame(_ test: Case) throws {
        var templates = ["main": try Template(parsing: test.template)]
        for (name, text) in test.partials { templates[name] = try Template(parsing: text) }
        let library = TemplateLibrary(templates)
        let copy = library.copied()
        #expect(try copy.render("main", context: test.data) == library.render("main", context: test.data))
        for (name, template) in library.templates {
            let copied = try #require(copy.templates[name])
            for (node, other) in zip(template.nodes, copied.nodes) {
                guard case .text(let a) = node, case .text(let b) = other else { continue }
                a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in #expect(a.baseAddress != b.baseAddress) } }
            }
        }
    }

    static let errors: [(template: String, message: String, line: Int, column: Int)] = [
        ("a\n{{#a}}\n{{/b}}", "{{/b}} closes the section \"a\" opened at line 2", 3, 1),
        ("x {{#a}}\n", "the section \"a\" is never closed", 1, 3),
        ("ą {{/a}}", "{{/a}} closes no open section", 1, 3),
        ("{{a", "a tag is not closed with }}", 1, 1),
        ("{{{a}}", "a tag is not closed with }}}", 1, 1),
        ("\n  {{ }}", "a tag without a name", 2, 3),
        ("{{a b}}", "the tag name \"a b\" contains a space", 1, 1),
        ("{{=<%=}}", "invalid set-delimiter tag", 1, 1),
    ]

    @Test(arguments: errors)
    func syntaxErrorsNameTheLineAndColumn(_ test: (template: String, message: String, line: Int, column: Int)) {
        #expect(throws: TemplateSyntaxError.self) { try Template(parsing: test.template) }
        do {
            _ = try Template(parsing: test.template)
        } catch {
            #expect(error.message == test.message)
            #expect(error.line == test.line)
            #expect(error.column == test.column)
            #expect(error.hint != nil)
        }
    }

    @Test func referencesListPartialsAndParentsWithPositions() throws {
        let template = try Template(parsing: "{{<base}}\n{{$a}}\n  {{>partials/x}}\n{{/a}}\n{{/base}}")
        #expect(template.references == [
            TemplateReference(name: "base", line: 1, column: 1), TemplateReference(name: "partials/x", line: 3, column: 3),
        ])
        let library = TemplateLibrary(["main": template, "base": try Template(parsing: "")])
        #expect(library.missingReferences().map(\.reference.name) == ["partials/x"])
    }

    @Test func namesAreGatheredThroughPartialsParentsAndBlocks() throws {
        let library = TemplateLibrary([
            "base": try Template(parsing: "{{site.title}}{{$footer}}{{/footer}}{{>partials/x}}"),
            "partials/x": try Template(parsing: "{{#list}}{{name}}{{/list}}"),
            "home": try Template(parsing: "{{<base}}{{$footer}}{{site.updated}}{{/footer}}{{/base}}"),
            "loop": try Template(parsing: "{{>loop}}{{.}}"),
        ])
        #expect(library.names(reachableFrom: "home") == [["site", "title"], ["site", "updated"], ["list"], ["name"]])
        #expect(library.names(reachableFrom: "base") == [["site", "title"], ["list"], ["name"]])
        #expect(library.names(reachableFrom: "loop") == [[]], "a partial including itself ends")
    }
}
