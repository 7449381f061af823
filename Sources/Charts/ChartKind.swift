/// The kinds of chart `ChartRenderer` draws; the raw values are the names site.yml and
/// dataset views use.
package enum ChartKind: String, Sendable, Equatable, CaseIterable {
    /// Values over ordered categories (a library's visits over years), one line per series.
    case line
    /// One value per category, one horizontal bar each.
    case bar
    /// Several series side by side in each category (libraries compared in a year).
    case groupedBar = "grouped_bar"
    /// Several series stacked into one bar per category (parts of a whole).
    case stackedBar = "stacked_bar"
    /// Actual against target: the first series holds the actual values, one bar per category.
    case progress
}
