import Config
import Content
import Diagnostics
import Text

extension SiteChecks {
    /// What no data file knows alone: keys repeated across rows and files, and refs to
    /// entries (with the closest slug as a hint). Cheap, so never vouched for: run on every check.
    static func datasetChecks(_ datasets: [Dataset], files: [ParsedFile], config: SiteConfig) -> [Diagnostic] {
        guard !datasets.isEmpty else { return [] }
        var slugs: [String: [String]] = [:]
        for entry in files.lazy.compactMap(\.entry) {
            if let collection = entry.collection { slugs[collection, default: []].append(entry.slug) }
        }
        let slugSets = slugs.mapValues(Set.init)
        var diagnostics: [Diagnostic] = []
        for dataset in datasets {
            let schema = dataset.schema
            let keyIndexes = schema.keyIndexes
            var seen: [[DatasetValue?]: SourceLocation] = [:]
            for row in dataset.rows {
                let key = keyIndexes.map { row.values[$0] }
                // A row whose key has an empty or bad cell already has its diagnostic.
                if !key.contains(where: { $0 == nil }) {
                    if let first = seen[key] {
                        let shown = "'" + dataset.key(of: row) + "'"
                        diagnostics.append(
                            DatasetMessages.error(
                                DatasetMessages.duplicateKey(shown, first), at: row.cells[keyIndexes[0]] ?? row.location,
                                hint: DatasetMessages.duplicateKeyHint(schema.key)))
                    } else {
                        seen[key] = row.cells[keyIndexes[0]] ?? row.location
                    }
                }
                for (index, column) in schema.columns.enumerated() {
                    guard case .ref(let collection) = column.type, case .text(let slug)? = row.values[index],
                        !(slugSets[collection]?.contains(slug) ?? false)
                    else { continue }
                    let hint = Suggestion.closest(to: slug, in: slugs[collection] ?? []).map(DatasetMessages.didYouMean)
                        ?? DatasetMessages.unknownEntryHint(config.collection(collection)?.folder ?? collection)
                    diagnostics.append(
                        DatasetMessages.error(
                            DatasetMessages.unknownEntry(slug, column.name, collection), at: row.cells[index], length: slug.count,
                            hint: hint))
                }
            }
        }
        return diagnostics
    }
}
