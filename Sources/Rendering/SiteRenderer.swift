import Model
import Support
import Synchronization
import Templates

/// The `render` stage: every page of the site as an in-memory file.
package struct SiteRenderer: Sendable {
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

    package let model: SiteModel
    package let layouts: Layouts
    /// Entries per page on term pages (collections set their own).
    package var termPageSize = 20
    /// Keys entry pages by their inputs (incremental builds); without it every page is
    /// keyed by its whole context.
    package let entryKeys: EntryPageKeys?

    /// The program that renders: a page keyed by its context is rendered again by another one.
    package let engine: String
    /// The processed images (`images` stage); part of every page's key.
    package var images = ImageTable()
    /// What the datasets' tables show: in the keys of the pages whose templates show them.
    let dataKeys: DatasetKeys

    package init(model: SiteModel, layouts: Layouts, entryKeys: EntryPageKeys? = nil, engine: String = "") {
        self.model = model
        self.layouts = layouts
        self.entryKeys = entryKeys
        self.engine = engine
        dataKeys = model.site.datasets.isEmpty ? DatasetKeys() : DatasetKeys(model: model)
    }

    /// Every page and machine-readable file in memory (for tests and small sites; builds
    /// stream pages through `render(reusing:write:)`).
    package func render() -> [OutputFile] {
        let files = Mutex([OutputFile]())
        _ = try? render(reusing: { _, _ in false }) { path, bytes in
            files.withLock { $0.append(OutputFile(path: path, bytes: bytes)) }
            return true
        }
        let pages = files.withLock { $0 }
        return (pages + machineReadableOutputs(pagePaths: pages.map(\.path))).sorted { $0.path < $1.path }
    }

    /// Calendars, feeds, the sitemap, exports and the JSON API; the sitemap lists `pagePaths`.
    package func machineReadableOutputs(pagePaths: [String]) -> [OutputFile] {
        // `.none` keeps nothing, so every file has its bytes.
        MachineReadableOutputs(model: model, reuse: .none).render(pagePaths: pagePaths).compactMap { file in
            file.bytes.map { OutputFile(path: file.path, bytes: $0) }
        }
    }

    /// The machine-readable files, keeping those of the last build that `canKeep` allows
    /// (their key, from `entryKeys`, is the one they were written with), and the rows of
    /// `fragments` whose entries are unchanged in the files that have to be made.
    package func machineReadableOutputs(
        pagePaths: [String], reusing canKeep: @escaping @Sendable (_ path: String, _ key: String) -> Bool,
        fragments: FragmentMemo? = nil
    ) -> [DataFile] {
        let reuse = DataReuse(keys: entryKeys, canKeep: canKeep, fragments: fragments)
        return MachineReadableOutputs(model: model, reuse: reuse).render(pagePaths: pagePaths)
    }

    /// What became of one page.
    package struct RenderedPage: Sendable {
        package var path: String
        /// Fingerprint of the layouts, the page's template and its whole context.
        package var key: String
        /// Whether the template ran (`false`: `reuse` kept the file from last time).
        package var rendered: Bool
        /// Whether `write` changed the file.
        package var written: Bool
    }

    /// Output paths of every page, before rendering (so folders can be made first).
    package func outputPaths() -> [String] { pages().map(path) }

    /// The file a page is written to.
    func path(_ page: Page) -> String {
        switch page {
        case .entry(let index): return OutputFile.path(forURL: model.entry(index).url)
        case .collection(let name, let number):
            return OutputFile.path(forURL: URLBuilder.paginated(model.collection(name)?.path ?? "/", page: number))
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
    package func render(
        reusing reuse: @Sendable (_ path: String, _ key: String) -> Bool,
        write: @Sendable (_ path: String, _ bytes: [UInt8]) throws -> Bool
    ) throws -> [RenderedPage] {
        let contexts = PageContexts(model: model, images: images)
        let fingerprint = layouts.fingerprint
        let layouts = self.layouts
        // Each worker renders with templates of its own (see `parallelMap(workerState:)`).
        let results = pages().parallelMap(workerState: { layouts.copied() }) { layouts, page -> Result<RenderedPage, Error> in
            let (path, kind, collection) = describe(page)
            let template = layouts.name(for: kind, collection: collection)
            // Entry and list pages are keyed by their inputs, so a kept page costs no context
            // at all; other pages by a fingerprint of their context.
            let inputKey = inputKey(page, template: template)
            let key: String
            var context: TemplateValue?
            if let inputKey {
                key = inputKey
            } else {
                let built = TemplateValue.object(self.context(page, contexts: contexts, template: template))
                (key, context) = (Self.key(of: built, template: template, layouts: fingerprint + engine), built)
            }
            if reuse(path, key) { return .success(RenderedPage(path: path, key: key, rendered: false, written: false)) }
            return Result {
                let html = try layouts.render(
                    context ?? .object(self.context(page, contexts: contexts, template: template)), template: template)
                return RenderedPage(path: path, key: key, rendered: true, written: try write(path, html))
            }
        }
        return try results.map { try $0.get() }
    }

    /// The key of a page from what it is made of (see `EntryPageKeys`): an entry page's
    /// entry, or the entries a list shows, in order, with the list's name, page number and
    /// length. `nil` for pages keyed by their context (home, taxonomies, 404).
    func inputKey(_ page: Page, template name: String) -> String? {
        guard let keys = entryKeys else { return nil }
        // The build's date reaches these pages only through their template (entries' timeline
        // states are in their keys): a page whose template shows it is keyed by it too.
        var template = layouts.showsBuildDate(name) ? "\(name) on \(model.now.date)" : name
        if layouts.showsData(name) {
            template += " with data \(dataKeys.all)"
        } else if layouts.showsEntryData(name), case .entry(let index) = page {
            let entry = model.entry(index)
            template += " with rows \(dataKeys.byEntry[(entry.collection ?? "") + "/" + entry.slug] ?? "-")"
        }
        switch page {
        case .entry(let index):
            return keys.key(entry: index, template: template)
        case .collection(let name, let number):
            guard let schema = model.collection(name) else { return nil }
            let members = model.collections[name] ?? []
            let shown = Array(members.dropFirst((number - 1) * schema.pageSize).prefix(schema.pageSize))
            return keys.key("list \(template) \(name) \(number) of \(members.count)", entries: shown, showing: .summaries)
        case .term(let t, let i, let number):
            let taxonomy = model.taxonomies[t]
            let term = taxonomy.terms[i]
            let shown = Array(term.entries.dropFirst((number - 1) * termPageSize).prefix(termPageSize))
            return keys.key(
                "term \(template) \(taxonomy.schema.name) \(term.slug) \(term.name) \(number) of \(term.entries.count)",
                entries: shown, showing: .summaries)
        case .view(let v):
            let view = model.config.views[v]
            return keys.key("view \(template) \(view.name)", entries: model.views[view.name] ?? [], showing: .summaries)
        case .taxonomy, .home, .notFound:
            return nil
        }
    }

    /// The fingerprint of a page's layouts (and the engine), template and whole context.
    static func key(of context: TemplateValue, template: String, layouts: String) -> String {
        var hasher = Fingerprint()
        hasher.combine(layouts)
        hasher.combine(template)
        hasher.combine(context: context)
        return hasher.hexDigest
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

    /// The output path and layout of one page.
    private func describe(_ page: Page) -> (String, Layouts.Kind, String?) {
        let path = path(page)
        switch page {
        case .entry(let index):
            let entry = model.entry(index)
            return (path, entry.collection == nil ? .page : .entry, entry.collection)
        case .collection(let name, _): return (path, .list, model.collection(name) == nil ? nil : name)
        case .taxonomy: return (path, .taxonomy, nil)
        case .term: return (path, .term, nil)
        case .view(let v): return (path, .view, model.config.views[v].collection)
        case .home: return (path, .home, nil)
        case .notFound: return (path, .notFound, nil)
        }
    }

    /// The template context of one page, with the datasets its template shows.
    private func context(_ page: Page, contexts: PageContexts, template: String) -> Context {
        var entry: Int?
        if case .entry(let index) = page { entry = index }
        return contexts.withData(
            context(page, contexts: contexts), entry: entry, data: layouts.showsData(template),
            entryData: layouts.showsEntryData(template))
    }

    private func context(_ page: Page, contexts: PageContexts) -> Context {
        switch page {
        case .entry(let index):
            return contexts.entry(index)
        case .collection(let name, let number):
            guard let schema = model.collection(name) else { return [:] }
            return contexts.collectionPage(schema, number: number)
        case .taxonomy(let t):
            return contexts.taxonomyPage(model.taxonomies[t])
        case .term(let t, let i, let number):
            let taxonomy = model.taxonomies[t]
            return contexts.termPage(taxonomy, taxonomy.terms[i], number: number, pageSize: termPageSize)
        case .view(let v):
            return contexts.viewPage(model.config.views[v])
        case .home:
            return contexts.homePage()
        case .notFound:
            return contexts.page(title: "Puslapis nerastas", path: "/404.html", kind: "404")
        }
    }
}
