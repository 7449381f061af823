import Rendering
import Testing

@Suite struct LayoutsTests {
    static let complete = Layouts.Kind.allCases.map { ("layouts/_default/\($0.rawValue).mustache", "{{page.title}}") }

    @Test func aSyntaxErrorNamesTheTemplateLineAndColumn() {
        let broken = ("layouts/_default/entry.mustache", "<h1>{{entry.title}}</h1>\n{{#entry.fields}}\n<p>{{label}}</p>\n{{/entry.field}}\n")
        let (layouts, diagnostics) = Layouts.parse(Self.complete.filter { $0.0 != broken.0 } + [broken])
        #expect(layouts == nil)
        #expect(diagnostics.map(\.description) == [
            "layouts/_default/entry.mustache:4:1: error: template syntax error: {{/entry.field}} closes the section \"entry.fields\" opened at line 2"
        ])
        #expect(diagnostics.first?.hint == "close every section with its own name: {{/entry.fields}}")
    }

    @Test func aPartialThatDoesNotExistIsADiagnosticAtTheTag() {
        let page = ("layouts/_default/page.mustache", "<main>\n  {{>partials/sumary}}\n</main>\n")
        let summary = ("layouts/partials/summary.mustache", "{{title}}")
        let (layouts, diagnostics) = Layouts.parse(Self.complete.filter { $0.0 != page.0 } + [page, summary])
        #expect(layouts == nil)
        #expect(diagnostics.map(\.description) == [
            "layouts/_default/page.mustache:2:3: error: template \"partials/sumary\" does not exist"
        ])
        #expect(diagnostics.first?.hint == "did you mean 'partials/summary'?")
    }

    @Test func everyPageKindNeedsADefaultLayout() {
        let (layouts, diagnostics) = Layouts.parse(Array(Self.complete.dropFirst()))
        #expect(layouts == nil)
        #expect(diagnostics.map(\.description) == ["error: missing layout layouts/_default/entry.mustache"])
    }

    @Test func collectionLayoutsOverrideDefaults() throws {
        let own = ("layouts/projektai/entry.mustache", "P {{page.title}}")
        let layouts = try #require(Layouts.parse(Self.complete + [own]).0)
        #expect(layouts.name(for: .entry, collection: "projektai") == "projektai/entry")
        #expect(layouts.name(for: .entry, collection: "mokymai") == "_default/entry")
        #expect(String(decoding: layouts.render(["page": ["title": "<b>"]], template: layouts.name(for: .entry, collection: "projektai")), as: UTF8.self) == "P &lt;b&gt;")
    }

    @Test func templatesThatShowTheBuildDateAreKnown() throws {
        let own = [
            ("layouts/_default/home.mustache", "{{<base}}{{$foot}}{{site.updated}}{{/foot}}{{/base}}"),
            ("layouts/base.mustache", "{{page.title}}{{$foot}}{{/foot}}"),
            ("layouts/_default/view.mustache", "{{#site}}{{updatedISO}}{{/site}}"),
            ("layouts/_default/entry.mustache", "{{entry.updated}} {{site.title}}"),
        ]
        let layouts = try #require(Layouts.parse(Self.complete.filter { page in !own.contains { $0.0 == page.0 } } + own).0)
        #expect(layouts.showsBuildDate("_default/home"), "through its block in the parent")
        #expect(layouts.showsBuildDate("_default/view"), "inside a site section")
        #expect(!layouts.showsBuildDate("base"))
        #expect(!layouts.showsBuildDate("_default/entry"), "an entry's own date is not the build's")
    }
}
