import Content
import Diagnostics
import Foundation
import Rendering
import Search
import Text

/// Runs the whole pipeline: load, parse and validate, derive, render, write.
public struct SiteBuilder {
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

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var texts: [String: String]
        public var entries = 0
        /// Content files whose parse was taken from the last build's memo.
        public var sourcesReused = 0
        public var pages = 0
        public var filesWritten = 0
        /// Files whose bytes were already in the output folder.
        public var filesUnchanged = 0
        public var filesRemoved = 0
        /// Paths (in the output folder) of the pages whose templates ran, in the order pages
        /// are made; the others were kept from the last build (incremental).
        public var renderedPages: [String] = []
        public var pagesRendered: Int { renderedPages.count }
        /// Machine-readable files made (the search index among them); the others were kept.
        public var dataFilesMade = 0
        /// Rows of those files (API entries, export rows) made; the others came from the memo.
        public var dataRowsMade = 0
        /// Whether the search index was patched where entries changed, not merged afresh.
        public var searchIndexPatched = false
        /// Whether the model's orders, terms and references came from the last build.
        public var modelReused = false
        /// Whether the checks across files were skipped (nothing they read had changed).
        public var crossChecksSkipped = false
        /// Whether the link checks were skipped (nothing they read had changed).
        public var linkChecksSkipped = false
        public var output: URL?
        /// Seconds per stage, in pipeline order.
        public var timings: [(stage: String, seconds: Double)] = []
        public var succeeded: Bool { output != nil }
    }

    public let options: Options
    /// Called as each stage starts, for progress output (`parsing 10000 files`).
    public var progress: @Sendable (String) -> Void = { _ in }

    public init(options: Options) { self.options = options }

    /// Builds the site; content problems come back in the report, I/O problems are thrown.
    public func run() throws(DiagnosticsError) -> Report {
        var timer = StageTimer()
        try BuildClock.check(flag: options.now)  // a usage error stops before any work
        let cache = BuildCache(folder: options.cacheFolder ?? options.siteFolder.appendingPathComponent(BuildCache.defaultName))
        // The memos do not depend on the sources: read while the sources are, and while
        // the files are parsed (stages with long stretches on one core).
        let parseMemoRead = BackgroundTask { cache.parseMemoBytes() }
        defer { parseMemoRead.wait() }
        progress("reading \(options.siteFolder.lastPathComponent)")
        var source = try SiteSource.read(siteFolder: options.siteFolder)
        timer.finish("load")
        // Each is taken by the stage that needs it, and leaves memory with that stage.
        let memos = LastMemos(
            analyses: BackgroundTask { cache.analysisMemo() }, merged: BackgroundTask { cache.indexMemo() },
            model: BackgroundTask { cache.modelMemo() })
        defer { memos.wait() }
        progress("parsing \(source.content.count) files")
        let fingerprints = source.fingerprints
        let lastMemo = cache.parseMemo(parseMemoRead.take(), for: source, baseURL: options.baseURL)
        let lastChecked = cache.checked()
        let parsed = SiteParser.parse(
            source, baseURL: options.baseURL, memo: lastMemo, fingerprints: fingerprints,
            crossChecked: lastChecked.crossChecks, linksChecked: lastChecked.links)
        source.content = []  // parsed now; the bytes need not stay in memory while pages render
        // A usage error, found once site.yml names the output (and before the cache is written).
        if let folder = options.cacheFolder {
            let output = options.output ?? options.siteFolder.appendingPathComponent(parsed.config?.output ?? SiteConfig.defaultOutput)
            try BuildCache.check(folder, siteFolder: options.siteFolder, output: output)
        }
        // Written while the rest of the build runs; waited for before the build returns.
        let memoWritten = BackgroundTask { [parsed] in
            parsed.memo.map(cache.save)
            cache.save(checked: .init(crossChecks: parsed.crossChecked, links: parsed.linksChecked), previous: lastChecked)
        }
        defer { memoWritten.value() }
        timer.finish("parse", endingWith: "check", seconds: parsed.checkSeconds)
        var report = Report(diagnostics: parsed.diagnostics, texts: parsed.texts)
        report.sourcesReused = parsed.reused
        report.crossChecksSkipped = parsed.crossChecksSkipped
        report.linkChecksSkipped = parsed.linkChecksSkipped
        let (layouts, layoutDiagnostics) = Layouts.parse(source.layouts.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        report.diagnostics += layoutDiagnostics
        for file in source.layouts { report.texts[file.path] = String(decoding: file.bytes, as: UTF8.self) }
        timer.finish("layouts")
        guard let site = parsed.site, let layouts, report.diagnostics.isEmpty else {
            report.timings = timer.stages
            return report
        }
        let now = try BuildClock.now(flag: options.now, timeZone: site.config.timeZone)
        let published = site.published(at: now, drafts: options.drafts, future: options.future)
        let context = modelContext(source.config)
        let model = SiteModel(site: published, now: now, memo: memos.model.take(), context: context)
        let modelWritten = BackgroundTask { [model] in cache.save(model) }
        defer { modelWritten.value() }
        report.modelReused = model.isFromMemo
        timer.finish("derive")
        let renderer = SiteRenderer(
            model: model, layouts: layouts,
            entryKeys: EntryPageKeys(model: model, fingerprints: fingerprints, global: globalKey(layouts, context)),
            engine: Engine.identity)
        let output = options.output ?? options.siteFolder.appendingPathComponent(site.config.output)
        let copies = source.staticFiles.map { (String($0.dropFirst("static/".count)), $0) }
            + source.assets.compactMap { path in SiteParser.assetURL(path, config: site.config).map { (String($0.dropFirst()), path) } }
        var pagePaths = renderer.outputPaths()
        var kept = cache.pages(output: output)
        let writer = OutputWriter(
            siteFolder: options.siteFolder, output: output,
            verifier: options.verifyCache ? CacheVerifier(ownFiles: Set(copies.map(\.0))) : nil)
        // Nothing can be stale in a folder this build creates: no need to walk it afterwards,
        // and none of the folders the page record names is there.
        let freshOutput = !FileManager.default.fileExists(atPath: output.path)
        let lastFolders = freshOutput ? PageCache(file: cache.pagesFile, output: output, reading: false) : kept
        try writer.checkOutputFolder()
        if renderer.hasSearch { try SearchIndex.checkInstallation() }
        // Nothing is changed in the output before this point: a failed build leaves it untouched.
        // Nothing is written through a symlink in it either (`OutputWriter.makeFolder`); the
        // stale-file walk removes those no file goes through.
        var searchIndex: BackgroundTask<Result<(files: [WrittenData], patched: Bool), DiagnosticsError>>?
        if renderer.hasSearch {
            progress("indexing \(published.entries.count) entries for search")
            searchIndex = Self.searchTask(renderer, memos: memos, cache: cache, writer: writer, folders: lastFolders)
            pagePaths.append(OutputFile.path(forURL: SiteRenderer.searchPath))
        }
        let outputs = Self.outputsTask(
            renderer, pagePaths: pagePaths, ownFiles: Set(copies.map(\.0)), cache: cache, writer: writer, kept: kept,
            folders: lastFolders)
        // A build that stops early still waits for its tasks: none may write after it returns.
        defer {
            _ = outputs.value()
            _ = searchIndex?.value()
        }
        // Folders the last build wrote into are there already (a write makes one that is not).
        try writer.prepare(paths: (pagePaths + copies.map(\.0)).filter { !lastFolders.wrote($0) })
        progress("rendering pages of \(published.entries.count) entries")
        let pages = try Self.writingSite(to: output) {
            try renderer.render(
                reusing: { [kept, writer] path, key in kept.canKeep(path, key: key, in: writer) },
                write: { [writer] path, bytes in try writer.write(path, bytes) })
        }
        timer.finish("render")
        let (outputFiles, rowsMade) = try outputs.value().get()
        var data = outputFiles
        timer.finish("outputs")
        if let search = searchIndex {
            let (files, patched) = try search.value().get()
            data = files + data
            report.searchIndexPatched = patched
            timer.finish("search")
        }
        try writer.verifier?.check()  // before the page record is updated: it stays the last build's
        progress("copying \(copies.count) files")
        var copied = try writer.copy(copies)
        // The stale-file walk removes only what no page, data file or copy is, so it runs
        // beside the page record, which stats only those.
        let expected = pages.map(\.path) + data.map(\.path) + copies.map(\.0)
        let staleRemoved = BackgroundTask { freshOutput ? 0 : writer.removeStale(keeping: expected) }
        defer { staleRemoved.wait() }  // none may write after the build returns
        // Recorded after the copies: a site's own file may stand where a page was rendered
        // (`static/404.html`), and the record must be of the file that stays.
        kept.update(
            pages.map { ($0.path, $0.key, !$0.rendered) } + data.compactMap { file in file.key.map { (file.path, $0, !file.made) } })
        cache.save(kept)
        copied.removed = staleRemoved.value()
        let dataWritten = data.count(where: \.written)
        report.filesWritten = pages.count { $0.written } + dataWritten + copied.written
        report.filesUnchanged = pages.count { !$0.written } + data.count - dataWritten + copied.unchanged
        report.filesRemoved = copied.removed
        report.renderedPages = pages.filter(\.rendered).map(\.path)
        report.dataFilesMade = data.count(where: \.made)
        report.dataRowsMade = rowsMade
        timer.finish("write")
        report.entries = published.entries.count
        report.pages = pages.count
        report.output = output
        report.timings = timer.stages
        releaseInBackground((parsed, model, renderer, kept, lastFolders, pages, data, pagePaths))
        return report
    }

    /// The search index, built from the model alongside the pages and written as soon as it is
    /// made, so its analyses and files leave memory before the pages are done.
    private static func searchTask(
        _ renderer: SiteRenderer, memos: LastMemos, cache: BuildCache, writer: OutputWriter, folders: PageCache
    ) -> BackgroundTask<Result<(files: [WrittenData], patched: Bool), DiagnosticsError>> {
        BackgroundTask {
            let index = SearchIndex.build(
                renderer.model, path: SiteRenderer.searchPath, memo: memos.analyses.take(), merged: memos.merged.take(),
                entryKeys: renderer.entryKeys?.whole ?? [])
            // The memos are written while the index files are.
            let memosSaved = BackgroundTask { [analyses = index.analyses, merged = index.merged] in
                cache.save(analyses)
                cache.save(merged)
            }
            defer { memosSaved.value() }
            let page = renderer.searchPage(root: index.root, script: index.script)
            // The index files are named by their content: one the last build wrote at the same
            // path, still as written, holds the same bytes and is not compared again.
            let files = [DataFile(page)] + index.files.map { file in
                folders.canKeep(file.path, key: Self.namedByContent, in: writer)
                    ? DataFile(kept: file.path, key: Self.namedByContent)
                    : DataFile(OutputFile(path: file.path, bytes: file.bytes), key: Self.namedByContent)
            }
            return Result { () throws(DiagnosticsError) in (try write(files, with: writer, folders: folders), index.patched) }
        }
    }

    /// The key of a file whose name holds a hash of its bytes: its path says what it holds.
    private static let namedByContent = "named by content"

    /// Feeds, calendars, sitemap and data files, made alongside the pages (or kept from the last
    /// build, `kept`) and written as soon as they are made, so their rows leave memory before
    /// the pages are done; a file of the site's own (`static/robots.txt`, in `ownFiles`) wins.
    private static func outputsTask(
        _ renderer: SiteRenderer, pagePaths: [String], ownFiles: Set<String>, cache: BuildCache, writer: OutputWriter,
        kept: PageCache, folders: PageCache
    ) -> BackgroundTask<Result<(files: [WrittenData], rowsMade: Int), DiagnosticsError>> {
        BackgroundTask {
            // Read only if a file has to be made (see `FragmentMemo`).
            let fragments = cache.fragmentMemo()
            let files = renderer.machineReadableOutputs(
                pagePaths: pagePaths, reusing: { kept.canKeep($0, key: $1, in: writer) }, fragments: fragments
            ).filter { !ownFiles.contains($0.path) }
            cache.save(fragments)
            return Result { () throws(DiagnosticsError) in (try write(files, with: writer, folders: folders), fragments.rowsMade) }
        }
    }

    /// The last build's memos but the parse memo and the data rows, read while the files are parsed.
    struct LastMemos: Sendable {
        var analyses: BackgroundTask<AnalysisMemo>
        var merged: BackgroundTask<IndexMemo>
        var model: BackgroundTask<ModelMemo>

        func wait() {
            for task in [analyses.wait, merged.wait, model.wait] { task() }
        }
    }

    /// What became of a machine-readable file: made (or kept), and written (or unchanged).
    struct WrittenData: Sendable {
        var path: String
        var key: String?
        var made: Bool
        var written: Bool
    }

    /// Writes the made files among `files` on all cores, first making their folders but those
    /// the last build wrote into (`folders`).
    private static func write(_ files: [DataFile], with writer: OutputWriter, folders: PageCache) throws(DiagnosticsError) -> [WrittenData] {
        try writer.prepare(paths: files.filter(\.isMade).map(\.path).filter { !folders.wrote($0) })
        return try writingSite(to: writer.output) {
            try files.parallelMap { file in
                Result {
                    WrittenData(
                        path: file.path, key: file.key, made: file.isMade,
                        written: try file.pieces.map { try writer.write(file.path, pieces: $0) } ?? false)
                }
            }.map { try $0.get() }
        }
    }

    /// What every page depends on besides content: layouts and the model's `context`
    /// (site.yml, the options, the engine). Not the build's date: pages and files that show
    /// it are keyed by it themselves, so a daily build of unchanged content keeps the rest.
    private func globalKey(_ layouts: Layouts, _ context: String) -> String {
        var hasher = Fingerprint()
        hasher.combine(layouts.fingerprint)
        hasher.combine(context)
        return hasher.hexDigest
    }

    /// What the derived model's orders, terms and references depend on besides the entries:
    /// site.yml, the options that choose the published entries, and the engine (collation).
    private func modelContext(_ config: SourceFile) -> String {
        var hasher = Fingerprint()
        hasher.combine(bytes: config.bytes)
        hasher.combine(Engine.identity)
        hasher.combine("drafts=\(options.drafts) future=\(options.future) base=\(options.baseURL ?? "-")")
        return hasher.hexDigest
    }

    /// Runs a step that writes into the output folder; an I/O failure becomes a diagnostic.
    private static func writingSite<T>(to output: URL, _ step: () throws -> T) throws(DiagnosticsError) -> T {
        do {
            return try step()
        } catch {
            throw DiagnosticsError([.error("cannot write the site to \(output.path): \(error.localizedDescription)", at: nil)])
        }
    }
}

/// Wall-clock time per pipeline stage, for the build summary.
struct StageTimer {
    private(set) var stages: [(stage: String, seconds: Double)] = []
    private var last = DispatchTime.now()

    mutating func finish(_ stage: String) {
        let now = DispatchTime.now()
        stages.append((stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }

    /// Finishes `stage`, of which the last `seconds` were `inner`'s, as two stages.
    mutating func finish(_ stage: String, endingWith inner: String, seconds: Double) {
        finish(stage)
        let whole = stages.removeLast().seconds
        stages += [(stage, max(0, whole - seconds)), (inner, min(whole, seconds))]
    }
}
