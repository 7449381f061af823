import Cache
import Config
import Content
import Support
import Text

/// The derive stage's costly structures of the last build, for a build whose entries have
/// the same places and front matter (`Entry.frontMatterKey`) and stand the same on their
/// timelines: collection and view orders, taxonomy terms, refs and back-references. A body
/// edit changes none of them, and deriving them again is most of a rebuild's derive stage
/// (docs/benchmarks.md).
///
/// A `CacheFile` whose context is the shape the structures were derived from (`shape`):
/// another shape, or a damaged file, reads as nothing, and the structures are derived afresh.
package struct ModelMemo: Sendable {
    struct Structures: Sendable {
        var collections: [String: [Int]]
        var taxonomies: [TaxonomyTerms]
        var backReferences: [Int: [BackReferenceGroup]]
        var views: [String: [Int]]
        var references: [[Reference]]
    }

    /// Structures kept in memory with the stamped shape they were derived for.
    struct Kept: Sendable {
        var shape: String
        var structures: Structures
        /// Every entry's title as a collation key (`SiteModel.titleKeys`).
        var titleKeys: [Collation.Key]
    }

    /// The last build's file, checked only against the shape of this build.
    let bytes: [UInt8]
    /// What the shape is checked as (`CacheStore.stamped`: with the engine).
    let stamp: @Sendable (String) -> String

    /// The last build's structures as values, with their stamped shape, when the process kept
    /// them (`ResidentCache`): nothing to decode.
    let kept: Kept?

    package init(bytes: [UInt8], stamp: @escaping @Sendable (String) -> String = { $0 }) {
        self.bytes = bytes
        self.stamp = stamp
        kept = nil
    }

    init(kept: Kept?, stamp: @escaping @Sendable (String) -> String) {
        bytes = []
        self.stamp = stamp
        self.kept = kept
    }

    static let version = 3

    /// What the structures are made of: `context` (site.yml, the engine), every published
    /// entry's path and front matter, in order, and every timeline state.
    static func shape(context: String, entries: [Entry], timelines: [Int: TimelineState]) -> String {
        var hasher = Fingerprint()
        hasher.combine("model-memo \(version)")
        hasher.combine(context)
        for entry in entries {
            hasher.combine(entry.sourcePath)
            hasher.combine(word: entry.frontMatterKey)
        }
        var state = ByteWriter()
        for index in timelines.keys.sorted() {
            let timeline = timelines[index]!
            state.varint(index)
            state.string(timeline.status.rawValue)
            RecordCoding.optional(timeline.next, &state) { RecordCoding.value($0, &$1) }
            RecordCoding.optional(timeline.daysLeft, &state) { $1.word(UInt64(bitPattern: Int64($0))) }
            state.varint((timeline.isRunning ? 1 : 0) | (timeline.isRegistrationClosed ? 2 : 0))
            RecordCoding.optional(timeline.registration, &state) { RecordCoding.value($0, &$1) }
        }
        hasher.combine(bytes: state.bytes)
        return hasher.hexDigest
    }

    /// The structures, if this memo was written for `shape` and fits `config` and `entries`.
    func structures(shape: String, config: SiteConfig, entries: Int) -> Structures? {
        if let kept { return kept.shape == stamp(shape) ? kept.structures : nil }
        guard let records = CacheFile.read(bytes, context: stamp(shape)) else { return nil }
        func read<T>(_ key: String, _ decode: (inout ByteReader) throws(ByteReader.Malformed) -> T) -> T? {
            records[key].flatMap { slice in
                slice.withUnsafeBytes { raw in
                    var reader = ByteReader(raw)
                    guard let value = try? decode(&reader), reader.isAtEnd else { return nil }
                    return value
                }
            }
        }
        let coding = Coding(config: config, entries: entries)
        guard let collections = read("collections", coding.orders(config.collections.map(\.name))),
            let views = read("views", coding.orders(config.views.map(\.name))),
            let taxonomies = read("taxonomies", coding.taxonomies),
            let backReferences = read("back-references", coding.backReferences),
            let references = read("references", coding.references)
        else { return nil }
        return Structures(
            collections: collections, taxonomies: taxonomies, backReferences: backReferences, views: views,
            references: references)
    }

    /// The title keys kept with the structures for `shape`, if they were kept in memory.
    func titleKeys(shape: String) -> [Collation.Key]? {
        kept.flatMap { $0.shape == stamp(shape) ? $0.titleKeys : nil }
    }

    /// Writes the structures of `model` through `write` (see `CacheFile`), its shape checked
    /// as `stamp` makes it.
    package static func encode(_ model: SiteModel, stamp: (String) -> String = { $0 }, _ write: ([UInt8]) -> Bool) {
        let coding = Coding(config: model.config, entries: model.site.entries.count)
        let records: [String: @Sendable () -> [UInt8]] = [
            "collections": { coding.write(orders: model.collections, names: model.config.collections.map(\.name)) },
            "views": { coding.write(orders: model.views, names: model.config.views.map(\.name)) },
            "taxonomies": { coding.write(taxonomies: model.taxonomies) },
            "back-references": { coding.write(backReferences: model.backReferences) },
            "references": { coding.write(references: model.references) },
        ]
        CacheFile.write(context: stamp(model.shape), keys: records.keys.sorted(), value: { records[$0]!() }, to: write)
    }
}

