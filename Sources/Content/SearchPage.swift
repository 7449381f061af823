/// Where the search page goes and the layout that asks for it: the renderer makes the page,
/// the checks keep its URL free.
package enum SearchPage {
    /// The optional layout of the search page; a site without it gets no search.
    package static let layout = "_default/search"
    /// The search page's URL; its index and client go below it.
    package static let path = "/paieska/"
}

extension SiteSource {
    /// Whether the layouts ask for a search page.
    package var hasSearchLayout: Bool { layouts.contains { $0.path == "layouts/\(SearchPage.layout).mustache" } }
}
