import Checks
import Config
import Content
import Diagnostics
import Foundation
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

    /// The valid fixture's site.yml: where its collections, taxonomy and views are.
    static func fixtureConfig() throws -> SiteConfig {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/valid")
        return try #require(SiteChecks.validate(try SiteSource.read(siteFolder: fixture)).config)
    }

    /// Every page kind needs a default layout: a missing one names the pages that need it,
    /// at the item of site.yml that makes them, the file to create and what to start it from.
    @Test func aMissingDefaultLayoutNamesItsPagesAndWhereTheyComeFrom() throws {
        let base = ("layouts/base.mustache", "{{$main}}{{/main}}")
        let files = Self.complete.filter { !["layouts/_default/term.mustache", "layouts/_default/home.mustache"].contains($0.0) } + [base]
        let (layouts, diagnostics) = Layouts.parse(files, config: try Self.fixtureConfig())
        #expect(layouts == nil)
        #expect(diagnostics.map(\.description) == [
            "site.yml:17:3: error: missing layout layouts/_default/term.mustache for page kind \"term\" (the pages of the terms of taxonomy \"temos\")",
            "layouts/_default:1:1: error: missing layout layouts/_default/home.mustache for page kind \"home\" (the home page)",
        ])
        let term = try #require(diagnostics.first { $0.message.contains("term.mustache") })
        #expect(term.hint == "create layouts/_default/term.mustache; copy layouts/_default/list.mustache and adapt it, or "
            + "fill the base layout's blocks: {{<base}}{{$main}}…{{/main}}{{/base}}, or any Mustache template will do, e.g. <h1>{{page.title}}</h1>")
    }

    @Test func withoutSiteConfigAMissingLayoutIsAtTheLayoutsFolder() {
        let (_, diagnostics) = Layouts.parse(Array(Self.complete.dropFirst()))
        #expect(diagnostics.map(\.description) == [
            "layouts/_default:1:1: error: missing layout layouts/_default/entry.mustache for page kind \"entry\" (the pages of the entries of a collection)"
        ])
    }

    @Test func aPartialThatAlwaysIncludesItselfIsADiagnosticAtTheTag() {
        let loop = ("layouts/partials/loop.mustache", "<ul>\n  {{>partials/loop}}\n</ul>\n")
        let (layouts, diagnostics) = Layouts.parse(Self.complete + [loop])
        #expect(layouts == nil)
        #expect(diagnostics.map(\.description) == [
            "layouts/partials/loop.mustache:2:3: error: template \"partials/loop\" includes itself without end: partials/loop → partials/loop"
        ])
    }

    @Test func aTemplateNestedTooDeepWhileRenderingIsADiagnosticAtItsTag() throws {
        let tree = ("layouts/partials/tree.mustache", "{{#page}}{{>partials/tree}}{{/page}}")
        let layouts = try #require(Layouts.parse(Self.complete + [tree]).0)
        #expect(throws: DiagnosticsError.self) { try layouts.render(["page": ["title": "x"]], template: "partials/tree") }
        do {
            _ = try layouts.render(["page": ["title": "x"]], template: "partials/tree")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "layouts/partials/tree.mustache:1:1: error: sections, blocks, partials and parents are open more than 100 levels deep"
            ])
        }
    }

    @Test func collectionLayoutsOverrideDefaults() throws {
        let own = ("layouts/projektai/entry.mustache", "P {{page.title}}")
        let layouts = try #require(Layouts.parse(Self.complete + [own]).0)
        #expect(layouts.name(for: .entry, collection: "projektai") == "projektai/entry")
        #expect(layouts.name(for: .entry, collection: "mokymai") == "_default/entry")
        #expect(String(decoding: try layouts.render(["page": ["title": "<b>"]], template: layouts.name(for: .entry, collection: "projektai")), as: UTF8.self) == "P &lt;b&gt;")
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
