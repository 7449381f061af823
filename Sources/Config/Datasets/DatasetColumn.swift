import Diagnostics

/// One typed column of a dataset.
package struct DatasetColumn: Sendable {
    package var name: String
    package var type: ColumnType
    package var label: String
    /// An empty cell is an error in a required column (else it is a missing value).
    package var required = false
    /// Shown after numbers (`€`, `vnt.`).
    package var unit: String?
    package var location: SourceLocation

    package init(name: String, type: ColumnType, label: String, location: SourceLocation) {
        self.name = name
        self.type = type
        self.label = label
        self.location = location
    }
}
