import Charts
import Config
import Content
import Testing

@testable import Rendering

/// Indicators on pages: a progress chart per indicator (years as rows), a sentence in table
/// cells, and the values templates reach.
@Suite struct IndicatorChartsTests {
    static func indicator(_ fields: [(String, FieldValue)]) -> IndicatorProgress {
        var values = FieldValues()
        for (name, value) in fields { values[name] = value }
        return IndicatorProgress(.object(values), rules: IndicatorRules())!
    }

    static let simple = indicator([("name", .string("Renginiai")), ("unit", .string("vnt.")), ("target", .number(24)), ("actual", .number(10))])

    static var byYear: IndicatorProgress {
        var years = FieldValues()
        var first = FieldValues()
        first["target"] = .number(10)
        first["actual"] = .number(9)
        var second = FieldValues()
        second["target"] = .number(25.5)
        years["2025"] = .object(first)
        years["2026"] = .object(second)
        return indicator([("name", .string("Iniciatyvos")), ("values", .object(years))])
    }

    @Test func anIndicatorByYearIsAProgressChartWithARowPerYear() {
        let spec = IndicatorCharts.spec(Self.byYear)
        #expect(spec.kind == .progress && spec.categories == ["2025", "2026"])
        #expect(spec.series.map(\.values) == [[9, nil], [10, 25.5]])
        #expect(spec.format == .decimal(places: 1))
        #expect(spec.description == "Būsena: vykdoma pagal planą · 35\u{00A0}% galutinio tikslo")
        let html = IndicatorCharts.chart(Self.byYear, field: "indicators")
        #expect(html.contains("role=\"img\"") && html.contains("<th scope=\"row\">2026</th>"))
    }

    @Test func tableCellsGetASentenceAndPagesACharts() throws {
        let compact = try #require(IndicatorCharts.html([Self.simple], field: "indicators", compact: true))
        #expect(compact == "<ul class=\"values indicators-compact\"><li>Renginiai: 10 iš 24\u{00A0}vnt. (42\u{00A0}%), atsiliekama</li></ul>")
        let full = try #require(IndicatorCharts.html([Self.simple, Self.byYear], field: "indicators", compact: false))
        #expect(full.components(separatedBy: "<figure class=\"chart chart-progress\"").count == 3)
        #expect(IndicatorCharts.html([], field: "indicators", compact: false) == nil)
    }

    @Test func chartIdsAreStableAndDifferByFieldAndValues() {
        let a = IndicatorCharts.chartID(Self.simple, field: "indicators")
        #expect(a == IndicatorCharts.chartID(Self.simple, field: "indicators"))
        #expect(a != IndicatorCharts.chartID(Self.simple, field: "results"))
        #expect(a != IndicatorCharts.chartID(Self.byYear, field: "indicators"))
        #expect(a.hasPrefix("rodiklis-"))
    }

    @Test func templatesReachTheDerivedValues() {
        let context = IndicatorCharts.context(Self.simple, chart: IndicatorCharts.chart(Self.simple, field: "indicators"))
        #expect(context["percent"] == .string("42\u{00A0}%"))
        #expect(context["state"] == .string("behind") && context["stateLabel"] == .string("atsiliekama"))
        #expect(context["isBehind"] == .bool(true) && context["isAchieved"] == .bool(false))
        #expect(context["target"] == .string("24\u{00A0}vnt.") && context["actual"] == .string("10\u{00A0}vnt."))
    }
}
