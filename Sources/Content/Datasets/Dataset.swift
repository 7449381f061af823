import Config
import Diagnostics

/// A dataset's rows, read from all its files in path order, each cell typed by its column.
package struct Dataset: Sendable {
    package let schema: DatasetSchema
    package var rows: [DatasetRow]
    /// A fingerprint of the dataset's files (paths and bytes): what pages showing it are keyed by.
    package var fingerprint: String

    package init(schema: DatasetSchema, rows: [DatasetRow], fingerprint: String) {
        self.schema = schema
        self.rows = rows
        self.fingerprint = fingerprint
    }

    /// The row's key as one text: its key columns' raw values joined by `-` (`pavb-2025`).
    package func key(of row: DatasetRow) -> String {
        schema.keyIndexes.map { row.values[$0]?.raw ?? "" }.joined(separator: "-")
    }
}
