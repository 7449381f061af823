import Content
import Synchronization
import Templates

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

    /// Every page and machine-readable file in memory (for tests and small sites; builds
    /// stream pages through `render(reusing:write:)`).
    public func render() -> [OutputFile] {
        let files = Mutex([OutputFile]())
        _ = try? render(reusing: { _, _ in false }) { path, bytes in
            files.withLock { $0.append(OutputFile(path: path, bytes: bytes)) }
            return true
        }
        let pages = files.withLock { $0 }
        return (pages + machineReadableOutputs(pagePaths: pages.map(\.path))).sorted { $0.path < $1.path }
    }

    /// Calendars, feeds, the sitemap, exports and the JSON API; the sitemap lists `pagePaths`.
    public func machineReadableOutputs(pagePaths: [String]) -> [OutputFile] {
        MachineReadableOutputs(model: model).render(pagePaths: pagePaths)
    }

    /// What became of one page.
    public struct RenderedPage: Sendable {
        public var path: String
        /// Fingerprint of the layouts, the page's template and its whole context.
        public var key: String
        /// Whether the template ran (`false`: `reuse` kept the file from last time).
        public var rendered: Bool
        /// Whether `write` changed the file.
        public var written: Bool
    }

    /// Output paths of every page, before rendering (so folders can be made first).
    public func outputPaths() -> [String] { pages().map(path) }

    /// The file a page is written to.
    func path(_ page: Page) -> String {
        switch page {
        case .entry(let index): return OutputFile.path(forURL: model.entry(index).url)
        case .collection(let name, let number):
            return OutputFile.path(forURL: URLBuilder.paginated(model.config.collection(name)?.path ?? "/", page: number))
        case .taxonomy(let t): return OutputFile.path(forURL: model.taxonomies[t].schema.path)
        case .term(let t, let i, let number):
            let taxonomy = model.taxonomies[t]
            return OutputFile.path(forURL: URLBuilder.paginated(taxonomy.schema.path + taxonomy.terms[i].slug + "/", page: number))
        case .view(let v): return OutputFile.path(forURL: model.config.views[v].path)
        case .home: return "index.html"
        case .notFound: return "404.html"
        }
    }

    /// Renders every page whose (path, key) `reuse` does not accept and hands its bytes to
    /// `write` at once, on the rendering thread, so pages never pile up in memory.
    /// Templates run only for pages whose context changed since the build that wrote the kept file.
    public func render(
        reusing reuse: @Sendable (_ path: String, _ key: String) -> Bool,
        write: @Sendable (_ path: String, _ bytes: [UInt8]) throws -> Bool
    ) throws -> [RenderedPage] {
        let contexts = PageContexts(model: model)
        let fingerprint = layouts.fingerprint
        let results = pages().parallelMap { page -> Result<RenderedPage, Error> in
            let (path, fields, kind, collection) = prepare(page, contexts: contexts)
            let context = TemplateValue(fields)
            var hasher = ContextHasher()
            hasher.combine(fingerprint)
            hasher.combine(layouts.name(for: kind, collection: collection))
            hasher.combine(context: context)
            let key = hasher.hexDigest
            if reuse(path, key) { return .success(RenderedPage(path: path, key: key, rendered: false, written: false)) }
            let html = layouts.render(context, kind: kind, collection: collection)
            return Result { RenderedPage(path: path, key: key, rendered: true, written: try write(path, html)) }
        }
        return try results.map { try $0.get() }
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
        let path = path(page)
        switch page {
        case .entry(let index):
            let entry = model.entry(index)
            return (path, contexts.entry(index), entry.collection == nil ? .page : .entry, entry.collection)
        case .collection(let name, let number):
            guard let schema = model.config.collection(name) else { return (path, [:], .list, nil) }
            return (path, contexts.collectionPage(schema, number: number), .list, name)
        case .taxonomy(let t):
            return (path, contexts.taxonomyPage(model.taxonomies[t]), .taxonomy, nil)
        case .term(let t, let i, let number):
            let taxonomy = model.taxonomies[t]
            return (path, contexts.termPage(taxonomy, taxonomy.terms[i], number: number, pageSize: termPageSize), .term, nil)
        case .view(let v):
            let view = model.config.views[v]
            return (path, contexts.viewPage(view), .view, view.collection)
        case .home:
            return (path, contexts.homePage(), .home, nil)
        case .notFound:
            return (path, contexts.page(title: "Puslapis nerastas", path: "/404.html", kind: "404"), .notFound, nil)
        }
    }
}
