import Rendering
import Testing

@Suite struct LayoutsTests {
    static let complete = Layouts.Kind.allCases.map { ("layouts/_default/\($0.rawValue).mustache", "{{page.title}}") }

    @Test func aSyntaxErrorNamesTheTemplateLineAndColumn() {
        let broken = ("layouts/_default/entry.mustache", "<h1>{{entry.title}}</h1>\n{{#entry.fields}}\n<p>{{label}}</p>\n{{/entry.field}}\n")
        let (layouts, diagnostics) = Layouts.parse(Self.complete.filter { $0.0 != broken.0 } + [broken])
        #expect(layouts == nil)
        #expect(diagnostics.map(\.description) == [
            "layouts/_default/entry.mustache:4:4: error: template syntax error: a section is closed with another name than it was opened with"
        ])
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
        #expect(layouts.render(["page": ["title": "<b>"]], kind: .entry, collection: "projektai") == "P &lt;b&gt;")
    }
}
