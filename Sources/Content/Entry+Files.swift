import Config

extension Entry {
    /// A file a `file` field of the entry names: the field, the file's path in the site, and
    /// the title written beside it.
    package struct NamedFile: Sendable {
        package var field: FieldSchema
        package var sitePath: String
        package var title: String?
    }

    /// The fields of the entry's collection, or a page's own.
    package func schemaFields(_ config: SiteConfig) -> [FieldSchema] {
        collection.flatMap { config.collection($0)?.fields } ?? SiteParser.pageFields(at: .init(file: sourcePath, line: 1, column: 1))
    }

    /// The files the entry's `file` fields (and lists of them) name, in field order.
    package func files(_ config: SiteConfig) -> [NamedFile] {
        var files: [NamedFile] = []
        for field in schemaFields(config) {
            guard let value = fields[field.name] else { continue }
            switch (field.type, value) {
            case (.file, _): append(value, field, to: &files)
            case (.list(let item), .list(let items)):
                if case .file = item.type { for value in items { append(value, field, to: &files) } }
            default: continue
            }
        }
        return files
    }

    private func append(_ value: FieldValue, _ field: FieldSchema, to files: inout [NamedFile]) {
        guard case .object(let values) = value, case .string(let written)? = values["file"],
            let sitePath = FileUse.sitePath(of: written, from: sourcePath)
        else { return }
        files.append(NamedFile(field: field, sitePath: sitePath, title: values["title"]?.plainText))
    }
}
