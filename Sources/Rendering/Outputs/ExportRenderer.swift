import Content

/// Register exports of collections with `export:`: a spreadsheet and a JSON file beside the
/// collection's pages, one row per entry with every field and the entry's address.
///
/// Cells show what readers see: enum labels, term names, ref titles; money as a plain decimal.
struct ExportRenderer {
    static let urlLabel = "Nuoroda"

    let model: SiteModel
    let formats: ValueFormats

    func render(_ reuse: DataReuse) -> [DataFile] {
        model.config.collections.flatMap { collection -> [DataFile] in
            guard let export = collection.outputs.export else { return [] }
            let members = model.collections[collection.name] ?? []
            let key = reuse.key("export \(collection.name)", entries: members)
            // Sorted only if a file has to be made.
            var sorted: [Int]?
            func rows() -> [Int] {
                if let sorted { return sorted }
                let rows = export.sortField.map {
                    SiteModel.sorted(members, by: $0, descending: export.sortDescending, model: model)
                } ?? members
                sorted = rows
                return rows
            }
            var files: [DataFile] = []
            if let name = export.csv {
                files.append(reuse.file(OutputFile.path(forURL: collection.path + name), key: key) { csv(collection, rows: rows()) })
            }
            if let name = export.json {
                files.append(
                    reuse.file(OutputFile.path(forURL: collection.path + name), key: key) {
                        Array(json(collection, rows: rows()).utf8)
                    })
            }
            return files
        }
    }

    private func csv(_ collection: CollectionSchema, rows: [Int]) -> [UInt8] {
        let header = collection.fields.map(\.label) + [Self.urlLabel]
        let cells = rows.parallelMap { index -> [String] in
            let entry = model.entry(index)
            return collection.fields.map { field in entry.fields[field.name].map { formats.cell($0, field) } ?? "" }
                + [formats.urls.absolute(entry.url)]
        }
        return CSV.document(header: header, rows: cells)
    }

    private func json(_ collection: CollectionSchema, rows: [Int]) -> String {
        let columns = collection.fields.map { field -> JSONValue in
            .object([("name", .string(field.name)), ("label", .string(field.label))])
        } + [.object([("name", .string("url")), ("label", .string(Self.urlLabel))])]
        let items = rows.parallelMap { index -> JSONValue in
            let entry = model.entry(index)
            let values = collection.fields.map { field in
                (key: field.name, value: entry.fields[field.name].map { formats.labelled($0, field) } ?? .null)
            }
            return .object(values + [("url", .string(formats.urls.absolute(entry.url)))])
        }
        let document = JSONValue.object([
            ("title", .string(collection.title)), ("url", .string(formats.urls.absolute(collection.path))),
            ("generated", .string(model.now.date.description)), ("count", .number(String(rows.count))),
            ("columns", .array(columns)), ("rows", .array(items)),
        ])
        return document.serialized(pretty: true) + "\n"
    }
}
