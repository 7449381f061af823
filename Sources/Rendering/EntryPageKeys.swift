import Content
import Text

/// Keys of entry pages worked out from what the page is made of, so an incremental build
/// can keep a page without building its context (the costly part: fields, JSON-LD).
///
/// An entry page shows its own entry, the entries its refs lead to (titles; JSON-LD follows
/// refs further, so all that are reachable), and the entries that refer to it, each with the
/// titles of its own refs (summaries show them). The key covers those entries' source
/// fingerprints and every ref's resolution, plus what all pages share: layouts, site.yml,
/// the build's "now" and options (`global`). A page whose reachable entries are too many to
/// be worth it gets no key and is fingerprinted by its context as before.
///
/// The same inputs key the machine-readable files made from entries (calendars, exports, the
/// API): what an entry's page shows covers what its rows and events hold.
public struct EntryPageKeys: Sendable {
    let model: SiteModel
    /// Source fingerprint by content path (`content/projektai/x.md`).
    let fingerprints: [String: String]
    let global: String
    /// Each entry's refs, resolved once: an entry is reached from many pages.
    let references: [[(target: String, index: Int?)]]
    /// The fingerprint of everything each entry's page and data are made of (see above);
    /// `nil` for an entry that reaches too many others.
    private(set) var inputs: [String?] = []
    static let reachableLimit = 256

    public init(model: SiteModel, fingerprints: [String: String], global: String) {
        self.model = model
        self.fingerprints = fingerprints
        self.global = global
        let indices = Array(model.site.entries.indices)
        references = indices.parallelMap { model.references(of: $0) }
        let keys = self
        inputs = indices.parallelMap { keys.inputs(of: $0) }
    }

    func key(entry index: Int, template: String) -> String? {
        guard let inputs = inputs[index] else { return nil }
        var hasher = Fingerprint()
        hasher.combine("entry-page")
        hasher.combine(inputs)
        hasher.combine(template)
        return hasher.hexDigest
    }

    /// A key for a file made from the entries at `indexes` (in this order) and what `kind`
    /// names (a collection, an output); `nil` when an entry has no key.
    func key(_ kind: String, entries indexes: [Int]) -> String? {
        var hasher = Fingerprint()
        hasher.combine(kind)
        hasher.combine(global)
        for index in indexes {
            guard let inputs = inputs[index] else { return nil }
            hasher.combine(inputs)
        }
        return hasher.hexDigest
    }

    private func inputs(of index: Int) -> String? {
        var hasher = Fingerprint()
        hasher.combine(global)
        var reached: Set<Int> = [index]
        var pending = [index]
        while let next = pending.popLast() {
            combine(entry: next, into: &hasher)
            for reference in references[next] {
                hasher.combine(reference.target)
                guard let target = reference.index else { continue }
                if reached.insert(target).inserted { pending.append(target) }
            }
            guard reached.count <= Self.reachableLimit else { return nil }
        }
        for group in model.backReferences[index] ?? [] {
            hasher.combine(group.collection)
            hasher.combine(group.field)
            for source in group.entries {
                combine(entry: source, into: &hasher)
                for reference in references[source] {
                    hasher.combine(reference.target)
                    if let target = reference.index { combine(entry: target, into: &hasher) }
                }
            }
        }
        return hasher.hexDigest
    }

    private func combine(entry index: Int, into hasher: inout Fingerprint) {
        let entry = model.site.entries[index]
        hasher.combine(entry.sourcePath)
        hasher.combine(fingerprints[entry.sourcePath] ?? "?")
        hasher.combine(entry.updated?.description ?? "-")
    }
}
