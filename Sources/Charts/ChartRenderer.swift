/// Charts as HTML with inline SVG, drawn at build time: no script, the same bytes for the same
/// spec and id. A chart is a `<figure class="chart">` holding its caption, an SVG with
/// `role="img"`, a `<title>` and a `<desc>` (what it shows, in the spec's language), a legend
/// in text, and the data as a real table in a `<details>`.
///
/// The SVG is `width="100%"` with a fixed height and no viewBox: bars and points are placed in
/// percentages of the width while text keeps its size (12–13 px), so labels stay legible at
/// 320 CSS px instead of shrinking with the drawing. Categories are horizontal bars (their
/// names get a line of their own above each bar), and a line chart's x labels thin out on
/// narrow screens (`chart-minor`, hidden by the stylesheet under 30rem).
package enum ChartRenderer {
    /// The chart's HTML; ids inside it (title, patterns, markers) start with `id`, which the
    /// caller keeps unique on the page.
    package static func html(_ spec: ChartSpec, id rawID: String) -> String {
        let id = ChartMarkup.identifier(rawID)
        let texts = ChartStrings(lithuanian: spec.isLithuanian)
        var out = "<figure class=\"chart chart-\(spec.kind.rawValue)\" id=\"\(id)\">"
        out += "<figcaption><span class=\"chart-title\">\(ChartMarkup.escape(spec.title))</span>"
        if let description = spec.description, !description.isEmpty {
            out += "<span class=\"chart-description\">\(ChartMarkup.escape(description))</span>"
        }
        out += "</figcaption>"
        guard !spec.categories.isEmpty, !spec.series.isEmpty, !spec.finiteValues.isEmpty else {
            return out + "<p class=\"chart-empty\">\(texts.noData)</p></figure>"
        }
        let drawing: (body: String, height: Double)
        switch spec.kind {
        case .line: drawing = lineDrawing(spec, id: id)
        case .bar, .groupedBar, .stackedBar: drawing = barDrawing(spec, id: id)
        case .progress: drawing = progressDrawing(spec, id: id, texts: texts)
        }
        out += "<svg class=\"chart-svg\" role=\"img\" width=\"100%\" height=\"\(ChartMarkup.number(drawing.height))\""
        out += " aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" focusable=\"false\""
        out += " font-size=\"13\">"
        out += "<title id=\"\(id)-title\">\(ChartMarkup.escape(spec.title))</title>"
        out += "<desc id=\"\(id)-desc\">\(ChartMarkup.escape(summary(spec, texts: texts)))</desc>"
        out += "<defs>\(definitions(spec, id: id))</defs>"
        out += drawing.body
        out += "</svg>"
        out += legend(spec, id: id, texts: texts)
        out += table(spec, texts: texts)
        return out + "</figure>"
    }

    /// Patterns for bars, marker shapes for lines.
    static func definitions(_ spec: ChartSpec, id: String) -> String {
        switch spec.kind {
        case .line:
            return spec.series.indices.map { s in
                "<path id=\"\(id)-m\(s)\" d=\"\(ChartPalette.markerPath(s))\"/>"
            }.joined()
        case .bar, .groupedBar, .stackedBar:
            return ChartPalette.patternDefinitions(seriesCount: spec.series.count, id: id)
        case .progress:
            return ""
        }
    }

    /// What the chart shows, in a sentence or three: kind, series, categories' span, the
    /// smallest and largest values, and where the data is.
    static func summary(_ spec: ChartSpec, texts: ChartStrings) -> String {
        var parts: [String] = []
        var head = texts.kind(spec.kind)
        if let first = spec.categories.first, let last = spec.categories.last {
            head += first == last ? ": \(first)" : ": \(first)–\(last)"
        }
        parts.append(ChartStrings.ended(head))
        if spec.kind == .progress {
            parts.append(progressSentence(spec, texts: texts))
        } else {
            if spec.series.count > 1 { parts.append(texts.seriesList(spec.series.map(\.label))) }
            let values = spec.finiteValues
            if let low = values.min(), let high = values.max() {
                parts.append(texts.range(formatted(low, spec, unit: true), formatted(high, spec, unit: true)))
            }
        }
        let missing = spec.series.indices.contains { s in spec.categories.indices.contains { spec.value(s, $0) == nil } }
        if missing { parts.append(texts.someMissing) }
        parts.append(texts.tableNote)
        return parts.joined(separator: " ")
    }

    /// A value in the spec's format and language, with its unit when asked (and not a percent).
    static func formatted(_ value: Double, _ spec: ChartSpec, unit: Bool = false, places: Int? = nil) -> String {
        let text = ChartNumbers.format(value, spec.format, lithuanian: spec.isLithuanian, places: places)
        guard unit, let name = spec.unit, !name.isEmpty, spec.format != .percent else { return text }
        return "\(text)\u{00A0}\(name)"  // text: escaped where it goes into markup
    }

    /// The legend as text beside a swatch drawn like the series (fill, or line and marker);
    /// a chart of one series has none, its title says what it is.
    static func legend(_ spec: ChartSpec, id: String, texts: ChartStrings) -> String {
        var items: [(swatch: String, label: String)] = []
        switch spec.kind {
        case .progress:
            items.append((swatchRect(fill: ChartPalette.colour(0), stroke: ChartPalette.colour(0)), texts.actual))
            items.append(("<line class=\"chart-target\" x1=\"14\" x2=\"14\" y1=\"0\" y2=\"14\" stroke=\"\(ChartPalette.ink)\" stroke-width=\"3\"/>", texts.target))
        case .line:
            guard spec.series.count > 1 else { return "" }
            for (s, series) in spec.series.enumerated() {
                let colour = ChartPalette.colour(s)
                var swatch = "<line class=\"chart-mark-line\" x1=\"0\" x2=\"28\" y1=\"7\" y2=\"7\" stroke=\"\(colour)\" stroke-width=\"2.5\""
                let dash = ChartPalette.dash(s)
                if !dash.isEmpty { swatch += " stroke-dasharray=\"\(dash)\"" }
                swatch += "/><use class=\"chart-mark\" href=\"#\(id)-m\(s)\" x=\"14\" y=\"7\" fill=\"\(colour)\" stroke=\"#fff\"/>"
                items.append((swatch, series.label))
            }
        case .bar, .groupedBar, .stackedBar:
            guard spec.series.count > 1 else { return "" }
            for (s, series) in spec.series.enumerated() {
                items.append((swatchRect(fill: ChartPalette.fill(s, id: id), stroke: ChartPalette.colour(s)), series.label))
            }
        }
        var out = "<ul class=\"chart-legend\">"
        for item in items {
            out += "<li><svg class=\"chart-swatch\" width=\"28\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">"
            out += "\(item.swatch)</svg>\(ChartMarkup.escape(item.label))</li>"
        }
        return out + "</ul>"
    }

    static func swatchRect(fill: String, stroke: String) -> String {
        "<rect class=\"chart-mark\" x=\"0.5\" y=\"0.5\" width=\"27\" height=\"13\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
    }
}
