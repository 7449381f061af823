import Config
import Content
import Foundation
import Support
import Text

extension SiteModel {
    /// The `derive` stage: default orders, taxonomies, back-references, timelines and views.
    package convenience init(site: Site, now: LocalDateTime) { self.init(site: site, now: now, memo: nil, context: "") }

    /// The `derive` stage, with orders, terms and references from `memo` when it was made from
    /// the same shape (see `ModelMemo`); `context` is what else they depend on (site.yml, the
    /// options, the engine), so it is asked for whenever a memo is.
    package convenience init(site: Site, now: LocalDateTime, memo: ModelMemo?, context: String) {
        let entries = site.entries
        var lookup: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let collection = entry.collection { lookup[collection + "/" + entry.slug] = index }
        }
        var timelines: [Int: TimelineState] = [:]
        var members: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let collection = entry.collection { members[collection, default: []].append(index) }
        }
        for schema in site.config.collections {
            guard let timeline = schema.timeline, let indexes = members[schema.name] else { continue }
            let states = indexes.parallelMap { Self.state(of: entries[$0], timeline: timeline, now: now) }
            for (index, state) in zip(indexes, states) { timelines[index] = state }
        }
        let shape = ModelMemo.shape(context: context, entries: entries, timelines: timelines)
        let kept = memo?.structures(shape: shape, config: site.config, entries: entries.count)
        // The same shape has the same titles: a memo kept in memory keeps their keys too.
        let titleKeys = (kept != nil ? memo?.titleKeys(shape: shape) : nil) ?? Collation.keys(entries.map(\.title))
        let derived = kept ?? Self.structures(site, members: members, timelines: timelines, lookup: lookup, titleKeys: titleKeys)
        self.init(
            site: site, now: now, derived: derived, timelines: timelines, lookup: lookup, titleKeys: titleKeys, shape: shape,
            isFromMemo: kept != nil)
    }

    /// What the memo keeps: orders, terms, refs and back-references, derived afresh.
    private static func structures(
        _ site: Site, members: [String: [Int]], timelines: [Int: TimelineState], lookup: [String: Int],
        titleKeys: [Collation.Key]
    ) -> ModelMemo.Structures {
        let entries = site.entries
        var collections: [String: [Int]] = [:]
        for schema in site.config.collections {
            collections[schema.name] = Self.sorted(
                members[schema.name] ?? [], by: schema.sortField, descending: schema.sortDescending, entries: entries,
                timelines: timelines, titles: titleKeys)
        }
        let siteOrder = site.config.collections.flatMap { collections[$0.name] ?? [] }
        let taxonomies = Self.taxonomies(site.config, entries: entries, order: siteOrder)
        let references = entries.parallelMap { [lookup] in Self.references(of: $0, config: site.config, lookup: lookup) }
        let backReferences = Self.backReferences(site.config, entries: entries, order: siteOrder, references: references)
        var views: [String: [Int]] = [:]
        for view in site.config.views {
            let members = (collections[view.collection] ?? []).filter { index in
                view.filter.allSatisfy { condition in
                    if condition.field == "timeline" { return timelines[index]?.status.rawValue == condition.value }
                    return entries[index].fields[condition.field]?.plainText == condition.value
                }
            }
            views[view.name] = Self.sorted(
                members, by: view.sortField, descending: view.sortDescending, entries: entries, timelines: timelines,
                titles: titleKeys)
        }
        return ModelMemo.Structures(
            collections: collections, taxonomies: taxonomies, backReferences: backReferences, views: views,
            references: references)
    }

    // MARK: - Timelines

    static func state(of entry: Entry, timeline: Timeline, now: LocalDateTime) -> TimelineState {
        var state = baseState(of: entry, timeline: timeline, now: now)
        guard state.status != .closed else { return state }
        if state.status == .open, let path = timeline.starts {
            let starts = EntryValidator.resolve(path, in: entry.fields).sorted { sortKey($0) < sortKey($1) }
            state.isRunning = starts.first.map { isPast($0, now: now) } ?? false
        }
        if let path = timeline.registration, let deadline = EntryValidator.resolve(path, in: entry.fields).first {
            state.registration = deadline
            state.isRegistrationClosed = isPast(deadline, now: now)
        }
        return state
    }

    /// Planned, open or closed, by the opening date and the deadlines alone.
    private static func baseState(of entry: Entry, timeline: Timeline, now: LocalDateTime) -> TimelineState {
        let deadlines = EntryValidator.resolve(timeline.deadlines, in: entry.fields)
        let ahead = deadlines.filter { !isPast($0, now: now) }.sorted { sortKey($0) < sortKey($1) }
        if let opens = timeline.opens.flatMap({ EntryValidator.resolve($0, in: entry.fields).first }),
            let instant = opens.instant, EntryValidator.compare(now, instant) < 0
        {
            return TimelineState(status: .planned, next: ahead.first, daysLeft: nil)
        }
        guard let next = ahead.first else { return TimelineState(status: .closed, next: nil, daysLeft: nil) }
        return TimelineState(status: .open, next: next, daysLeft: timeline.countdown ? daysLeft(next, now) : nil)
    }

    /// A plain date lasts through its whole day; a date-time passes at that minute.
    static func isPast(_ deadline: FieldValue, now: LocalDateTime) -> Bool {
        switch deadline {
        case .date(let d): return d < now.date
        case .dateTime(let t): return t <= now
        default: return false
        }
    }

    static func daysLeft(_ deadline: FieldValue, _ now: LocalDateTime) -> Int {
        (deadline.instant?.date.dayNumber ?? now.date.dayNumber) - now.date.dayNumber
    }

    // MARK: - Sorting

    /// A comparable key for one value: instants and numbers by value, text by Lithuanian collation.
    enum SortKey: Comparable {
        case number(Double)
        case instant(LocalDateTime)
        case text(Collation.Key)

        static func < (a: SortKey, b: SortKey) -> Bool {
            switch (a, b) {
            case let (.number(x), .number(y)): return x < y
            case let (.instant(x), .instant(y)): return x < y
            case let (.text(x), .text(y)): return x < y
            case (.number, _): return true
            case (.instant, .text): return true
            default: return false
            }
        }
    }

    static func sortKey(_ value: FieldValue) -> SortKey {
        sortKeys([value])[0]!
    }

    /// The keys of many values, text keys made with one collator.
    static func sortKeys(_ values: [FieldValue?]) -> [SortKey?] {
        var keys: [SortKey?] = values.map { value in
            guard let value else { return nil }
            if let instant = value.instant { return .instant(instant) }
            if let number = value.numeric { return .number(number) }
            return nil
        }
        let textual = values.indices.filter { values[$0] != nil && keys[$0] == nil }
        guard !textual.isEmpty else { return keys }
        for (i, key) in zip(textual, Collation.keys(textual.map { values[$0]!.plainText })) { keys[i] = .text(key) }
        return keys
    }

    /// Sorts entries by a dotted field path (or `timeline` for the next deadline); entries
    /// without a value go last; ties fall back to title, then slug, so the order is total.
    static func sorted(
        _ indexes: [Int], by path: String, descending: Bool, entries: [Entry], timelines: [Int: TimelineState],
        titles: [Collation.Key]
    ) -> [Int] {
        // Keys and titles are worked out once per entry, not once per comparison.
        struct Item {
            var index: Int
            var key: SortKey?
            var title: Collation.Key
            var slug: String
        }
        let values = indexes.parallelMap { index -> FieldValue? in
            if path == "timeline" { return timelines[index]?.next }
            let candidates = EntryValidator.resolve(path, in: entries[index].fields)
            guard candidates.count > 1 else { return candidates.first }
            let keys = sortKeys(candidates)
            return candidates.indices.min { keys[$0]! < keys[$1]! }.map { candidates[$0] }
        }
        let keys = sortKeys(values)
        let items = indexes.indices.map { i in
            Item(index: indexes[i], key: keys[i], title: titles[indexes[i]], slug: entries[indexes[i]].slug)
        }
        return items.sorted { a, b in
            switch (a.key, b.key) {
            case let (x?, y?) where x != y: return descending ? y < x : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.title != b.title { return a.title < b.title }
                return a.slug < b.slug
            }
        }.map(\.index)
    }

    /// Entries of this model sorted by a field path (newest first for the home page, say).
    package static func sorted(_ indexes: [Int], by path: String, descending: Bool, model: SiteModel) -> [Int] {
        sorted(
            indexes, by: path, descending: descending, entries: model.site.entries, timelines: model.timelines,
            titles: model.titleKeys)
    }

    // MARK: - Taxonomies and references

    static func taxonomies(_ config: SiteConfig, entries: [Entry], order: [Int]) -> [TaxonomyTerms] {
        // Which fields of each collection feed which taxonomy, worked out once, not per entry.
        let sources = Dictionary(
            config.collections.map { collection in
                (
                    collection.name,
                    collection.fields.compactMap { field -> (taxonomy: Int, field: String)? in
                        guard let name = field.taxonomy, let t = config.taxonomies.firstIndex(where: { $0.name == name }) else { return nil }
                        return (t, field.name)
                    }
                )
            }, uniquingKeysWith: { first, _ in first })
        // The names each entry gives each taxonomy, on all cores; gathered in site order below.
        let uses = order.parallelMap { index -> [(taxonomy: Int, name: String)] in
            let entry = entries[index]
            return (entry.collection.flatMap { sources[$0] } ?? []).flatMap { t, field -> [(taxonomy: Int, name: String)] in
                guard let value = entry.fields[field] else { return [] }
                if case .list(let items) = value { return items.map { (t, $0.plainText) } }
                return [(t, value.plainText)]
            }
        }
        // Slugging decomposes Unicode (slow): once per distinct name, not once per use.
        var slugs: [String: String] = [:]
        var positions = [[String: Int]](repeating: [:], count: config.taxonomies.count)
        var terms = [[Term]](repeating: [], count: config.taxonomies.count)
        for (index, entryUses) in zip(order, uses) {
            for (t, name) in entryUses {
                let slug: String
                if let known = slugs[name] {
                    slug = known
                } else {
                    slug = Slug.make(name)
                    slugs[name] = slug
                }
                if let position = positions[t][slug] {
                    if terms[t][position].entries.last != index { terms[t][position].entries.append(index) }
                } else {
                    positions[t][slug] = terms[t].count
                    terms[t].append(Term(name: config.taxonomies[t].label(of: name, slug: slug), slug: slug, entries: [index]))
                }
            }
        }
        return config.taxonomies.indices.map { t in
            let unsorted = terms[t]
            let names = Collation.keys(unsorted.map(\.name))
            let sorted = unsorted.indices.sorted { a, b in
                unsorted[a].name == unsorted[b].name ? unsorted[a].slug < unsorted[b].slug : names[a] < names[b]
            }
            return TaxonomyTerms(schema: config.taxonomies[t], terms: sorted.map { unsorted[$0] })
        }
    }

    static func references(of entry: Entry, config: SiteConfig, lookup: [String: Int]) -> [Reference] {
        guard let schema = entry.collection.flatMap(config.collection) else { return [] }
        return schema.fields.indices.flatMap { field in
            refTargets(schema.fields[field].type, entry.fields[schema.fields[field].name]).map { collection, slug in
                let target = collection + "/" + slug
                return Reference(target: target, index: lookup[target], field: field)
            }
        }
    }

    static func backReferences(
        _ config: SiteConfig, entries: [Entry], order: [Int], references: [[Reference]]
    ) -> [Int: [BackReferenceGroup]] {
        var groups: [Int: [BackReferenceGroup]] = [:]
        for source in order {
            guard let collection = entries[source].collection, let schema = config.collection(collection) else { continue }
            for reference in references[source] {
                guard let index = reference.index else { continue }
                let field = schema.fields[reference.field]
                // Mutated in place: a copy of the list per reference made popular targets quadratic.
                if let g = groups[index]?.firstIndex(where: { $0.collection == collection && $0.field == field.name }) {
                    if groups[index]![g].entries.last != source { groups[index]![g].entries.append(source) }
                } else {
                    groups[index, default: []].append(
                        BackReferenceGroup(collection: collection, field: field.name, fieldLabel: field.label, entries: [source]))
                }
            }
        }
        return groups
    }

    /// (collection, slug) pairs a field's value refers to, through lists and objects.
    static func refTargets(_ type: FieldType, _ value: FieldValue?) -> [(String, String)] {
        switch (type, value) {
        case let (.ref(collection), .ref(slug)?): return [(collection, slug)]
        case let (.list(item), .list(values)?): return values.flatMap { refTargets(item.type, $0) }
        case let (.object(fields), .object(values)?):
            return fields.flatMap { refTargets($0.type, values[$0.name]) }
        default: return []
        }
    }
}
