import Content
import Diagnostics

extension SiteRenderer {
    package static let searchLayout = SearchPage.layout
    package static let searchPath = SearchPage.path

    package var hasSearch: Bool { layouts.contains(Self.searchLayout) }

    /// The search page: `search.index` and `search.script` are the URLs of the index root and
    /// the client module; `collections` lists the collection indexes for readers without JavaScript.
    package func searchPage(root: String, script: String) throws(DiagnosticsError) -> OutputFile {
        let contexts = PageContexts(model: model)
        var context = contexts.page(title: "Paieška", path: Self.searchPath, kind: "search")
        context["search"] = ["index": .string(contexts.urls.page(root)), "script": .string(contexts.urls.page(script))]
        context["collections"] = .list(
            model.config.collections.map { ["title": .string($0.title), "url": .string(contexts.urls.page($0.path))] })
        context = contexts.withData(context, entry: nil, data: layouts.showsData(Self.searchLayout), entryData: false)
        return OutputFile(
            path: OutputFile.path(forURL: Self.searchPath), bytes: try layouts.render(.object(context), template: Self.searchLayout))
    }
}
