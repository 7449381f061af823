import Diagnostics
import Text
import YAML

/// `datasets:` of site.yml: name → {title, description, files, key, columns, export}.
extension SiteConfig {
    static func decodeDatasets(_ node: YAMLNode, collections: [String], _ diagnostics: inout [Diagnostic]) -> [DatasetSchema] {
        decodeNamed(node, section: "datasets", &diagnostics) { name, value, location, diagnostics in
            decodeDataset(name, value, at: location, collections: collections, &diagnostics)
        }
    }

    /// A section of named settings (`datasets:`, `charts:`): each name's value decoded by `decode`.
    static func decodeNamed<T>(
        _ node: YAMLNode, section: String, _ diagnostics: inout [Diagnostic],
        _ decode: (String, YAMLNode, SourceLocation, inout [Diagnostic]) -> T?
    ) -> [T] {
        guard let pairs = node.pairs else {
            diagnostics.append(Diagnostic.error(Message.datasets(.notAMapping(section)), at: node.location, length: node.length, hint: nil))
            return []
        }
        return pairs.compactMap { pair in decode(pair.key.text ?? "", pair.value, pair.key.location, &diagnostics) }
    }

    private static func decodeDataset(
        _ name: String, _ node: YAMLNode, at location: SourceLocation, collections: [String], _ diagnostics: inout [Diagnostic]
    ) -> DatasetSchema? {
        let context = Message.datasets(.contextDataset(name))
        guard var r = MappingReader(node, context: context, diagnostics: &diagnostics) else { return nil }
        let title = r.string("title") ?? name
        let description = r.string("description")
        var files: [String] = []
        let filesNode = r.value("files")
        if let filesNode {
            let globs = filesNode.text.map { [$0] } ?? filesNode.items?.compactMap(\.text) ?? []
            if globs.isEmpty || (filesNode.items != nil && globs.count != filesNode.items?.count) {
                r.error(Message.datasets(.notGlobs(context)), at: filesNode, hint: Message.datasets(.filesExample))
            }
            for glob in globs {
                let extensionOK = [".csv", ".yml", ".yaml"].contains { glob.lowercased().hasSuffix($0) }
                if glob.hasPrefix("data/"), !glob.contains(".."), !glob.contains("\\"), extensionOK {
                    files.append(glob)
                } else {
                    diagnostics.append(
                        Diagnostic.error(
                            Message.datasets(.filesOutsideData(name, glob)), at: filesNode.location, length: filesNode.length,
                            hint: Message.datasets(.filesExample)))
                }
            }
        } else {
            r.missing("files")
        }
        var columns: [DatasetColumn] = []
        if let columnsNode = r.value("columns") {
            if let columnPairs = columnsNode.pairs, !columnPairs.isEmpty {
                columns = columnPairs.compactMap {
                    decodeColumn($0.key.text ?? "", $0.value, at: $0.key.location, dataset: name, collections: collections, &diagnostics)
                }
            } else {
                r.error(Message.datasets(.columnsNotAMapping(context)), at: columnsNode, hint: Message.datasets(.columnsExample))
            }
        } else {
            r.missing("columns")
        }
        var key: [String] = []
        if let keyNode = r.value("key") {
            key = keyNode.text.map { [$0] } ?? keyNode.items?.compactMap(\.text) ?? []
            if key.isEmpty { r.error(Message.datasets(.keyNotColumns(context)), at: keyNode, hint: Message.datasets(.keyExample)) }
            // Against every declared name: a column with a wrong type has its own message.
            let names = node["columns"]?.pairs?.compactMap(\.key.text) ?? []
            for column in key where !names.contains(column) && !names.isEmpty {
                let hint = Suggestion.closest(to: column, in: names).map(Message.didYouMean)
                    ?? Message.known(noun: .columns, names: names)
                diagnostics.append(
                    Diagnostic.error(Message.datasets(.keyNotAColumn(name, column)), at: keyNode.location, length: keyNode.length, hint: hint))
            }
        } else {
            r.missing("key")
        }
        var exportFolder: String? = "/duomenys/"
        if let exportNode = r.value("export") {
            if case .bool(false) = exportNode.resolved {
                exportFolder = nil
            } else {
                exportFolder = r.outputPath("export", .folder)
            }
        }
        diagnostics += r.finish()
        guard !files.isEmpty, !columns.isEmpty, !key.isEmpty else { return nil }
        return DatasetSchema(
            name: name, title: title, description: description, files: files, key: key, columns: columns,
            exportFolder: exportFolder, location: location, filesLocation: filesNode?.location ?? location)
    }

    /// One column; `visits: integer` is shorthand for `visits: {type: integer}`.
    private static func decodeColumn(
        _ name: String, _ node: YAMLNode, at location: SourceLocation, dataset: String, collections: [String],
        _ diagnostics: inout [Diagnostic]
    ) -> DatasetColumn? {
        let context = Message.datasets(.contextColumn(column: name, dataset: dataset))
        var reader: MappingReader?
        let typeNode: YAMLNode
        if node.text != nil {
            typeNode = node
        } else {
            guard let r = MappingReader(node, context: context, diagnostics: &diagnostics) else { return nil }
            reader = r
            guard let t = reader?.value("type"), t.text != nil else {
                reader?.missing("type")
                diagnostics += reader?.finish() ?? []
                return nil
            }
            typeNode = t
        }
        let typeName = typeNode.text ?? ""
        var type: ColumnType?
        switch typeName {
        case "string": type = .string
        case "integer": type = .integer
        case "decimal": type = .decimal
        case "percent": type = .percent
        case "date": type = .date
        case "year": type = .year
        case "ref":
            if let target = reader?.value("collection"), let collection = target.text {
                if collections.contains(collection) {
                    type = .ref(collection: collection)
                } else {
                    let hint = Suggestion.closest(to: collection, in: collections).map(Message.didYouMean)
                        ?? Message.known(noun: .collections, names: collections)
                    diagnostics.append(
                        Diagnostic.error(
                            Message.datasets(.unknownCollection(name, collection)), at: target.location, length: target.length, hint: hint))
                }
            } else {
                diagnostics.append(
                    Diagnostic.error(
                        Message.datasets(.refNeedsCollection(name)), at: typeNode.location, length: typeNode.length,
                        hint: Message.datasets(.refExample)))
            }
        default:
            let hint = Suggestion.closest(to: typeName, in: ColumnType.names).map(Message.didYouMean)
                ?? Message.known(noun: .types, names: ColumnType.names)
            diagnostics.append(
                Diagnostic.error(
                    Message.datasets(.unknownColumnType(typeName)), at: typeNode.location, length: typeNode.length, hint: hint))
        }
        var column = DatasetColumn(name: name, type: type ?? .string, label: name, location: location)
        if var r = reader {
            column.label = r.string("label") ?? name
            column.required = r.bool("required") ?? false
            column.unit = r.string("unit")
            diagnostics += r.finish()
        }
        return type == nil ? nil : column
    }
}
