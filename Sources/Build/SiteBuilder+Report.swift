import Diagnostics
import Foundation

extension SiteBuilder {
    /// What a build did: its diagnostics, what it reused and wrote, and the time of each stage.
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
        /// Of those, pages (a deleted entry's, say; not the search index's files).
        public var pagesRemoved = 0
        /// Paths (in the output folder) of the pages whose templates ran, in the order pages
        /// are made; the others were kept from the last build (incremental).
        public var renderedPages: [String] = []
        public var pagesRendered: Int { renderedPages.count }
        /// Machine-readable files made (the search index among them); the others were kept.
        public var dataFilesMade = 0
        /// Rows of those files (API entries, export rows) made; the others came from the memo.
        public var dataRowsMade = 0
        /// Images processed by libvips in this build; the others came from the cache folder.
        public var imagesProcessed = 0
        public var imagesReused = 0
        /// Source images read and hashed; the others' files were unchanged since the last build.
        public var imagesRead = 0
        /// Whether the search index was patched where entries changed, not merged afresh.
        public var searchIndexPatched = false
        /// PDFs whose text was extracted with poppler; the others' came from the last build.
        public var pdfsExtracted = 0
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
}
