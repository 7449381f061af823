import Model
import Support

/// What the build publishes for programs rather than people: calendars, feeds, the sitemap,
/// register exports and the JSON API, rendered after the pages from the same model.
struct MachineReadableOutputs {
    let model: SiteModel
    let reuse: DataReuse

    /// - Parameter pagePaths: the output paths of the pages, which the sitemap lists.
    func render(pagePaths: [String]) -> [DataFile] {
        let model = self.model
        let reuse = self.reuse
        let formats = ValueFormats(model: model)
        let evaluator = TemplateEvaluator(formats: formats)
        // Independent of each other: rendered side by side, concatenated in this order.
        let renderers: [@Sendable () -> [DataFile]] = [
            { CalendarRenderer(model: model, evaluator: evaluator).render(reuse) },
            { FeedRenderer(model: model, formats: formats).render(reuse) },
            { SitemapRenderer(model: model).render(pagePaths: pagePaths, reuse: reuse) },
            { ExportRenderer(model: model, formats: formats).render(reuse) },
            { APIRenderer(model: model, formats: formats).render(reuse) },
            { DatasetExportRenderer(model: model).render(reuse) },
        ]
        return renderers.parallelMap { $0() }.flatMap { $0 }
    }
}

/// Which machine-readable files an incremental build may keep: those whose key (the inputs
/// of the entries they are made of, see `EntryPageKeys`) is the one they were written with;
/// and, for a file that has to be made, which of its rows (`fragments`).
struct DataReuse: Sendable {
    let keys: EntryPageKeys?
    let canKeep: @Sendable (_ path: String, _ key: String) -> Bool
    var fragments: FragmentMemo?

    /// Keeps nothing: every file is made.
    static let none = DataReuse(keys: nil, canKeep: { _, _ in false })

    /// The key of a file made from `entries` (in this order) for `kind`, showing them as rows
    /// unless `showing` says otherwise.
    func key(_ kind: String, entries: [Int], showing: EntryPageKeys.Showing = .rows) -> String? {
        keys?.key(kind, entries: entries, showing: showing)
    }

    /// The file at `path` as last written, if its key is still `key`.
    func kept(_ path: String, key: String?) -> DataFile? {
        guard let key, canKeep(path, key) else { return nil }
        return DataFile(kept: path, key: key)
    }

    /// The file at `path` made of `rows` rows of `entries` (`make` gives its pieces): kept if
    /// its key is unchanged, and then their rows stay in the memo for the build that makes it
    /// again.
    func file(_ path: String, key: String?, rows: String, of entries: [Int], _ make: () -> [ArraySlice<UInt8>]) -> DataFile {
        guard let kept = kept(path, key: key) else { return DataFile(path: path, pieces: make(), key: key) }
        keepRows(rows, of: entries)
        return kept
    }

    /// The serialised row of the entry at `index` in a file of `kind` rows: the last build's
    /// when the entry's inputs are the same, else made by `make`.
    func row(_ kind: String, entry index: Int, _ make: () -> [UInt8]) -> ArraySlice<UInt8> {
        guard let fragments, let key = rowKey(kind, entry: index) else { return make()[...] }
        return fragments.fragment(key, make: make)
    }

    /// Puts `bytes` in the memo as the entry's row, in place of one that could not be read.
    func replaceRow(_ kind: String, entry index: Int, with bytes: [UInt8]) {
        guard let fragments, let key = rowKey(kind, entry: index) else { return }
        fragments.replace(key, with: bytes)
    }

    func keepRows(_ kind: String, of entries: [Int]) {
        guard let fragments else { return }
        for index in entries {
            if let key = rowKey(kind, entry: index) { fragments.keep(key) }
        }
    }

    /// What the entry's row is made of (`listed`: how it shows, not what refers to it), under
    /// the kind of row.
    private func rowKey(_ kind: String, entry index: Int) -> String? {
        keys?.listed[index].map { kind + " " + $0 }
    }
}
