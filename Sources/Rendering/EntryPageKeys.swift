import Config
import Model
import Support

/// Keys of pages and data files worked out from what they are made of, so an incremental
/// build can keep a file without building its context (the costly part: fields, JSON-LD).
///
/// Other pages and files show an entry by its listing (`Entry.listingKey`: all of it but the
/// body, of which only the excerpt), without the entries that refer to it, so editing a
/// training does not change every list that shows its project, and an edit down a body
/// changes no list at all. Lists, term pages, views and the back-references on entry pages
/// show an entry's summary: its listing and the title and URL of each entry it refers to
/// (`summarised`), so an edit to a library's description does not reach the lists of its
/// projects. Calendars, exports and the API may follow refs as far as their templates ask
/// (`listed`: the listings of every entry the refs reach). An entry's search document is
/// made of the whole entry and the listings it reaches (`whole`), and so is its page (its
/// JSON-LD follows refs), with the summaries of the entries that refer to it. Keys cover
/// those entries' listings, git dates and timeline states and every ref's resolution, plus
/// what all pages share: layouts, site.yml, the options and the engine (`global`). The
/// build's date is not among them: pages and files that show it add it to their own keys.
/// An entry that reaches too many others has no `listed` or `whole` key: its page and the
/// data files and feeds showing it are fingerprinted by their context as before (its
/// summary has a key always: it reaches only the entries it names).
package struct EntryPageKeys: Sendable {
    let model: SiteModel
    /// Source fingerprint by content path (`content/projektai/x.md`).
    let fingerprints: [String: String]
    let global: String
    /// What each entry's summary is made of: its listing, and the title and URL of each
    /// entry it refers to.
    private(set) var summarised: [String] = []
    /// What each entry's data rows and events are made of: its listing and those of every
    /// entry its refs reach; `nil` for an entry that reaches too many others.
    private(set) var listed: [String?] = []
    /// What each entry's search document is made of: `listed` and the entry's source.
    package private(set) var whole: [String?] = []
    /// What each entry's page is made of: `whole`, and the entries that refer to it.
    private(set) var inputs: [String?] = []
    static let reachableLimit = 256
    /// The fields that name files, by collection: an entry's files are looked up only when
    /// it fills one (a page's `attachments` always may).
    private let fileFields: [String: [String]]

    package init(model: SiteModel, fingerprints: [String: String], global: String) {
        self.model = model
        self.fingerprints = fingerprints
        self.global = global
        fileFields = Dictionary(uniqueKeysWithValues: model.config.collections.map { collection in
            (collection.name, collection.fields.filter(Self.namesFiles).map(\.name))
        })
        let indices = Array(model.site.entries.indices)
        let keys = self
        summarised = indices.parallelMap { keys.summary(of: $0) }
        let reached = indices.parallelMap { keys.reach(of: $0) }
        listed = reached.map { $0?.listed }
        whole = reached.map { $0?.whole }
        let withReach = self
        inputs = indices.parallelMap { withReach.inputs(of: $0) }
    }

    func key(entry index: Int, template: String) -> String? {
        guard let inputs = inputs[index] else { return nil }
        var hasher = Fingerprint()
        hasher.combine("entry-page")
        hasher.combine(inputs)
        hasher.combine(template)
        return hasher.hexDigest
    }

    /// How a page or file shows the entries it is made of.
    enum Showing {
        /// By their summaries: lists, term pages, views.
        case summaries
        /// As rows and events, whose templates may follow refs: calendars, exports, the API.
        case rows
        /// Whole, bodies and all: feeds.
        case bodies
    }

    /// A key for a file made from the entries at `indexes` (in this order), shown as `showing`
    /// says, and from what `kind` names (a list, an output); `nil` when an entry has no key.
    func key(_ kind: String, entries indexes: [Int], showing: Showing) -> String? {
        var hasher = Fingerprint()
        hasher.combine(kind)
        hasher.combine(global)
        for index in indexes {
            let key = switch showing {
            case .summaries: summarised[index]
            case .rows: listed[index]
            case .bodies: whole[index]
            }
            guard let key else { return nil }
            hasher.combine(key)
        }
        return hasher.hexDigest
    }

    /// The entry's listing, and each of its refs' resolution with the title and URL of the
    /// entry reached: all a summary shows of them (a ref field is a link).
    private func summary(of index: Int) -> String {
        var hasher = Fingerprint()
        combine(entry: index, into: &hasher)
        for reference in model.references[index] {
            hasher.combine(reference.target)
            guard let target = reference.index else {
                hasher.combine(tag: 0)
                continue
            }
            let entry = model.site.entries[target]
            hasher.combine(tag: 1)
            hasher.combine(entry.title)
            hasher.combine(entry.url)
        }
        return hasher.hexDigest
    }

    /// The listings of the entry and of everything its refs reach, with each ref's
    /// resolution; and those with the entry's source.
    private func reach(of index: Int) -> (listed: String, whole: String)? {
        var hasher = Fingerprint()
        hasher.combine(global)
        // Most entries reach a handful of others: a list searched in place, not a set hashed.
        var reached = [index]
        var pending = [index]
        while let next = pending.popLast() {
            combine(entry: next, into: &hasher)
            for reference in model.references[next] {
                hasher.combine(reference.target)
                guard let target = reference.index, !reached.contains(target) else { continue }
                reached.append(target)
                pending.append(target)
            }
            guard reached.count <= Self.reachableLimit else { return nil }
        }
        let listed = hasher.hexDigest
        let entry = model.site.entries[index]
        hasher.combine(fingerprints[entry.sourcePath] ?? "?")
        // Its page lists its files, and its search document holds their text.
        if entry.collection.map({ fileFields[$0]?.contains { entry.fields[$0] != nil } ?? true }) ?? true {
            for file in entry.files(model.config) { hasher.combine(model.site.attachments[file.sitePath]?.fingerprint ?? "-") }
        }
        return (listed, hasher.hexDigest)
    }

    /// Whether a field holds a file, or a list of them (`Entry.files`).
    private static func namesFiles(_ field: FieldSchema) -> Bool {
        switch field.type {
        case .file: return true
        case .list(let item): if case .file = item.type { return true } else { return false }
        default: return false
        }
    }

    /// `whole`, and the summaries of the entries that refer to the entry (its page lists them).
    private func inputs(of index: Int) -> String? {
        guard let whole = whole[index] else { return nil }
        var hasher = Fingerprint()
        hasher.combine(whole)
        for group in model.backReferences[index] ?? [] {
            hasher.combine(group.collection)
            hasher.combine(group.field)
            for source in group.entries { hasher.combine(summarised[source]) }
        }
        return hasher.hexDigest
    }

    /// How one entry shows: its listing, its git date and its timeline state (the only way
    /// "now" reaches an entry; its days left are kept only where pages show them).
    private func combine(entry index: Int, into hasher: inout Fingerprint) {
        // No string is built here: this runs for every entry a key reaches.
        let entry = model.site.entries[index]
        hasher.combine(entry.sourcePath)
        hasher.combine(word: entry.listingKey)
        hasher.combine(word: UInt64(bitPattern: Int64(entry.updated?.dayNumber ?? Int.min)))
        if let state = model.timelines[index] {
            hasher.combine(state.status.rawValue)
            switch state.next {  // deadlines are dates or date-times
            case .date(let day)?:
                hasher.combine(tag: 1)
                hasher.combine(word: UInt64(bitPattern: Int64(day.dayNumber)))
            case .dateTime(let time)?:
                hasher.combine(tag: 2)
                hasher.combine(time.description)
            case let other?:
                hasher.combine(tag: 3)
                hasher.combine(other.plainText)
            case nil:
                hasher.combine(tag: 0)
            }
            hasher.combine(word: UInt64(bitPattern: Int64(state.daysLeft ?? -1)))
            // Running and registration closed change with the build date too.
            hasher.combine(tag: (state.isRunning ? 1 : 0) | (state.isRegistrationClosed ? 2 : 0))
            hasher.combine(state.registration?.plainText ?? "")
        }
    }
}
