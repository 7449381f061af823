import Diagnostics
import Support

/// A table of figures declared under `datasets:` in site.yml: CSV or YAML files under
/// `data/`, typed columns and a key. The engine knows no dataset by name.
package struct DatasetSchema: Sendable {
    package var name: String
    package var title: String
    package var description: String?
    /// Globs relative to the site folder, each under `data/` (`data/statistika/*.csv`).
    package var files: [String]
    /// Column names whose values together name one row; no two rows may share them.
    package var key: [String]
    package var columns: [DatasetColumn]
    /// The folder (`/duomenys/`) the dataset is published in as `<name>.csv` and `<name>.json`;
    /// `nil`: not published.
    package var exportFolder: String?
    package var location: SourceLocation
    /// Where `files` is written, for "no file matches".
    package var filesLocation: SourceLocation

    package func column(_ name: String) -> DatasetColumn? { columns.first { $0.name == name } }
    package func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// The indexes of the key's columns, in key order.
    package var keyIndexes: [Int] { key.compactMap(columnIndex) }

    /// Whether `path` (relative to the site) is one of the dataset's files.
    package func owns(_ path: String) -> Bool { files.contains { Glob.matches($0, path) } }

    package var csvPath: String? { exportFolder.map { $0 + name + ".csv" } }
    package var jsonPath: String? { exportFolder.map { $0 + name + ".json" } }
}
