@testable import Rendering
import Templates
import Testing

/// Lists link to a window of their pages, so a page's size does not grow with the list's length;
/// short lists link every page, each a click from the first.
@Suite struct PaginationTests {
    @Test(arguments: [
        (1, 1, [1]), (1, 5, [1, 2, 3, 4, 5]), (3, 5, [1, 2, 3, 4, 5]), (1, 9, Array(1...9)), (1, 10, [1, 2, 3, 10]),
        (10, 1500, [1, 8, 9, 10, 11, 12, 1500]), (1500, 1500, [1, 1498, 1499, 1500]),
    ])
    func theFirstTheLastAndTwoOnEachSide(_ test: (number: Int, total: Int, pages: [Int])) {
        #expect(PageContexts.pageWindow(number: test.number, total: test.total) == test.pages)
    }

    @Test func gapsStandWhereNumbersAreSkipped() throws {
        let model = try OutputsFixture.model()
        let context = TemplateValue.object(PageContexts(model: model).pagination(path: "/projektai/", number: 10, total: 1500))
        guard case .object(let pagination) = context, case .list(let pages)? = pagination["pages"] else {
            Issue.record("no pages in \(context)")
            return
        }
        let shown = pages.map { page -> String in
            guard case .object(let fields) = page else { return "?" }
            if fields["isGap"] == true { return "…" }
            guard case .int(let number)? = fields["number"] else { return "?" }
            return fields["isCurrent"] == true ? "[\(number)]" : "\(number)"
        }
        #expect(shown == ["1", "…", "8", "9", "[10]", "11", "12", "…", "1500"])
        #expect(pagination["prev"] == "/zinynas/projektai/puslapis/9/", "under the fixture's base path")
        #expect(pagination["next"] == "/zinynas/projektai/puslapis/11/")
    }
}
