import Attachments
import Cache
import Checks
import Config
import Content
import Diagnostics
import Foundation
import Model
import Rendering
import Search
import Support

/// Runs the whole pipeline: load, parse and validate, derive, render, write.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var siteFolder: URL
        /// The output folder; `nil` uses site.yml's `output` inside the site folder.
        public var output: URL?
        /// `--now`; `nil` falls back to SOURCE_DATE_EPOCH, then the clock.
        public var now: String?
        /// Include `draft: true` entries.
        public var drafts: Bool
        /// Include entries whose `publish_date` is after the build date.
        public var future: Bool
        /// Replaces site.yml's `base_url` (the preview server serves at its own address).
        public var baseURL: String?
        /// Where incremental builds keep what they reuse; `nil`: `.zinynas-cache/` in the site
        /// folder (the preview server keeps its own beside its output).
        public var cacheFolder: URL?
        /// Verification mode: every file the cache would keep is made again and compared with
        /// the output; one that differs fails the build (see `CacheVerifier`). Defaults to
        /// `ZINYNAS_VERIFY_CACHE=1` in the environment.
        public var verifyCache = ProcessInfo.processInfo.environment["ZINYNAS_VERIFY_CACHE"] == "1"
        /// Build into an output folder that holds files and no manifest (`--force`).
        public var force = false
        /// Make and write the pages only: the search index, feeds, calendars, exports and the
        /// sitemap stay as the last build wrote them, and no file is removed. The preview's
        /// first pass after a save, so the edited page shows before those are made again by a
        /// full build (Hugo's "fast render"); never for a site that is published.
        public var pagesOnly = false
        /// What a process that builds again and again keeps in memory between its builds,
        /// in place of the cache folder's memos (the preview server's; see `ResidentCache`).
        package var resident: ResidentCache?

        public init(
            siteFolder: URL, output: URL? = nil, now: String? = nil, drafts: Bool = false, future: Bool = false,
            baseURL: String? = nil
        ) {
            self.siteFolder = siteFolder
            self.output = output
            self.now = now
            self.drafts = drafts
            self.future = future
            self.baseURL = baseURL
        }
    }

    public let options: Options
    /// The search page's URL path (the preview reloads it when the index is made again).
    package static let searchPagePath = SearchPage.path
    /// Called as each stage starts, for progress output (`parsing 10000 files`).
    public var progress: @Sendable (Message) -> Void = { _ in }

    public init(options: Options) { self.options = options }

    /// Builds the site; content problems come back in the report, I/O problems are thrown,
    /// tagged with the stage that raised them.
    ///
    /// The stages, in order: `load` (SiteSource), `parse` (ParsedSite), `check` (CheckedSite),
    /// `layouts` (Layouts), `derive` (SiteModel), `prepare` (OutputPlan), `render` (pages, with the search index and the
    /// data files made beside them: `outputs`, `search`), `write` (copies, stale files, the page
    /// record). Memos are read and written around the stages, never inside them.
    public func run() throws(DiagnosticsError) -> Report {
        var timer = StageTimer()
        try BuildClock.check(flag: options.now)  // a usage error stops before any work
        let cache = CacheStore(
            buildFolder: options.cacheFolder ?? options.siteFolder.appendingPathComponent(CacheStore.defaultName),
            resident: options.resident)
        // The memos do not depend on the sources: read while the sources are, and while
        // the files are parsed (stages with long stretches on one core).
        let parseMemoRead = BackgroundTask { cache.bytes(.parsed) }
        defer { parseMemoRead.wait() }
        var source = try timer.run("load") { () throws(DiagnosticsError) in try load() }
        // Each is taken by the stage that needs it, and leaves memory with that stage.
        // A pages-only build makes no search index.
        let (searched, pagesOnly) = (AnalysisMemo.context, options.pagesOnly)
        let memos = LastMemos(
            analyses: BackgroundTask { pagesOnly ? AnalysisMemo(context: searched) : cache.load(AnalysisMemo.self, context: searched) },
            merged: BackgroundTask {
                pagesOnly ? IndexMemo(context: searched) : cache.load(IndexMemo.self, context: IndexMemo.context(analyses: searched))
            },
            model: BackgroundTask { cache.modelMemo() })
        defer { memos.wait() }
        let fingerprints = source.fingerprints
        let lastChecked = cache.checkKeys()
        let parsed = timer.run("parse") {
            let memo = cache.load(
                ParseMemo.self, bytes: parseMemoRead.take(), context: ParseMemo.context(of: source, baseURL: options.baseURL))
            return parse(source, memo: memo, fingerprints: fingerprints)
        }
        let checked = timer.run("check") { SiteChecks.check(parsed, source: source, vouched: lastChecked) }
        let attached = timer.run("attach") { attach(parsed, source: source, config: checked.config, cache: cache) }
        defer { attached.map { cache.save($0.memo) } }
        let quoted = attached.map { SiteChecks.quotedTexts(parsed, source, $0.diagnostics) } ?? [:]
        source.content = []  // parsed now; the bytes need not stay in memory while pages render
        // A usage error, found once site.yml names the output (and before the cache is written).
        if let folder = options.cacheFolder {
            let output = options.output ?? options.siteFolder.appendingPathComponent(checked.config?.output ?? SiteConfig.defaultOutput)
            try CacheStore.check(folder, siteFolder: options.siteFolder, output: output)
        }
        let cacheLock = try Self.lock(cache)
        defer { cacheLock.release() }
        // Written while the rest of the build runs; waited for before the build returns.
        let memoWritten = BackgroundTask { [checked] in
            checked.memo.map(cache.save)
            cache.save(checked: checked.checked, previous: lastChecked)
        }
        defer { memoWritten.value() }
        var report = Report(diagnostics: checked.diagnostics, texts: checked.texts.merging(quoted) { a, _ in a })
        report.diagnostics = (report.diagnostics + (attached?.diagnostics ?? [])).sorted()
        report.pdfsExtracted = attached?.extracted ?? 0
        report.sourcesReused = checked.reused
        report.crossChecksSkipped = checked.crossChecksSkipped
        report.linkChecksSkipped = checked.linkChecksSkipped
        let layouts = timer.run("layouts") { Self.layouts(source, config: checked.config, report: &report) }
        // Warnings (a PDF whose text cannot be read) do not stop the build.
        guard var site = checked.site, let layouts, !report.diagnostics.contains(where: { $0.severity == .error }) else {
            report.timings = timer.stages
            return report
        }
        site.attachments = attached?.attachments ?? [:]
        let images = timer.run("images") {
            progress(.command(.progressImages))
            return ImageStage(source: source, config: site.config, siteFolder: options.siteFolder, cache: cache)
        }
        report.imagesProcessed = images.processed
        report.imagesReused = images.reused
        report.imagesRead = images.read
        guard images.diagnostics.isEmpty else {
            report.diagnostics += images.diagnostics
            report.timings = timer.stages
            return report
        }
        let imageTable = images.table
        let now = try BuildClock.now(flag: options.now, timeZone: site.config.timeZone)
        let published = site.published(at: now, drafts: options.drafts, future: options.future)
        let context = modelContext(source.config)
        let model = timer.run("derive") { SiteModel(site: published, now: now, memo: memos.model.take(), context: context) }
        let modelWritten = BackgroundTask { [model] in cache.save(model) }
        defer { modelWritten.value() }
        report.modelReused = model.isFromMemo
        var renderer = SiteRenderer(
            model: model, layouts: layouts,
            entryKeys: EntryPageKeys(model: model, fingerprints: fingerprints, global: globalKey(layouts, context, imageTable)),
            engine: Engine.identity)
        renderer.images = imageTable
        let plan = try timer.run("prepare") { () throws(DiagnosticsError) in
            let plan = try OutputPlan(source: source, renderer: renderer, images: images, options: options, cache: cache)
            try plan.writer.open(force: options.force, keep: site.config.keep)
            return plan
        }
        defer { plan.writer.close() }
        // Nothing is changed in the output before the `write` stage commits what was staged, all
        // at once: a failed build leaves it untouched. Nothing is written through a symlink in
        // it either (`OutputWriter.makeFolder`).
        var searchIndex: BackgroundTask<Result<(files: [WrittenData], patched: Bool), DiagnosticsError>>?
        var pagePaths = plan.pagePaths
        if renderer.hasSearch && !options.pagesOnly {
            progress(.command(.progressIndexing(entries: published.entries.count)))
            searchIndex = Self.searchTask(renderer, memos: memos, cache: cache, writer: plan.writer, folders: plan.lastFolders)
            pagePaths.append(OutputFile.path(forURL: SiteRenderer.searchPath))
        }
        let outputs = options.pagesOnly ? nil : Self.outputsTask(
            renderer, pagePaths: pagePaths, ownFiles: plan.ownFiles, cache: cache, writer: plan.writer,
            kept: plan.kept)
        // A build that stops early still waits for its tasks: none may write after it returns.
        defer {
            _ = outputs?.value()
            _ = searchIndex?.value()
        }
        let pages = try timer.run("render") { () throws(DiagnosticsError) in
            progress(.command(.progressRendering(entries: published.entries.count)))
            return try render(plan)
        }
        var (data, rowsMade) = try timer.run("outputs") { () throws(DiagnosticsError) in try outputs?.value().get() ?? ([], 0) }
        if let search = searchIndex {
            let (files, patched) = try timer.run("search") { () throws(DiagnosticsError) in try search.value().get() }
            data = files + data
            report.searchIndexPatched = patched
        }
        try timer.run("write") { () throws(DiagnosticsError) in
            try write(plan, pages: pages, data: data, cache: cache, report: &report)
        }
        report.dataRowsMade = rowsMade
        report.entries = published.entries.count
        report.timings = timer.stages
        releaseInBackground((parsed, checked, model, renderer, plan, pages, data, pagePaths))
        return report
    }

    /// What every page depends on besides content: layouts and the model's `context`
    /// (site.yml, the options, the engine). Not the build's date: pages and files that show
    /// it are keyed by it themselves, so a daily build of unchanged content keeps the rest.
    /// The images too: a page shows their sizes, and a replaced photo may have others.
    private func globalKey(_ layouts: Layouts, _ context: String, _ images: ImageTable) -> String {
        var hasher = Fingerprint()
        hasher.combine(layouts.fingerprint)
        hasher.combine(context)
        hasher.combine(images.fingerprint)
        return hasher.hexDigest
    }

    /// What the derived model's orders, terms and references depend on besides the entries:
    /// site.yml, the options that choose the published entries, and the engine (collation).
    /// Through `globalKey` every page's too; so also the PDF reader's version, whose text and
    /// titles pages and the search index show (a system update may change poppler under the
    /// same program; `Engine.identity` names the libraries every cache depends on).
    private func modelContext(_ config: SourceFile) -> String {
        var hasher = Fingerprint()
        hasher.combine(bytes: config.bytes)
        hasher.combine(Engine.identity)
        hasher.combine(AttachmentMemo.context)
        hasher.combine("drafts=\(options.drafts) future=\(options.future) base=\(options.baseURL ?? "-")")
        return hasher.hexDigest
    }

}

