import Cache
import Diagnostics
import Foundation

extension CacheStore {
    /// The store of a build: `folder`, read and written by this program (`Engine.identity`).
    init(buildFolder folder: URL, resident: ResidentCache? = nil) {
        self.init(folder: folder, engine: Engine.isKnown ? Engine.identity : nil, resident: resident)
    }

    /// The last build's record of the pages it wrote into `output`.
    func pages(output: URL) -> PageCache { PageCache(store: self, output: output.standardizedFileURL) }

    func save(_ pages: PageCache) { pages.save(to: self) }

    /// Refuses a cache folder (`--cache-dir`) among what the build reads or writes: the site
    /// folder itself, its sources, or the output folder, whose stale files are removed and
    /// which is published (the memos hold drafts).
    static func check(_ folder: URL, siteFolder: URL, output: URL) throws(DiagnosticsError) {
        func isWithin(_ path: String, _ other: String) -> Bool { (path + "/").hasPrefix(other + "/") }
        let cache = folder.standardizedFileURL.path
        let site = siteFolder.standardizedFileURL.path
        let taken = ["content", "layouts", "static"].map { site + "/" + $0 } + [output.standardizedFileURL.path]
        guard cache == site || taken.contains(where: { isWithin(cache, $0) }) else { return }
        throw DiagnosticsError([
            .error(.cacheInSources(folder.path), at: nil, hint: .cacheInSourcesHint)
        ])
    }
}
