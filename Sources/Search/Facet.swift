import Config
import Model

/// A filter of the search page: its values carry global ids, numbered across all facets.
struct Facet {
    struct Value {
        /// In URLs (`?temos=skaitymo-skatinimas`).
        var key: String
        var label: String
        /// Documents with the value in the whole index.
        var count = 0
    }

    /// The URL parameter (`skiltis`, `metai`, `busena`, or a taxonomy's name).
    var key: String
    var label: String
    var values: [Value]
}

/// Numbers facet values: collections, years (newest first), timeline statuses, taxonomy terms.
struct FacetBuilder {
    private(set) var facets: [Facet] = []
    private var firstID: [Int] = []
    private var yearIDs: [Int: Int] = [:]
    private var statusIDs: [String: Int] = [:]
    /// Entry index → taxonomy value ids.
    private var termIDs: [Int: [Int]] = [:]

    /// - Parameter years: the years of the documents' dates.
    init(model: SiteModel, years: Set<Int>) {
        let config = model.config
        var collections = config.collections.map { Facet.Value(key: $0.name, label: $0.title) }
        if model.site.entries.contains(where: { $0.collection == nil && $0.url != "/" }) {
            collections.append(Facet.Value(key: "puslapiai", label: "Kiti puslapiai"))
        }
        add(Facet(key: "skiltis", label: "Skiltis", values: collections))

        let sortedYears = years.sorted(by: >)
        for (i, year) in sortedYears.enumerated() { yearIDs[year] = next + i }
        add(Facet(key: "metai", label: "Metai", values: sortedYears.map { Facet.Value(key: String($0), label: String($0)) }))

        var statuses: [Facet.Value] = []
        for schema in config.collections {
            guard let timeline = schema.timeline else { continue }
            for status in Timeline.Status.allCases {
                statusIDs["\(schema.name):\(status.rawValue)"] = next + statuses.count
                let label = (timeline.labels[status] ?? status.rawValue).lowercased()
                statuses.append(Facet.Value(key: "\(schema.name):\(status.rawValue)", label: "\(schema.title): \(label)"))
            }
        }
        if !statuses.isEmpty { add(Facet(key: "busena", label: "Būsena", values: statuses)) }

        for taxonomy in model.taxonomies {
            for (i, term) in taxonomy.terms.enumerated() {
                for entry in term.entries { termIDs[entry, default: []].append(next + i) }
            }
            add(Facet(
                key: taxonomy.schema.name, label: taxonomy.schema.title,
                values: taxonomy.terms.map { Facet.Value(key: $0.slug, label: $0.name) }))
        }
        self.timelines = model.timelines
    }

    private var timelines: [Int: TimelineState] = [:]
    private var next: Int { facets.reduce(0) { $0 + $1.values.count } }

    private mutating func add(_ facet: Facet) {
        firstID.append(next)
        facets.append(facet)
    }

    func collectionValue(_ group: Int) -> Int { firstID[0] + group }
    func yearValue(_ year: Int) -> Int { yearIDs[year]! }

    /// Status and taxonomy value ids of an entry.
    func values(of entry: Int, schema: CollectionSchema?) -> [Int] {
        var ids = termIDs[entry] ?? []
        if let schema, let state = timelines[entry], let id = statusIDs["\(schema.name):\(state.status.rawValue)"] {
            ids.append(id)
        }
        return ids.sorted()
    }

    /// The facets with their global counts.
    func finish(documents: [SearchCorpus.Document], ranges: [(start: Int, collection: Int, year: Int?)]) -> [Facet] {
        var counts = [Int](repeating: 0, count: next)
        for (i, range) in ranges.enumerated() {
            let size = (i + 1 < ranges.count ? ranges[i + 1].start : documents.count) - range.start
            counts[range.collection] += size
            if let year = range.year { counts[year] += size }
        }
        for doc in documents { for id in doc.values { counts[id] += 1 } }
        var result = facets
        var id = 0
        for f in result.indices {
            for v in result[f].values.indices {
                result[f].values[v].count = counts[id]
                id += 1
            }
        }
        return result
    }
}
