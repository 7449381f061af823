@testable import Rendering
import Testing

/// Pages keyed by their whole context (home, taxonomies, 404) are rendered again by another
/// build of the program: their context does not show how templates render it.
@Suite struct PageKeyTests {
    func keys(engine: String) throws -> [String: String] {
        let model = try OutputsFixture.model()
        let layouts = try #require(Layouts.parse(LayoutsTests.complete).0)
        let pages = try SiteRenderer(model: model, layouts: layouts, engine: engine)
            .render(reusing: { _, _ in false }, write: { _, _ in true })
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.path, $0.key) })
    }

    @Test func aContextKeyNamesTheEngine() throws {
        let (one, again, other) = (try keys(engine: "zinynas 1"), try keys(engine: "zinynas 1"), try keys(engine: "zinynas 2"))
        #expect(one == again, "keys are deterministic")
        #expect(one["index.html"] != nil && one["index.html"] != other["index.html"])
        #expect(one["404.html"] != other["404.html"])
    }
}
