/// One named row of values, aligned with `ChartSpec.categories`; `nil` is a missing value
/// (a gap in a line, no bar, "–" in the table).
package struct ChartSeries: Sendable, Equatable {
    package var label: String
    package var values: [Double?]

    package init(label: String, values: [Double?]) {
        self.label = label
        self.values = values
    }
}
