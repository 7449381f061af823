import Charts
import Config
import Content
import Support
import Templates
import Text

/// `indicator` fields on pages: each indicator as a progress chart (actual against target,
/// by year when it has values by year) with its state in the caption, or as a line of text in
/// table cells; and the values templates reach (`entry.indicators`, a view's indicators).
enum IndicatorCharts {
    /// The field's HTML: one chart per indicator, or in `compact` mode (table cells) a list of
    /// `Name: 8 iš 10 vnt. (80 %), vykdoma pagal planą`.
    static func html(_ indicators: [IndicatorProgress], field: String, compact: Bool) -> String? {
        if indicators.isEmpty { return nil }
        if compact {
            let lines = indicators.map { "<li>\(HTML.escape(sentence($0)))</li>" }
            return "<ul class=\"values indicators-compact\">" + lines.joined() + "</ul>"
        }
        return wrapped(indicators.map { chart($0, field: field) })
    }

    private static func wrapped(_ charts: [String]) -> String { "<div class=\"indicators\">" + charts.joined() + "</div>" }

    /// An entry page's `indicator` field: its HTML and each indicator's template values
    /// (`entry.indicators`), every chart drawn once for both.
    static func drawn(_ value: FieldValue, rules: IndicatorRules, field: FieldSchema) -> (html: String?, contexts: [TemplateValue]) {
        let indicators = IndicatorProgress.all(value, rules: rules)
        let charts = indicators.map { chart($0, field: field.name) }
        let contexts: [TemplateValue] = zip(indicators, charts).map { indicator, chart in
            var values = context(indicator, chart: chart)
            values["field"] = .string(field.name)
            values["fieldLabel"] = .string(field.label)
            return .object(values)
        }
        return (charts.isEmpty ? nil : wrapped(charts), contexts)
    }

    /// One indicator's chart; its id is made from the field and the indicator's values, so
    /// the same page never needs a counter and two builds give the same bytes.
    static func chart(_ indicator: IndicatorProgress, field: String) -> String {
        ChartRenderer.html(spec(indicator), id: chartID(indicator, field: field))
    }

    static func chartID(_ indicator: IndicatorProgress, field: String) -> String {
        var hash = Fingerprint()
        hash.combine(field)
        hash.combine(indicator.name)
        for year in indicator.years { hash.combine("\(year.year):\(year.target ?? -1):\(year.actual ?? -1)") }
        hash.combine("\(indicator.target ?? -1):\(indicator.actual ?? -1):\(indicator.baseline ?? -1)")
        return "rodiklis-" + hash.hexDigest.prefix(12)
    }

    /// A progress chart: a row per year with a target or an actual value, or one row named
    /// after the indicator; the caption says the state and the share of the final target.
    static func spec(_ indicator: IndicatorProgress) -> ChartSpec {
        let numbers = [indicator.target, indicator.actual, indicator.baseline].compactMap { $0 }
            + indicator.years.flatMap { [$0.target, $0.actual].compactMap { $0 } }
        let format: ChartValueFormat = numbers.allSatisfy { $0 == $0.rounded() } ? .integer : .decimal(places: 1)
        var description = "\(IndicatorLabels.stateHeading): \(indicator.stateLabel)"
        if let percent = indicator.percent {
            description += " · " + IndicatorLabels.ofFinalTarget(Lithuanian.percent(percent.rounded()))
        }
        if indicator.years.isEmpty {
            return ChartSpec(
                kind: .progress, title: indicator.name, description: description, categoryTitle: "Rodiklis",
                categories: [indicator.name], series: [ChartSeries(label: "Faktas", values: [indicator.actual])],
                format: format, unit: indicator.unit, target: indicator.target)
        }
        let years = indicator.years.filter { $0.target != nil || $0.actual != nil }
        return ChartSpec(
            kind: .progress, title: indicator.name, description: description, categoryTitle: IndicatorLabels.yearTitle,
            categories: years.map { String($0.year) },
            series: [
                ChartSeries(label: "Faktas", values: years.map(\.actual)),
                ChartSeries(label: "Tikslas", values: years.map(\.target)),
            ],
            format: format, unit: indicator.unit)
    }

    /// `Renginiai: 10 iš 24 vnt. (42 %), atsiliekama`.
    static func sentence(_ indicator: IndicatorProgress) -> String {
        var text = indicator.name + ": "
        let quantity = { (value: Double) in Lithuanian.quantity(value, unit: indicator.unit) }
        switch (indicator.actual, indicator.target) {
        case (let actual?, let target?): text += "\(Lithuanian.number(actual)) iš \(quantity(target))"
        case (nil, let target?): text += "tikslas \(quantity(target))"
        case (let actual?, nil): text += quantity(actual)
        case (nil, nil): break
        }
        if let percent = indicator.percent { text += " (\(Lithuanian.percent(percent.rounded())))" }
        return text + ", " + indicator.stateLabel
    }

