import Config
import Content
import Model
import Support

/// Register exports of collections with `export:`: a spreadsheet and a JSON file beside the
/// collection's pages, one row per entry with every field and the entry's address.
///
/// Cells show what readers see: enum labels, term names, ref titles; money as a plain decimal.
struct ExportRenderer {
    static let urlLabel = "Nuoroda"

    let model: SiteModel
    let formats: ValueFormats

    func render(_ reuse: DataReuse) -> [DataFile] {
        let collections = model.config.collections.flatMap { collection -> [DataFile] in
            guard let export = collection.outputs.export else { return [] }
            let members = model.collections[collection.name] ?? []
            let list = Listing(name: collection.name, title: collection.title, path: collection.path)
            return files(collection, export, list, members, reuse) {
                export.sortField.map { SiteModel.sorted(members, by: $0, descending: export.sortDescending, model: model) } ?? members
            }
        }
        // A view's downloads hold exactly its rows, in its order (the open calls, not every call).
        let views = model.config.views.flatMap { view -> [DataFile] in
            guard let collection = model.config.collection(view.collection), let export = collection.outputs.export else { return [] }
            let members = model.views[view.name] ?? []
            let list = Listing(name: "view \(view.name)", title: view.title, path: view.path)
            return files(collection, export, list, members, reuse) { members }
        }
        return collections + views
    }

    /// What a pair of files lists: a collection, or a view of one.
    struct Listing {
        var name: String
        var title: String
        var path: String
    }

    /// The spreadsheet and the JSON file of `list`'s `members`, in the order `order` gives.
    private func files(
        _ collection: CollectionSchema, _ export: ExportSettings, _ list: Listing, _ members: [Int], _ reuse: DataReuse,
        order: () -> [Int]
    ) -> [DataFile] {
        let key = reuse.key("export \(list.name)", entries: members)
        // The JSON file names the build's date (`generated`); the spreadsheet does not.
        let datedKey = reuse.key("export \(list.name) on \(model.now.date)", entries: members)
        // Ordered only if a file has to be made.
        var ordered: [Int]?
        func rows() -> [Int] {
            if let ordered { return ordered }
            let rows = order()
            ordered = rows
            return rows
        }
        var files: [DataFile] = []
        if let name = export.csv {
            files.append(
                reuse.file(OutputFile.path(forURL: list.path + name), key: key, rows: Self.csvRows, of: members) {
                    csv(collection, rows: rows(), reuse)
                })
        }
        if let name = export.json {
            files.append(
                reuse.file(OutputFile.path(forURL: list.path + name), key: datedKey, rows: Self.jsonRows, of: members) {
                    json(collection, list, rows: rows(), reuse)
                })
        }
        return files
    }

    /// The kinds of the files' rows: a spreadsheet line, and a row's JSON at the indent of `rows`' items.
    static let csvRows = "export-csv"
    static let jsonRows = "export-json"

    private func csv(_ collection: CollectionSchema, rows: [Int], _ reuse: DataReuse) -> [ArraySlice<UInt8>] {
        let header = collection.fields.map(\.label) + [Self.urlLabel]
        let lines = rows.parallelMap { index in
            reuse.row(Self.csvRows, entry: index) {
                let entry = model.entry(index)
                return CSV.row(
                    collection.fields.map { field in entry.fields[field.name].map { csvCell($0, field) } ?? "" }
                        + [formats.urls.absolute(entry.url)])
            }
        }
        return CSV.document(header: header, rows: lines)
    }

    /// A field's cell; text is made inert (`CSV.inert`), while numbers and amounts, and lists
    /// of them, stay as they are (a minus sign is theirs).
    private func csvCell(_ value: FieldValue, _ field: FieldSchema) -> String {
        let text = formats.cell(value, field)
        return Self.isNumeric(field.type) ? text : CSV.inert(text)
    }

    private static func isNumeric(_ type: FieldType) -> Bool {
        switch type {
        case .integer, .number, .money: true
        case .list(let item): isNumeric(item.type)
        default: false
        }
    }

    private func json(_ collection: CollectionSchema, _ list: Listing, rows: [Int], _ reuse: DataReuse) -> [ArraySlice<UInt8>] {
        let columns = collection.fields.map { field -> JSONValue in
            .object([("name", .string(field.name)), ("label", .string(field.label))])
        } + [.object([("name", .string("url")), ("label", .string(Self.urlLabel))])]
        let items = rows.parallelMap { index in
            reuse.row(Self.jsonRows, entry: index) {
                let entry = model.entry(index)
                let values = collection.fields.map { field in
                    (key: field.name, value: entry.fields[field.name].map { formats.labelled($0, field) } ?? .null)
                }
                let item = JSONValue.object(values + [("url", .string(formats.urls.absolute(entry.url)))])
                return Array(item.serialized(pretty: true, indent: JSONValue.rowIndent).utf8)
            }
        }
        let document = JSONValue.object([
            ("title", .string(list.title)), ("url", .string(formats.urls.absolute(list.path))),
            ("generated", .string(model.now.date.description)), ("count", .number(String(rows.count))),
            ("columns", .array(columns)), ("rows", .array(items.map { _ in JSONValue.row })),
        ])
        return document.serialized(pretty: true, splicing: items) + [JSONValue.newline]
    }
}