/// The structures as bytes; reading checks every entry index against the entry count, and
/// every ref's field against the most fields a collection has (the field is read only when
/// back-references are derived, never from a memo), so a memo can never make a model that
/// points past its entries.
private struct Coding: Sendable {
    let config: SiteConfig
    let entries: Int
    /// The most fields any collection has: a ref's field is a place among its collection's.
    var fields: Int { config.collections.map(\.fields.count).max() ?? 0 }

    func write(orders: [String: [Int]], names: [String]) -> [UInt8] {
        var out = ByteWriter()
        for name in names { indexes(orders[name] ?? [], &out) }
        return out.bytes
    }

    func orders(_ names: [String]) -> (inout ByteReader) throws(ByteReader.Malformed) -> [String: [Int]] {
        { r throws(ByteReader.Malformed) in
            var orders: [String: [Int]] = [:]
            for name in names { orders[name] = try indexes(&r) }
            return orders
        }
    }

    func write(taxonomies: [TaxonomyTerms]) -> [UInt8] {
        var out = ByteWriter()
        for taxonomy in taxonomies {
            out.varint(taxonomy.terms.count)
            for term in taxonomy.terms {
                out.string(term.name)
                out.string(term.slug)
                indexes(term.entries, &out)
            }
        }
        return out.bytes
    }

    func taxonomies(_ r: inout ByteReader) throws(ByteReader.Malformed) -> [TaxonomyTerms] {
        var result: [TaxonomyTerms] = []
        for schema in config.taxonomies {
            let terms = try RecordCoding.list(&r) { r throws(ByteReader.Malformed) in
                Term(name: try r.string(), slug: try r.string(), entries: try indexes(&r))
            }
            result.append(TaxonomyTerms(schema: schema, terms: terms))
        }
        return result
    }

    func write(backReferences: [Int: [BackReferenceGroup]]) -> [UInt8] {
        var out = ByteWriter()
        out.varint(backReferences.count)
        for target in backReferences.keys.sorted() {
            out.varint(target)
            let groups = backReferences[target]!
            out.varint(groups.count)
            for group in groups {
                out.string(group.collection)
                out.string(group.field)
                out.string(group.fieldLabel)
                indexes(group.entries, &out)
            }
        }
        return out.bytes
    }

    func backReferences(_ r: inout ByteReader) throws(ByteReader.Malformed) -> [Int: [BackReferenceGroup]] {
        var result: [Int: [BackReferenceGroup]] = [:]
        for _ in 0..<(try r.varint()) {
            let target = try index(&r)
            result[target] = try RecordCoding.list(&r) { r throws(ByteReader.Malformed) in
                BackReferenceGroup(collection: try r.string(), field: try r.string(), fieldLabel: try r.string(), entries: try indexes(&r))
            }
        }
        return result
    }

    func write(references: [[Reference]]) -> [UInt8] {
        var out = ByteWriter()
        out.varint(references.count)
        for list in references {
            out.varint(list.count)
            for reference in list {
                out.string(reference.target)
                out.varint(reference.index.map { $0 + 1 } ?? 0)
                out.varint(reference.field)
            }
        }
        return out.bytes
    }

    func references(_ r: inout ByteReader) throws(ByteReader.Malformed) -> [[Reference]] {
        guard try r.varint() == entries else { throw ByteReader.Malformed() }
        return try (0..<entries).map { _ throws(ByteReader.Malformed) in
            try RecordCoding.list(&r) { r throws(ByteReader.Malformed) in
                let target = try r.string()
                let place = try r.varint()
                let field = try r.varint()
                guard place <= entries, field < fields else { throw ByteReader.Malformed() }
                return Reference(target: target, index: place == 0 ? nil : place - 1, field: field)
            }
        }
    }

    private func indexes(_ list: [Int], _ out: inout ByteWriter) {
        out.varint(list.count)
        for index in list { out.varint(index) }
    }

    private func indexes(_ r: inout ByteReader) throws(ByteReader.Malformed) -> [Int] {
        let count = try r.varint()
        guard count <= entries else { throw ByteReader.Malformed() }
        return try (0..<count).map { _ throws(ByteReader.Malformed) in try index(&r) }
    }

    private func index(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Int {
        let value = try r.varint()
        guard value < entries else { throw ByteReader.Malformed() }
        return value
    }
}

extension ModelMemo.Structures {
    /// The structures `model` was derived with (kept for the next build of the process).
    init(of model: SiteModel) {
        self.init(
            collections: model.collections, taxonomies: model.taxonomies, backReferences: model.backReferences,
            views: model.views, references: model.references)
    }
}
