import Config
import Content
import Model
import Support

/// Each dataset as files to download (`export:` of a dataset, `/duomenys/<name>.csv` and
/// `.json` by default): the CSV as Lithuanian Excel opens it (`;`, decimal comma, BOM), the
/// JSON with raw values (numbers as numbers, dates ISO, refs as slugs), rows in file order.
struct DatasetExportRenderer {
    let model: SiteModel

    func render(_ reuse: DataReuse) -> [DataFile] {
        model.site.datasets.flatMap { dataset -> [DataFile] in
            guard let csv = dataset.schema.csvPath, let json = dataset.schema.jsonPath else { return [] }
            let key = reuse.keys.map { keys in
                var hasher = Fingerprint()
                hasher.combine("dataset export 1")
                hasher.combine(keys.global)
                hasher.combine(dataset.fingerprint)
                return hasher.hexDigest
            }
            let csvPath = String(csv.dropFirst()), jsonPath = String(json.dropFirst())
            return [
                reuse.kept(csvPath, key: key) ?? DataFile(path: csvPath, pieces: csvPieces(dataset), key: key),
                reuse.kept(jsonPath, key: key) ?? DataFile(path: jsonPath, pieces: [Array(jsonText(dataset).utf8)[...]], key: key),
            ]
        }
    }

    private func csvPieces(_ dataset: Dataset) -> [ArraySlice<UInt8>] {
        let columns = dataset.schema.columns
        let rows = dataset.rows.map { row in
            CSV.row(zip(columns, row.values).map { column, value in
                guard let value else { return "" }
                switch value {
                case .number: return value.raw.replacingOccurrences(of: ".", with: ",")
                case .text(let text): return CSV.inert(text)
                default: return value.raw
                }
            })[...]
        }
        return CSV.document(header: columns.map(\.name), rows: rows)
    }

    private func jsonText(_ dataset: Dataset) -> String {
        let schema = dataset.schema
        var members: [(key: String, value: JSONValue)] = [("name", .string(schema.name)), ("title", .string(schema.title))]
        if let description = schema.description { members.append(("description", .string(description))) }
        members.append(("key", .array(schema.key.map(JSONValue.string))))
        members.append((
            "columns",
            .array(schema.columns.map { column in
                var member: [(key: String, value: JSONValue)] = [
                    ("name", .string(column.name)), ("label", .string(column.label)), ("type", .string(column.type.name)),
                ]
                if case .ref(let collection) = column.type { member.append(("collection", .string(collection))) }
                if let unit = column.unit { member.append(("unit", .string(unit))) }
                return .object(member)
            })
        ))
        members.append((
            "rows",
            .array(dataset.rows.map { row in
                .object(zip(schema.columns, row.values).map { column, value in
                    guard let value else { return (column.name, .null) }
                    switch value {
                    case .integer, .number: return (column.name, .number(value.raw))
                    default: return (column.name, .string(value.raw))
                    }
                })
            })
        ))
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }
}
