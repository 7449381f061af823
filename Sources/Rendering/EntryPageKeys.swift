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
public struct EntryPageKeys: Sendable {
    let model: SiteModel
    /// Source fingerprint by content path (`content/projektai/x.md`).
    let fingerprints: [String: String]
    let global: String
    /// Each entry's refs, resolved once: an entry is reached from many pages.
    let references: [[(target: String, index: Int?)]]
    static let reachableLimit = 256

    public init(model: SiteModel, fingerprints: [String: String], global: String) {
        self.model = model
        self.fingerprints = fingerprints
        self.global = global
        references = Array(model.site.entries.indices).parallelMap { model.references(of: $0) }
    }

    func key(entry index: Int, template: String) -> String? {
        var hasher = Fingerprint()
        hasher.combine("entry-page")
        hasher.combine(global)
        hasher.combine(template)
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
