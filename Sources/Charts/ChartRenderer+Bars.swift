extension ChartRenderer {
    /// Layout of horizontal bars, in px (heights) and shares of the width (x).
    enum BarLayout {
        static let labelHeight = 18.0
        static let barHeight = 20.0
        static let groupedBarHeight = 14.0
        static let groupedGap = 2.0
        static let rowGap = 12.0
        static let axisHeight = 24.0
        /// The value axis runs from `left` to `left + width` of the SVG's width.
        static let left = 0.005
        static let width = 0.98
    }

    /// Horizontal bars, one row per category: its name on a line of its own, then one bar
    /// (bar), one per series (grouped) or the series stacked (stacked; negatives stack to
    /// the left of zero), each series filled with its colour or pattern, the value axis
    /// below with nice ticks from a zero baseline.
    static func barDrawing(_ spec: ChartSpec, id: String) -> (body: String, height: Double) {
        // A bar chart given several series draws them side by side, as its table lists them all.
        let kind = spec.kind == .bar && spec.series.count > 1 ? ChartKind.groupedBar : spec.kind
        let seriesCount = spec.series.count
        var low = 0.0
        var high = 0.0
        for c in spec.categories.indices {
            if kind == .stackedBar {
                let values = (0..<seriesCount).compactMap { spec.value($0, c) }
                high = max(high, values.filter { $0 > 0 }.reduce(0, +))
                low = min(low, values.filter { $0 < 0 }.reduce(0, +))
            } else {
                for s in 0..<seriesCount {
                    guard let v = spec.value(s, c) else { continue }
                    high = max(high, v)
                    low = min(low, v)
                }
            }
        }
        let ticks = ChartTicks.nice(low: low, high: high, maxIntervals: 5, integral: spec.format == .integer)
        let x: (Double) -> Double = { BarLayout.left + BarLayout.width * ticks.fraction($0) }
        let barsHeight = kind == .groupedBar
            ? Double(seriesCount) * BarLayout.groupedBarHeight + Double(seriesCount - 1) * BarLayout.groupedGap
            : BarLayout.barHeight
        let rowHeight = BarLayout.labelHeight + barsHeight + BarLayout.rowGap
        let plotBottom = rowHeight * Double(spec.categories.count) - BarLayout.rowGap + 4
        var out = "<g class=\"chart-axis\" aria-hidden=\"true\">"
        for tick in ticks.values where tick != 0 {
            let gx = ChartMarkup.percent(x(tick))
            out += "<line class=\"chart-grid\" x1=\"\(gx)\" x2=\"\(gx)\" y1=\"0\" y2=\"\(ChartMarkup.number(plotBottom))\" stroke=\"\(ChartPalette.grid)\"/>"
        }
        out += "</g>"
        // The zero line before the bars and labels, so it never runs through a category's name.
        let zero = ChartMarkup.percent(x(0))
        out += "<line class=\"chart-baseline\" x1=\"\(zero)\" x2=\"\(zero)\" y1=\"0\" y2=\"\(ChartMarkup.number(plotBottom))\""
        out += " stroke=\"\(ChartPalette.ink)\" stroke-width=\"1.5\"/>"
        for (c, category) in spec.categories.enumerated() {
            let rowTop = rowHeight * Double(c)
            out += "<text class=\"chart-category\" x=\"0\" y=\"\(ChartMarkup.number(rowTop + 13))\" paint-order=\"stroke\""
            out += " stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\">"
            out += "\(ChartMarkup.escape(ChartMarkup.shortened(category, limit: 40)))</text>"
            let barTop = rowTop + BarLayout.labelHeight
            var positive = 0.0
            var negative = 0.0
            for s in 0..<seriesCount {
                guard let value = spec.value(s, c) else { continue }
                var from = 0.0
                var to = value
                var top = barTop
                var height = barsHeight
                switch kind {
                case .stackedBar:
                    if value >= 0 { from = positive; positive += value; to = positive }
                    else { from = negative; negative += value; to = negative }
                case .groupedBar:
                    top = barTop + Double(s) * (BarLayout.groupedBarHeight + BarLayout.groupedGap)
                    height = BarLayout.groupedBarHeight
                default:
                    break
                }
                out += bar(from: x(min(from, to)), to: x(max(from, to)), top: top, height: height,
                    series: s, id: id, separated: kind == .stackedBar)
            }
        }
        out += "<g class=\"chart-ticks\" font-size=\"12\">"
        let labelY = ChartMarkup.number(plotBottom + 16)
        for (i, tick) in ticks.values.enumerated() {
            let anchor = i == 0 ? "start" : i == ticks.values.count - 1 ? "end" : "middle"
            // Every other inner label, counted from the last, is minor: at 320 px four wide
            // labels (`1 500 000`) would touch.
            let last = ticks.values.count - 1
            let minor = i > 0 && i < last && (last - i) % 2 == 1 && ticks.values.count > 3
            out += "<text class=\"chart-tick\(minor ? " chart-minor" : "")\" x=\"\(ChartMarkup.percent(x(tick)))\" y=\"\(labelY)\""
            out += " text-anchor=\"\(anchor)\">\(formatted(tick, spec, places: ticks.places))</text>"
        }
        out += "</g>"
        return (out, plotBottom + BarLayout.axisHeight)
    }

    /// One bar between two shares of the width; stacked parts get a white edge between them.
    static func bar(from: Double, to: Double, top: Double, height: Double, series: Int, id: String, separated: Bool)
        -> String
    {
        let edge = separated ? "#fff" : ChartPalette.colour(series)
        var out = "<rect class=\"chart-mark chart-series-\(series)\" x=\"\(ChartMarkup.percent(from))\" y=\"\(ChartMarkup.number(top))\""
        out += " width=\"\(ChartMarkup.percent(max(0, to - from)))\" height=\"\(ChartMarkup.number(height))\""
        out += " fill=\"\(ChartPalette.fill(series, id: id))\" stroke=\"\(edge)\"/>"
        return out
    }
}
