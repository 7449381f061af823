extension ChartRenderer {
    /// Layout of a line chart, in px (heights) and shares of the width (x).
    enum LineLayout {
        static let top = 22.0
        static let plotHeight = 200.0
        static let axisHeight = 26.0
        /// Space left and right of the first and last point, so their labels fit at 320 px.
        static let inset = 0.08
    }

    /// Lines over categories: gridlines at nice ticks with their labels above them at the
    /// left, one line per series (a gap where a value is missing, a lone point as a marker),
    /// a marker shape and dash per series, category labels below.
    static func lineDrawing(_ spec: ChartSpec, id: String) -> (body: String, height: Double) {
        let values = spec.finiteValues
        let minimum = values.min() ?? 0
        let maximum = values.max() ?? 1
        // Start at zero unless every value sits far above it (then the change is the point).
        let low = minimum >= 0 && minimum > maximum / 2 ? minimum : min(0, minimum)
        let ticks = ChartTicks.nice(low: low, high: maximum, maxIntervals: 5, integral: spec.format == .integer)
        let y: (Double) -> Double = { LineLayout.top + LineLayout.plotHeight * (1 - ticks.fraction($0)) }
        let count = spec.categories.count
        let x: (Int) -> Double = { i in
            count == 1 ? 0.5 : LineLayout.inset + (1 - 2 * LineLayout.inset) * Double(i) / Double(count - 1)
        }
        var out = "<g class=\"chart-axis\" aria-hidden=\"true\">"
        for tick in ticks.values {
            let gy = ChartMarkup.number(y(tick))
            let isBase = tick == 0 || tick == ticks.lower
            out += "<line class=\"\(isBase ? "chart-baseline" : "chart-grid")\" x1=\"0\" x2=\"100%\" y1=\"\(gy)\" y2=\"\(gy)\""
            out += " stroke=\"\(isBase ? ChartPalette.ink : ChartPalette.grid)\"/>"
        }
        out += "</g>"
        for s in spec.series.indices {
            let colour = ChartPalette.colour(s)
            let dash = ChartPalette.dash(s)
            out += "<g class=\"chart-series\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\""
            out += dash.isEmpty ? ">" : " stroke-dasharray=\"\(dash)\">"
            for c in 0..<max(0, count - 1) {
                guard let a = spec.value(s, c), let b = spec.value(s, c + 1) else { continue }
                out += "<line class=\"chart-mark-line\" x1=\"\(ChartMarkup.percent(x(c)))\" y1=\"\(ChartMarkup.number(y(a)))\""
                out += " x2=\"\(ChartMarkup.percent(x(c + 1)))\" y2=\"\(ChartMarkup.number(y(b)))\"/>"
            }
            out += "</g><g class=\"chart-markers\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1\">"
            for c in 0..<count {
                guard let value = spec.value(s, c) else { continue }
                out += "<use class=\"chart-mark\" href=\"#\(id)-m\(s)\" x=\"\(ChartMarkup.percent(x(c)))\" y=\"\(ChartMarkup.number(y(value)))\"/>"
            }
            out += "</g>"
        }
        // Labels last, with a white halo, so lines never hide them.
        out += "<g class=\"chart-ticks\" font-size=\"12\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\">"
        for tick in ticks.values {
            out += "<text class=\"chart-tick\" x=\"0\" y=\"\(ChartMarkup.number(y(tick) - 5))\">"
            out += "\(formatted(tick, spec, places: ticks.places))</text>"
        }
        let labelY = ChartMarkup.number(LineLayout.top + LineLayout.plotHeight + 18)
        for (c, category) in spec.categories.enumerated() {
            guard let minor = labelVisibility(index: c, count: count) else { continue }
            out += "<text class=\"chart-category\(minor ? " chart-minor" : "")\" x=\"\(ChartMarkup.percent(x(c)))\" y=\"\(labelY)\""
            out += " text-anchor=\"middle\">\(ChartMarkup.escape(ChartMarkup.shortened(category, limit: 12)))</text>"
        }
        out += "</g>"
        return (out, LineLayout.top + LineLayout.plotHeight + LineLayout.axisHeight)
    }

    /// Whether category `index`'s label is drawn (nil: never) and whether it is minor (hidden
    /// on narrow screens): all of up to 6 labels, every other one as minor up to 12, and past
    /// that every k-th label so that at most 12 remain, every other of them minor.
    static func labelVisibility(index: Int, count: Int) -> Bool? {
        if count <= 6 { return false }
        let every = (count + 11) / 12
        guard index % every == 0 else { return nil }
        return (index / every) % 2 == 1
    }
}
