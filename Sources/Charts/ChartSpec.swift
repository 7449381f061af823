/// What to draw: everything `ChartRenderer` needs, with no reference to where it came from
/// (a dataset, an indicator field), so the same chart renders the same bytes.
package struct ChartSpec: Sendable, Equatable {
    package var kind: ChartKind
    /// Says what the chart shows; the SVG's `<title>`, the figure's caption and the table's.
    package var title: String
    /// More about it, shown under the title and read as the SVG's description.
    package var description: String?
    /// The header of the table's first column (the categories): `Metai`, `Biblioteka`.
    package var categoryTitle: String?
    package var categories: [String]
    package var series: [ChartSeries]
    package var format: ChartValueFormat
    /// The unit of the values (`lankytojai`, `€`), shown in the table's headers and the axis.
    package var unit: String?
    /// For `progress`: the target every category's actual value is measured against, unless
    /// a second series holds a target per category.
    package var target: Double?
    /// `lt` writes Lithuanian (`12 500`, `3,5`, `45 %`); any other, English.
    package var language: String

    package init(
        kind: ChartKind, title: String, description: String? = nil, categoryTitle: String? = nil,
        categories: [String], series: [ChartSeries], format: ChartValueFormat = .integer, unit: String? = nil,
        target: Double? = nil, language: String = "lt"
    ) {
        self.kind = kind
        self.title = title
        self.description = description
        self.categoryTitle = categoryTitle
        self.categories = categories
        self.series = series
        self.format = format
        self.unit = unit
        self.target = target
        self.language = language
    }

    /// Whether texts are Lithuanian.
    var isLithuanian: Bool { language.lowercased().hasPrefix("lt") }

    /// The value of `series` at `category`, or nil when it is missing, not finite or out of range.
    func value(_ series: Int, _ category: Int) -> Double? {
        guard series < self.series.count, category < self.series[series].values.count,
            let value = self.series[series].values[category], value.isFinite
        else { return nil }
        return value
    }

    /// Every finite value shown (for progress, the targets too).
    var finiteValues: [Double] {
        var out: [Double] = []
        for s in series.indices { for c in categories.indices { if let v = value(s, c) { out.append(v) } } }
        if let target, target.isFinite { out.append(target) }
        return out
    }
}