    /// What templates reach of one indicator: its texts and numbers formatted, its state's
    /// key and label with a flag per state, and its chart when one is given (a table row shows
    /// numbers only).
    static func context(_ indicator: IndicatorProgress, chart: String?) -> [String: TemplateValue] {
        var context: [String: TemplateValue] = [
            "name": .string(indicator.name), "state": .string(indicator.state.rawValue),
            "stateLabel": .string(indicator.stateLabel), "isAchieved": .bool(indicator.state == .achieved),
            "isOnTrack": .bool(indicator.state == .onTrack), "isBehind": .bool(indicator.state == .behind),
            "hasNoData": .bool(indicator.state == .noData), "text": .string(sentence(indicator)),
        ]
        if let chart { context["chart"] = .string(chart) }
        if let unit = indicator.unit { context["unit"] = .string(unit) }
        if let target = indicator.target { context["target"] = .string(Lithuanian.quantity(target, unit: indicator.unit)) }
        if let actual = indicator.actual { context["actual"] = .string(Lithuanian.quantity(actual, unit: indicator.unit)) }
        if let baseline = indicator.baseline { context["baseline"] = .string(Lithuanian.quantity(baseline, unit: indicator.unit)) }
        if let year = indicator.actualYear { context["year"] = .string(String(year)) }
        if let percent = indicator.percent { context["percent"] = .string(Lithuanian.percent(percent.rounded())) }
        return context
    }
}

extension PageContexts {
    /// A view's `indicators`: every indicator of the field in the entries the view holds, as
    /// table rows (behind schedule first, then on track, not yet reported and achieved; within
    /// a state the least progress first, then in the view's order), with a count and a bar
    /// chart of indicators by state.
    func viewIndicators(_ view: ViewSchema, schema: CollectionSchema, entries: [Int]) -> TemplateValue? {
        guard let name = view.indicators, let field = schema.field(name), case .indicator(let rules) = field.type else {
            return nil
        }
        var found: [(order: Int, entry: Int, indicator: IndicatorProgress)] = []
        for index in entries {
            guard let value = model.entry(index).fields[name] else { continue }
            for indicator in IndicatorProgress.all(value, rules: rules) {
                found.append((found.count, index, indicator))
            }
        }
        found.sort { a, b in
            if a.indicator.state.urgency != b.indicator.state.urgency {
                return a.indicator.state.urgency < b.indicator.state.urgency
            }
            let pa = a.indicator.percent ?? .infinity
            let pb = b.indicator.percent ?? .infinity
            return pa != pb ? pa < pb : a.order < b.order
        }
        let rows: [TemplateValue] = found.map { item in
            let entry = model.entry(item.entry)
            var context = IndicatorCharts.context(item.indicator, chart: nil)  // the entry's page has the chart
            context["entryTitle"] = .string(entry.title)
            context["entryURL"] = .string(urls.page(entry.url))
            context["percentSort"] = .string(item.indicator.percent.map { String(format: "%.3f", $0) } ?? "")
            return .object(context)
        }
        let states = IndicatorProgress.State.allCases.sorted { $0.urgency < $1.urgency }
        let counts = states.map { state in found.filter { $0.indicator.state == state }.count }
        let chart = ChartSpec(
            kind: .bar, title: "Rodikliai pagal būseną", categoryTitle: "Būsena",
            categories: states.map { IndicatorLabels.label(of: $0).capitalizedFirst },
            series: [ChartSeries(label: "Rodikliai", values: counts.map { Double($0) })])
        return [
            "label": .string(field.label), "rows": .list(rows), "hasRows": .bool(!rows.isEmpty),
            "countText": .string(Lithuanian.count(rows.count, Self.indicatorCounts)),
            "counts": .list(zip(states, counts).map { ["state": .string($0.rawValue), "label": .string(IndicatorLabels.label(of: $0)), "count": .int($1)] }),
            "chart": .string(rows.isEmpty ? "" : ChartRenderer.html(chart, id: "rodikliu-busenos-\(view.name)")),
        ]
    }

    static let indicatorCounts = CountForms(one: "rodiklis", few: "rodikliai", other: "rodiklių")
}

extension String {
    /// `Pasiekta` from `pasiekta`, for a category that starts a line.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
