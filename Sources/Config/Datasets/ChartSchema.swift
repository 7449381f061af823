import Diagnostics

/// A chart of a dataset declared under `charts:` in site.yml: which column gives the
/// categories (`x`), which give the values (`series`), and whether each entry's page gets
/// its own from the rows that name it (`entry`). Drawn by the Charts module.
package struct ChartSchema: Sendable {
    package var name: String
    package var title: String
    package var description: String?
    package var dataset: String
    /// `line`, `bar`, `grouped_bar`, `stacked_bar` or `progress` (`ChartKind`'s raw values).
    package var kind: String
    /// The column whose values are the categories (years on a line chart).
    package var x: String
    /// The numeric columns drawn, one series each, or one column split by `group`.
    package var series: [String]
    /// A column whose values each make a series of the one column in `series` (one line per library).
    package var group: String?
    /// A `ref` column: the chart is drawn on the page of each entry it names, of its rows only.
    package var entry: String?
    /// For `progress`: the value every category is measured against.
    package var target: Double?
    package var location: SourceLocation

    package static let kinds = ["line", "bar", "grouped_bar", "stacked_bar", "progress"]
}
