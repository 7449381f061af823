import Content

/// The `render` stage: every page of the site as an in-memory file.
public struct SiteRenderer: Sendable {
    /// One page to render; pages are listed first, then rendered in parallel.
    enum Page: Sendable {
        case entry(Int)
        case collection(String, page: Int)
        case taxonomy(Int)
        case term(taxonomy: Int, term: Int, page: Int)
        case view(Int)
        case home
        case notFound
    }

    public let model: SiteModel
    public let layouts: Layouts
    /// Entries per page on term pages (collections set their own).
    public var termPageSize = 20

    public init(model: SiteModel, layouts: Layouts) {
        self.model = model
        self.layouts = layouts
    }

    public func render() -> [OutputFile] {
        let contexts = PageContexts(model: model)
        let pages = pages().parallelMap { page in
            let (path, html) = render(page, contexts: contexts)
            return OutputFile(path: path, text: html)
        }
        return pages + MachineReadableOutputs(model: model).render(pages: pages)
    }

    func pages() -> [Page] {
        var pages: [Page] = [.home, .notFound]
        for (index, entry) in model.site.entries.enumerated() where entry.url != "/" { pages.append(.entry(index)) }
        for schema in model.config.collections {
            let count = model.collections[schema.name]?.count ?? 0
            for number in 1...PageContexts.pageCount(count, schema.pageSize) {
                pages.append(.collection(schema.name, page: number))
            }
        }
        for (t, taxonomy) in model.taxonomies.enumerated() {
            pages.append(.taxonomy(t))
            for (i, term) in taxonomy.terms.enumerated() {
                for number in 1...PageContexts.pageCount(term.entries.count, termPageSize) {
                    pages.append(.term(taxonomy: t, term: i, page: number))
                }
            }
        }
        pages += model.config.views.indices.map(Page.view)
        return pages
    }

    private func render(_ page: Page, contexts: PageContexts) -> (String, String) {
        switch page {
        case .entry(let index):
            let entry = model.entry(index)
            let kind: Layouts.Kind = entry.collection == nil ? .page : .entry
            return (OutputFile.path(forURL: entry.url), layouts.render(contexts.entry(index), kind: kind, collection: entry.collection))
        case .collection(let name, let number):
            guard let schema = model.config.collection(name) else { return ("", "") }
            let path = URLBuilder.paginated(schema.path, page: number)
            return (OutputFile.path(forURL: path), layouts.render(contexts.collectionPage(schema, number: number), kind: .list, collection: name))
        case .taxonomy(let t):
            let taxonomy = model.taxonomies[t]
            return (OutputFile.path(forURL: taxonomy.schema.path), layouts.render(contexts.taxonomyPage(taxonomy), kind: .taxonomy))
        case .term(let t, let i, let number):
            let taxonomy = model.taxonomies[t]
            let term = taxonomy.terms[i]
            let path = URLBuilder.paginated(taxonomy.schema.path + term.slug + "/", page: number)
            let context = contexts.termPage(taxonomy, term, number: number, pageSize: termPageSize)
            return (OutputFile.path(forURL: path), layouts.render(context, kind: .term))
        case .view(let v):
            let view = model.config.views[v]
            return (OutputFile.path(forURL: view.path), layouts.render(contexts.viewPage(view), kind: .view, collection: view.collection))
        case .home:
            return ("index.html", layouts.render(contexts.homePage(), kind: .home))
        case .notFound:
            let context = contexts.page(title: "Puslapis nerastas", path: "/404.html", kind: "404")
            return ("404.html", layouts.render(context, kind: .notFound))
        }
    }
}
