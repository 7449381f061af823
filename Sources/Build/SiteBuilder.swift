import Content
import Diagnostics
import Foundation
import Rendering
import Search

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

        public init(siteFolder: URL, output: URL? = nil, now: String? = nil, drafts: Bool = false, future: Bool = false) {
            self.siteFolder = siteFolder
            self.output = output
            self.now = now
            self.drafts = drafts
            self.future = future
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var texts: [String: String]
        public var entries = 0
        public var pages = 0
        public var filesWritten = 0
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
        progress("reading \(options.siteFolder.lastPathComponent)")
        let source = try SiteSource.read(siteFolder: options.siteFolder)
        timer.finish("load")
        progress("parsing \(source.content.count) files")
        let parsed = SiteParser.parse(source)
        timer.finish("parse")
        var report = Report(diagnostics: parsed.diagnostics, texts: parsed.texts)
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
        let model = SiteModel(site: published, now: now)
        timer.finish("derive")
        let renderer = SiteRenderer(model: model, layouts: layouts)
        progress("rendering pages of \(published.entries.count) entries")
        var files = renderer.render()
        var indexFiles: [OutputFile] = []
        timer.finish("render")
        if renderer.hasSearch {
            progress("indexing \(published.entries.count) entries for search")
            let search = SearchIndex.build(model, path: SiteRenderer.searchPath)
            files.append(renderer.searchPage(root: search.root, script: search.script))
            indexFiles = search.files.map { OutputFile(path: $0.path, bytes: $0.bytes) }
            timer.finish("search")
        }
        let output = options.output ?? options.siteFolder.appendingPathComponent(site.config.output)
        let copies = source.staticFiles.map { (String($0.dropFirst("static/".count)), $0) }
            + source.assets.compactMap { path in SiteParser.assetURL(path, config: site.config).map { (String($0.dropFirst()), path) } }
        let writer = OutputWriter(siteFolder: options.siteFolder, output: output)
        progress("writing \(files.count + indexFiles.count + copies.count) files")
        report.filesWritten = try writer.write(files + indexFiles, copies: copies)
        timer.finish("write")
        report.entries = published.entries.count
        report.pages = files.count
        report.output = output
        report.timings = timer.stages
        return report
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
}
