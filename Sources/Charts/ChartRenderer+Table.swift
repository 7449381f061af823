extension ChartRenderer {
    /// The chart's data as a table in a `<details>`: a caption, column and row headers with
    /// scopes, numbers right-aligned in the chart's format, "–" where a value is missing.
    /// Progress tables give actual, target and the share achieved; stacked ones a total.
    static func table(_ spec: ChartSpec, texts: ChartStrings) -> String {
        var out = "<details class=\"chart-data\"><summary>\(texts.tableSummary)</summary><div class=\"table-wrap\"><table>"
        out += "<caption>\(ChartMarkup.escape(spec.title))</caption><thead><tr>"
        out += "<th scope=\"col\">\(ChartMarkup.escape(spec.categoryTitle ?? texts.category))</th>"
        var headers: [String]
        if spec.kind == .progress {
            headers = [texts.withUnit(texts.actual, spec.unit), texts.withUnit(texts.target, spec.unit), texts.achieved]
        } else {
            headers = spec.series.map { texts.withUnit($0.label, spec.format == .percent ? nil : spec.unit) }
            if spec.kind == .stackedBar, spec.series.count > 1 { headers.append(texts.total) }
        }
        for header in headers { out += "<th scope=\"col\" class=\"num\">\(ChartMarkup.escape(header))</th>" }
        out += "</tr></thead><tbody>"
        for (c, category) in spec.categories.enumerated() {
            out += "<tr><th scope=\"row\">\(ChartMarkup.escape(category))</th>"
            for cell in row(spec, category: c) { out += "<td class=\"num\">\(cell)</td>" }
            out += "</tr>"
        }
        return out + "</tbody></table></div></details>"
    }

    /// One category's cells, already formatted.
    static func row(_ spec: ChartSpec, category c: Int) -> [String] {
        let text: (Double?) -> String = { value in value.map { formatted($0, spec) } ?? "–" }
        if spec.kind == .progress {
            let progress = progressValues(spec, category: c)
            let share = progress.share.map { ChartNumbers.percent($0, places: 0, lithuanian: spec.isLithuanian) } ?? "–"
            return [text(progress.actual), text(progress.target), share]
        }
        var cells = spec.series.indices.map { text(spec.value($0, c)) }
        if spec.kind == .stackedBar, spec.series.count > 1 {
            let values = spec.series.indices.compactMap { spec.value($0, c) }
            cells.append(values.isEmpty ? "–" : formatted(values.reduce(0, +), spec))
        }
        return cells
    }
}
