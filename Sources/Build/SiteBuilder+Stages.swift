import Attachments
import Cache
import Config
import Content
import Diagnostics
import Foundation
import Rendering
import Support

/// The stages of `SiteBuilder.run`, each taking the value of those before it.
extension SiteBuilder {
    /// `load`: site.yml, content, layouts and static files, and their git dates.
    func load() throws(DiagnosticsError) -> SiteSource {
        progress(.command(.progressReading(folder: options.siteFolder.lastPathComponent)))
        return try SiteSource.read(siteFolder: options.siteFolder, resident: options.resident)
    }

    /// `parse`: every content file on its own, or its parse from the last build (`memo`).
    func parse(_ source: SiteSource, memo: ParseMemo, fingerprints: [String: String]) -> ParsedSite {
        progress(.command(.progressParsing(files: source.content.count)))
        return SiteParser.parse(source, baseURL: options.baseURL, memo: memo, fingerprints: fingerprints)
    }

    /// `attach`: the files `file` fields name, checked and described (a PDF's text from the
    /// last build's memo where its bytes are unchanged).
    func attach(_ parsed: ParsedSite, source: SiteSource, config: SiteConfig?, cache: CacheStore) -> AttachmentStage.Result? {
        guard let config else { return nil }
        let memo = cache.load(AttachmentMemo.self, context: AttachmentMemo.context)
        return AttachmentStage.run(parsed.files, source: source, config: config, memo: memo)
    }

    /// Locks the cache folder (making it if missing) for the rest of the build.
    static func lock(_ cache: CacheStore) throws(DiagnosticsError) -> FolderLock {
        cache.makeFolder()
        do {
            return try FolderLock.acquire(cache.folder.standardizedFileURL.path)
        } catch {
            throw DiagnosticsError([.error(error.message(folder: cache.folder.path, isOutput: false), at: nil)])
        }
    }

    /// `layouts`: the templates, parsed; their diagnostics join the report's.
    static func layouts(_ source: SiteSource, config: SiteConfig?, report: inout Report) -> Layouts? {
        let texts = source.layouts.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }
        let (layouts, diagnostics) = Layouts.parse(texts, config: config)
        report.diagnostics += diagnostics
        for (path, text) in texts { report.texts[path] = text }
        return layouts
    }

    /// Where the rendered site goes and what the last build left there: the value the `render`
    /// and `write` stages share.
    struct OutputPlan: Sendable {
        var renderer: SiteRenderer
        var output: URL
        var writer: OutputWriter
        /// Static files and co-located assets: their path in the output, and in the site.
        var copies: [(String, String)]
        /// The copies' paths in the output: the site's own files, which win over made ones.
        var ownFiles: Set<String>
        /// The processed images, whose files are written instead of their originals.
        var images: ImageStage
        var pagePaths: [String]
        /// The last build's page record for this output folder.
        var kept: PageCache
        /// The files the last build wrote (none, for a folder this build creates).
        var lastFolders: PageCache

        init(
            source: SiteSource, renderer: SiteRenderer, images: ImageStage, options: Options, cache: CacheStore
        ) throws(DiagnosticsError) {
            let config = renderer.model.site.config
            self.renderer = renderer
            self.images = images
            output = options.output ?? options.siteFolder.appendingPathComponent(config.output)
            let processed = images.sources
            let copies = source.staticFiles.map { (String($0.dropFirst("static/".count)), $0) }
                + source.assets.filter { !processed.contains($0) }.compactMap { path in
                    SiteParser.assetURL(path, config: config).map { (String($0.dropFirst()), path) }
                }
            self.copies = copies
            let ownFiles = Set(copies.map(\.0))
            self.ownFiles = ownFiles
            pagePaths = renderer.outputPaths()
            kept = cache.pages(output: output)
            kept.isTrusted = options.pagesOnly && cache.resident != nil
            writer = OutputWriter(
                siteFolder: options.siteFolder, output: output,
                verifier: options.verifyCache ? CacheVerifier(ownFiles: ownFiles) : nil)
            writer.resident = cache.resident
            // None of the files the page record names is in a folder this build creates.
            let fresh = !FileManager.default.fileExists(atPath: output.path)
            lastFolders = fresh ? PageCache(store: cache, output: output, reading: false) : kept
        }
    }

    /// `render`: every page, kept from the last build where its key is unchanged, staged as
    /// it is made.
    func render(_ plan: OutputPlan) throws(DiagnosticsError) -> [SiteRenderer.RenderedPage] {
        let (writer, kept) = (plan.writer, plan.kept)
        return try Self.writingSite(to: plan.output) {
            try plan.renderer.render(
                reusing: { path, key in kept.canKeep(path, key: key, in: writer) },
                write: { path, bytes in try writer.write(path, bytes) })
        }
    }

    /// `write`: the site's own files copied, everything staged moved into place and stale
    /// files removed (all at once, or nothing changes), and the record of what was written
    /// for the next build.
    func write(
        _ plan: OutputPlan, pages: [SiteRenderer.RenderedPage], data: [WrittenData], cache: CacheStore, report: inout Report
    ) throws(DiagnosticsError) {
        try plan.writer.verifier?.check()  // before the page record is updated: it stays the last build's
        progress(.command(.progressCopying(files: plan.copies.count)))
        var copied = try plan.writer.copy(plan.copies)
        let images = try plan.images.write(with: plan.writer, kept: plan.kept, cache: cache)
        let expected = pages.map(\.path) + data.map(\.path) + plan.copies.map(\.0) + images.map(\.path)
        let removed = try plan.writer.commit(
            expected: expected, keep: plan.renderer.model.site.config.keep, keepingLast: options.pagesOnly)
        copied.removed = removed.count
        report.pagesRemoved = removed.count { $0.hasSuffix(".html") }
        // Recorded after the copies: a site's own file may stand where a page was rendered
        // (`static/404.html`), and the record must be of the file that stays.
        var kept = plan.kept
        kept.update(
            pages.map { ($0.path, $0.key, !$0.rendered) } + data.compactMap { file in file.key.map { (file.path, $0, !file.made) } }
                + images.map { ($0.path, $0.key, $0.kept) }, keepingOthers: options.pagesOnly)
        cache.save(kept)
        let dataWritten = data.count(where: \.written)
        report.filesWritten = pages.count { $0.written } + dataWritten + copied.written + images.count { $0.written }
        report.filesUnchanged = pages.count { !$0.written } + data.count - dataWritten + copied.unchanged + images.count { !$0.written }
        report.filesRemoved = copied.removed
        report.renderedPages = pages.filter(\.rendered).map(\.path)
        report.dataFilesMade = data.count(where: \.made)
        report.pages = pages.count
        report.output = plan.output
    }
}
