import Diagnostics

/// One row: a value (or none, for an empty cell) for each of the schema's columns, in order.
package struct DatasetRow: Sendable {
    package var values: [DatasetValue?]
    /// Where each column's cell is (`nil` where a YAML row leaves the column out).
    package var cells: [SourceLocation?]
    /// Where the row starts.
    package var location: SourceLocation

    package init(values: [DatasetValue?], cells: [SourceLocation?], location: SourceLocation) {
        self.values = values
        self.cells = cells
        self.location = location
    }
}
