/// How values are written on axes and in the data table.
package enum ChartValueFormat: Sendable, Equatable {
    /// Whole numbers: `12 500`.
    case integer
    /// A fixed number of decimals: `3,5` with `places: 1`.
    case decimal(places: Int)
    /// Values already in percent: `45 %` (at most one decimal).
    case percent
}
