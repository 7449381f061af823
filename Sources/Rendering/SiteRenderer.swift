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
        render(reusing: { _, _ in false }).map { OutputFile(path: $0.path, bytes: $0.bytes ?? []) }
    }

    /// A page of the site: its bytes, or `nil` when `reuse` said the file from last time fits.
    public struct RenderedPage: Sendable {
        public var path: String
        /// Fingerprint of the layouts, the page's template and its whole context.
        public var key: String
        public var bytes: [UInt8]?
    }

    /// Renders every page whose (path, key) `reuse` does not accept; templates run only for
    /// pages whose context changed since the build that wrote the kept file.
    public func render(reusing reuse: @Sendable (_ path: String, _ key: String) -> Bool) -> [RenderedPage] {
        let contexts = PageContexts(model: model)
        let fingerprint = layouts.fingerprint
        return pages().parallelMap { page in
            let (path, context, kind, collection) = prepare(page, contexts: contexts)
            var hasher = ContextHasher()
            hasher.combine(fingerprint)
            hasher.combine(layouts.name(for: kind, collection: collection))
            hasher.combine(context: context)
            let key = hasher.hexDigest
            if reuse(path, key) { return RenderedPage(path: path, key: key, bytes: nil) }
            let html = layouts.render(context, kind: kind, collection: collection)
            return RenderedPage(path: path, key: key, bytes: Array(html.utf8))
        }
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

    /// The output path, context and layout of one page.
    private func prepare(_ page: Page, contexts: PageContexts) -> (String, [String: Any], Layouts.Kind, String?) {
        switch page {
        case .entry(let index):
            let entry = model.entry(index)
            let kind: Layouts.Kind = entry.collection == nil ? .page : .entry
            return (OutputFile.path(forURL: entry.url), contexts.entry(index), kind, entry.collection)
        case .collection(let name, let number):
            guard let schema = model.config.collection(name) else { return ("", [:], .list, nil) }
            let path = URLBuilder.paginated(schema.path, page: number)
            return (OutputFile.path(forURL: path), contexts.collectionPage(schema, number: number), .list, name)
        case .taxonomy(let t):
            let taxonomy = model.taxonomies[t]
            return (OutputFile.path(forURL: taxonomy.schema.path), contexts.taxonomyPage(taxonomy), .taxonomy, nil)
        case .term(let t, let i, let number):
            let taxonomy = model.taxonomies[t]
            let term = taxonomy.terms[i]
            let path = URLBuilder.paginated(taxonomy.schema.path + term.slug + "/", page: number)
            return (OutputFile.path(forURL: path), contexts.termPage(taxonomy, term, number: number, pageSize: termPageSize), .term, nil)
        case .view(let v):
            let view = model.config.views[v]
            return (OutputFile.path(forURL: view.path), contexts.viewPage(view), .view, view.collection)
        case .home:
            return ("index.html", contexts.homePage(), .home, nil)
        case .notFound:
            return ("404.html", contexts.page(title: "Puslapis nerastas", path: "/404.html", kind: "404"), .notFound, nil)
        }
    }
}
