import Cache
import Checks
import Content
import Diagnostics
import Foundation
import Model
import Rendering
import Search
import Support

/// The files of `.zinynas-cache/` (docs/architecture.md): memos read at the start of a
/// build and written while it runs, and the record of the last build's pages.
package struct BuildCache: Sendable {
    let folder: URL

    private var parsedFile: String { folder.appendingPathComponent("parsed").path }
    private var analysesFile: String { folder.appendingPathComponent("analyses").path }
    private var mergedIndexFile: String { folder.appendingPathComponent("search-index").path }
    private var fragmentsFile: String { folder.appendingPathComponent("fragments").path }
    private var modelFile: String { folder.appendingPathComponent("model").path }
    private var crossCheckedFile: String { folder.appendingPathComponent("cross-checked").path }
    var pagesFile: URL { folder.appendingPathComponent("pages") }

    /// The parse memo's bytes, read before the sources they are checked against.
    func parseMemoBytes() -> [UInt8] { PlainFiles.read(parsedFile) ?? [] }

    /// The last build's parses in `bytes`, if they were made for this `source` and options by
    /// this program.
    func parseMemo(_ bytes: [UInt8], for source: SiteSource, baseURL: String?) -> ParseMemo {
        ParseMemo(decoding: bytes, context: ParseMemo.context(of: source, baseURL: baseURL, engine: Engine.identity))
    }

    func save(_ memo: ParseMemo) {
        if memo.freshness.isWorthWriting { write(parsedFile, memo.encode) }
    }

    /// The last build's word analyses, if this program and stemmer made them.
    func analysisMemo() -> AnalysisMemo {
        AnalysisMemo(decoding: PlainFiles.read(analysesFile) ?? [], context: AnalysisMemo.context(engine: Engine.identity))
    }

    func save(_ memo: AnalysisMemo) {
        if memo.freshness.isWorthWriting { write(analysesFile, memo.encode) }
    }

    /// The last build's merged search index, if this program and stemmer made it.
    func indexMemo() -> IndexMemo {
        IndexMemo(
            decoding: PlainFiles.read(mergedIndexFile) ?? [],
            context: IndexMemo.context(analyses: AnalysisMemo.context(engine: Engine.identity)))
    }

    func save(_ memo: IndexMemo) {
        if memo.isChanged { write(mergedIndexFile, memo.encode) }
    }

    /// The keys of the last checks across files and of links that found nothing
    /// (`CheckedSite.checked`).
    func checked() -> SiteChecks.Keys {
        let records = CacheFile.read(PlainFiles.read(crossCheckedFile) ?? [], context: Self.crossCheckedContext)
        func key(_ name: String) -> String? { records?[name].map { String(decoding: $0, as: UTF8.self) } }
        return SiteChecks.Keys(crossChecks: key("key"), links: key("links"))
    }

    /// Writes the keys unless they are those read (`previous`). A check that found something
    /// (`nil`) leaves the last key: it still vouches for the site it was made of.
    func save(checked new: SiteChecks.Keys, previous: SiteChecks.Keys) {
        let checked = SiteChecks.Keys(crossChecks: new.crossChecks ?? previous.crossChecks, links: new.links ?? previous.links)
        guard checked != previous else { return }
        let keys = ["key": checked.crossChecks, "links": checked.links].compactMapValues { $0 }
        write(crossCheckedFile) {
            CacheFile.write(context: Self.crossCheckedContext, keys: keys.keys.sorted(), value: { Array(keys[$0]!.utf8) }, to: $0)
        }
    }

    private static var crossCheckedContext: String { "cross-checked 2 " + Engine.identity }

    /// The last build's derived orders, terms and references, checked when the model is derived.
    func modelMemo() -> ModelMemo { ModelMemo(bytes: PlainFiles.read(modelFile) ?? []) }

    func save(_ model: SiteModel) {
        if !model.isFromMemo { write(modelFile) { ModelMemo.encode(model, $0) } }
    }

    /// The rows of the last build's data files, if this program made them.
    func fragmentMemo() -> FragmentMemo {
        let file = fragmentsFile
        return FragmentMemo(context: FragmentMemo.context(engine: Engine.identity), reading: { PlainFiles.read(file) ?? [] })
    }

    func save(_ memo: FragmentMemo) {
        if memo.freshness.isWorthWriting { write(fragmentsFile, memo.encode) }
    }

    func pages(output: URL) -> PageCache { PageCache(file: pagesFile, output: output.standardizedFileURL) }

    func save(_ pages: PageCache) {
        makeFolder()
        pages.save(to: pagesFile)
    }

    /// If writing fails the last memo stays, which is still correct: memos match their
    /// records by content.
    private func write(_ file: String, _ encode: (([UInt8]) -> Bool) -> Void) {
        guard Engine.isKnown else { return }  // its memos could never be read back
        makeFolder()
        PlainFiles.replace(file, producing: encode)
    }

    /// The folder, with a `.gitignore` that ignores all of it, so a site's repository never
    /// takes in the caches whatever its own `.gitignore` says. Only into a folder the build
    /// makes, or one of the default name: a folder given with `--cache-dir` that holds other
    /// things (a home folder) is not ignored whole.
    func makeFolder() {
        let isNew = !FileManager.default.fileExists(atPath: folder.path)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard isNew || folder.lastPathComponent == Self.defaultName else { return }
        _ = try? PlainFiles.create(Array("*\n".utf8), at: folder.appendingPathComponent(".gitignore").path)
    }

    static let defaultName = ".zinynas-cache"

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
            .error(
                "refusing to keep the cache in \(folder.path): the build reads or publishes that folder", at: nil,
                hint: "give the cache a folder of its own, e.g. --cache-dir ../zinynas-cache")
        ])
    }
}
