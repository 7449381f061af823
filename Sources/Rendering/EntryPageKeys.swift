import Content
import Text

/// Keys of pages and data files worked out from what they are made of, so an incremental
/// build can keep a file without building its context (the costly part: fields, JSON-LD).
///
/// An entry page shows its own entry, the entries its refs lead to (titles; JSON-LD follows
/// refs further, so all that are reachable), and the entries that refer to it, each with the
/// titles of its own refs (summaries show them). The key covers those entries' source
/// fingerprints, git dates and timeline states and every ref's resolution, plus what all
/// pages share: layouts, site.yml, the options and the engine (`global`). The build's date
/// is not among them: pages and files that show it add it to their own keys.
/// A page whose reachable entries are too many to be worth it gets no key and is
/// fingerprinted by its context as before.
///
/// Lists, calendars, exports and the API show an entry without the entries that refer to it
/// (`shown`), so editing a training does not change every list that shows its project.
public struct EntryPageKeys: Sendable {
    let model: SiteModel
    /// Source fingerprint by content path (`content/projektai/x.md`).
    let fingerprints: [String: String]
    let global: String
    /// Each entry's refs, resolved once: an entry is reached from many pages.
    let references: [[(target: String, index: Int?)]]
    /// What each entry's summary, data rows, events and search document are made of: the
    /// entry and every entry its refs reach; `nil` for an entry that reaches too many others.
    public private(set) var shown: [String?] = []
    /// What each entry's page is made of: `shown`, and the entries that refer to it.
    private(set) var inputs: [String?] = []
    static let reachableLimit = 256

    public init(model: SiteModel, fingerprints: [String: String], global: String) {
        self.model = model
        self.fingerprints = fingerprints
        self.global = global
        let indices = Array(model.site.entries.indices)
        references = indices.parallelMap { model.references(of: $0) }
        let keys = self
        shown = indices.parallelMap { keys.reach(of: $0) }
        let withShown = self
        inputs = indices.parallelMap { withShown.inputs(of: $0) }
    }

    func key(entry index: Int, template: String) -> String? {
        guard let inputs = inputs[index] else { return nil }
        var hasher = Fingerprint()
        hasher.combine("entry-page")
        hasher.combine(inputs)
        hasher.combine(template)
        return hasher.hexDigest
    }

    /// A key for a file made from how the entries at `indexes` show in lists, rows and events
    /// (in this order), and from what `kind` names (a list, an output); `nil` when an entry
    /// has no key.
    func key(_ kind: String, entries indexes: [Int]) -> String? {
        var hasher = Fingerprint()
        hasher.combine(kind)
        hasher.combine(global)
        for index in indexes {
            guard let shown = shown[index] else { return nil }
            hasher.combine(shown)
        }
        return hasher.hexDigest
    }

    /// The entry and everything its refs reach, with each ref's resolution.
    private func reach(of index: Int) -> String? {
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
        return hasher.hexDigest
    }

    /// `shown`, and the entries that refer to the entry (its page lists them), each with
    /// what it refers to (their summaries show ref titles).
    private func inputs(of index: Int) -> String? {
        guard let shown = shown[index] else { return nil }
        var hasher = Fingerprint()
        hasher.combine(shown)
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

    /// One entry: its source, its git date and its timeline state (the only way "now" reaches
    /// an entry; its days left are kept only where pages show them).
    private func combine(entry index: Int, into hasher: inout Fingerprint) {
        let entry = model.site.entries[index]
        hasher.combine(entry.sourcePath)
        hasher.combine(fingerprints[entry.sourcePath] ?? "?")
        hasher.combine(entry.updated?.description ?? "-")
        if let state = model.timelines[index] {  // no string built: this runs for every entry a key reaches
            hasher.combine(state.status.rawValue)
            hasher.combine(state.next?.plainText ?? "-")
            hasher.combine(word: UInt64(bitPattern: Int64(state.daysLeft ?? -1)))
        }
    }
}
