import Config
import Model
import Support

/// The JSON API for the library's other systems: `<api>/<collection>.json` with every entry's
/// fields as stored (enum keys, term slugs, refs as `{slug, title, url}`), its URL and status.
struct APIRenderer {
    let model: SiteModel
    let formats: ValueFormats

    func render(_ reuse: DataReuse) -> [DataFile] {
        guard let folder = model.config.outputs.apiPath else { return [] }
        return model.config.collections.map { collection in
            let members = model.collections[collection.name] ?? []
            // The file carries the build's time (`generated`), not only its date.
            let key = reuse.key("api \(collection.name) \(model.now)", entries: members)
            return reuse.file(OutputFile.path(forURL: folder + collection.name + ".json"), key: key, rows: Self.rows, of: members) {
                document(collection, reuse)
            }
        }
    }

    /// The kind of the files' rows: an entry's JSON at the indent of `entries`' items.
    static let rows = "api-entry"

    private func document(_ collection: CollectionSchema, _ reuse: DataReuse) -> [ArraySlice<UInt8>] {
        let indexes = model.collections[collection.name] ?? []
        let fields = collection.fields.map { field -> JSONValue in
            .object([("name", .string(field.name)), ("label", .string(field.label))])
        }
        let document = JSONValue.object([
            ("collection", .string(collection.name)), ("title", .string(collection.title)),
            ("url", .string(formats.urls.absolute(collection.path))),
            ("generated", .string(formats.clock.rfc3339(model.now))), ("count", .number(String(indexes.count))),
            ("fields", .array(fields)),
            ("entries", .array(indexes.map { _ in JSONValue.row })),
        ])
        let rows = indexes.parallelMap { index in
            reuse.row(Self.rows, entry: index) {
                Array(entry(index, collection).serialized(pretty: true, indent: JSONValue.rowIndent).utf8)
            }
        }
        return document.serialized(pretty: true, splicing: rows) + [JSONValue.newline]
    }

    private func entry(_ index: Int, _ collection: CollectionSchema) -> JSONValue {
        let entry = model.entry(index)
        let values = collection.fields.compactMap { field in
            entry.fields[field.name].map { (key: field.name, value: formats.stored($0, field)) }
        }
        var members: [(key: String, value: JSONValue)] = [
            ("slug", .string(entry.slug)), ("url", .string(formats.urls.absolute(entry.url))),
            ("title", .string(entry.title)), ("fields", .object(values)),
        ]
        if let state = model.timelines[index], let timeline = collection.timeline {
            var status: [(key: String, value: JSONValue)] = [
                ("status", .string(state.status.rawValue)), ("label", .string(timeline.label(of: state.status))),
            ]
            if let next = state.next {
                let field = FieldSchema(name: "next", type: .datetime, label: "", location: collection.location)
                status.append(("next", formats.stored(next, field)))
            }
            members.append(("timeline", .object(status)))
        }
        return .object(members)
    }
}
