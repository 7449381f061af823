extension ChartRenderer {
    /// Layout of progress bars, in px.
    enum ProgressLayout {
        static let labelHeight = 20.0
        static let barHeight = 18.0
        static let rowGap = 16.0
        static let left = 0.005
        static let width = 0.985
    }

    /// One category's actual value (the first series), its target (the second series, else
    /// the spec's) and the share achieved in percent (nil without a positive target).
    static func progressValues(_ spec: ChartSpec, category c: Int) -> (actual: Double?, target: Double?, share: Double?) {
        let actual = spec.value(0, c)
        let target = spec.series.count > 1 ? spec.value(1, c) : spec.target.flatMap { $0.isFinite ? $0 : nil }
        guard let actual, let target, target > 0 else { return (actual, target, nil) }
        return (actual, target, actual / target * 100)
    }

    /// The sentence a progress chart's description gives: each row's `8 iš 10 (80 %)`.
    static func progressSentence(_ spec: ChartSpec, texts: ChartStrings) -> String {
        let sentence = spec.categories.indices.map { c in
            let label = spec.categories[c].isEmpty ? "" : spec.categories[c] + ": "
            return label + progressText(spec, category: c, texts: texts)
        }.joined(separator: "; ")
        return ChartStrings.ended(sentence)
    }

    /// `8 iš 10 (80 %)`, `8` without a target, `– iš 10` without an actual value.
    static func progressText(_ spec: ChartSpec, category c: Int, texts: ChartStrings) -> String {
        let values = progressValues(spec, category: c)
        let actual = values.actual.map { formatted($0, spec, unit: true) } ?? "–"
        guard let target = values.target else { return actual }
        var text = texts.outOf(actual, formatted(target, spec, unit: true))
        if let share = values.share { text += " (\(ChartNumbers.percent(share, places: 0, lithuanian: spec.isLithuanian)))" }
        return text
    }

    /// A bar per category: the track is the row's scale (up to the target, or the actual
    /// value when it is past the target), the fill is the actual value, a dark tick marks the
    /// target, and the numbers are written above the bar, so nothing depends on colour.
    static func progressDrawing(_ spec: ChartSpec, id: String, texts: ChartStrings) -> (body: String, height: Double) {
        let rowHeight = ProgressLayout.labelHeight + ProgressLayout.barHeight + ProgressLayout.rowGap
        var out = ""
        for (c, category) in spec.categories.enumerated() {
            let top = rowHeight * Double(c)
            let values = progressValues(spec, category: c)
            let upper = max(values.target ?? 0, values.actual ?? 0)
            let x: (Double) -> Double = { value in
                ProgressLayout.left + ProgressLayout.width * (upper > 0 ? max(0, value) / upper : 0)
            }
            // A single row named like the chart says only its numbers: the caption has the name.
            let named = !category.isEmpty && !(spec.categories.count == 1 && category == spec.title)
            let label = (named ? ChartMarkup.shortened(category, limit: 28) + ": " : "") + progressText(spec, category: c, texts: texts)
            out += "<text class=\"chart-category\" x=\"0\" y=\"\(ChartMarkup.number(top + 14))\">\(ChartMarkup.escape(label))</text>"
            let barTop = top + ProgressLayout.labelHeight
            let barY = ChartMarkup.number(barTop)
            let height = ChartMarkup.number(ProgressLayout.barHeight)
            out += "<rect class=\"chart-track\" x=\"\(ChartMarkup.percent(ProgressLayout.left))\" y=\"\(barY)\""
            out += " width=\"\(ChartMarkup.percent(ProgressLayout.width))\" height=\"\(height)\" fill=\"#fff\" stroke=\"\(ChartPalette.track)\"/>"
            if let actual = values.actual, actual > 0 {
                out += "<rect class=\"chart-mark\" x=\"\(ChartMarkup.percent(ProgressLayout.left))\" y=\"\(barY)\""
                out += " width=\"\(ChartMarkup.percent(x(actual) - ProgressLayout.left))\" height=\"\(height)\""
                out += " fill=\"\(ChartPalette.colour(0))\" stroke=\"\(ChartPalette.colour(0))\"/>"
            }
            if let target = values.target, upper > 0 {
                let tx = ChartMarkup.percent(x(target))
                out += "<line class=\"chart-target\" x1=\"\(tx)\" x2=\"\(tx)\" y1=\"\(ChartMarkup.number(barTop - 4))\""
                out += " y2=\"\(ChartMarkup.number(barTop + ProgressLayout.barHeight + 4))\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"3\"/>"
            }
        }
        return (out, rowHeight * Double(spec.categories.count) - ProgressLayout.rowGap + 4)
    }
}
