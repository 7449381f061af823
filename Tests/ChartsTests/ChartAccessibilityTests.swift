import Foundation
import FoundationXML
import Testing

@testable import Charts

/// The structure assistive technology relies on, read from the HTML as XML (the renderer
/// writes well-formed markup, which this also checks).
@Suite struct ChartAccessibilityTests {
    func document(_ spec: ChartSpec, id: String = "c") throws -> XMLDocument {
        try XMLDocument(xmlString: ChartRenderer.html(spec, id: id), options: [])
    }

    func strings(_ doc: XMLDocument, _ xpath: String) throws -> [String] {
        try doc.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    @Test(arguments: ChartSamples.all.map(\.name))
    func theSvgIsAnImageNamedAndDescribedByItsTitleAndDesc(name: String) throws {
        let spec = try #require(ChartSamples.all.first { $0.name == name }?.spec)
        let doc = try document(spec)
        #expect(try strings(doc, "/figure/@class") == ["chart chart-\(spec.kind.rawValue)"])
        #expect(try strings(doc, "/figure/figcaption/span[@class='chart-title']") == [spec.title])
        #expect(try strings(doc, "/figure/svg/@role") == ["img"])
        #expect(try strings(doc, "/figure/svg/@width") == ["100%"])
        let labelledBy = try strings(doc, "/figure/svg/@aria-labelledby")
        #expect(try strings(doc, "/figure/svg/*[local-name()='title']/@id") == labelledBy)
        #expect(try strings(doc, "/figure/svg/*[local-name()='title']") == [spec.title])
        let describedBy = try strings(doc, "/figure/svg/@aria-describedby")
        #expect(try strings(doc, "/figure/svg/*[local-name()='desc']/@id") == describedBy)
        let desc = try strings(doc, "/figure/svg/*[local-name()='desc']").joined()
        #expect(desc.contains(spec.isLithuanian ? "lentelėje" : "table"))
    }

    @Test(arguments: ChartSamples.all.map(\.name))
    func theDataIsARealTableWithHeaders(name: String) throws {
        let spec = try #require(ChartSamples.all.first { $0.name == name }?.spec)
        let doc = try document(spec)
        #expect(try strings(doc, "/figure/details/summary") == [spec.isLithuanian ? "Duomenys lentelėje" : "Data table"])
        let table = "/figure/details/div/table"
        #expect(try strings(doc, "\(table)/caption") == [spec.title])
        let columns = try strings(doc, "\(table)/thead/tr/th[@scope='col']")
        let expected = spec.kind == .progress ? 4 : spec.series.count + 1 + (spec.kind == .stackedBar ? 1 : 0)
        #expect(columns.count == expected)
        #expect(try strings(doc, "\(table)/tbody/tr/th[@scope='row']") == spec.categories)
        let cells = try strings(doc, "\(table)/tbody/tr/td")
        #expect(cells.count == spec.categories.count * (expected - 1))
        let missing = spec.series.contains { $0.values.contains(nil) }
        #expect(cells.contains("–") == missing)
    }

    @Test(arguments: ChartSamples.all.map(\.name))
    func everyReferenceResolvesAndEveryIdIsUniqueAndPrefixed(name: String) throws {
        let spec = try #require(ChartSamples.all.first { $0.name == name }?.spec)
        let html = ChartRenderer.html(spec, id: "zz")
        let doc = try XMLDocument(xmlString: html, options: [])
        let ids = try strings(doc, "//@id")
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0 == "zz" || $0.hasPrefix("zz-") })
        let hrefs = try strings(doc, "//@href").map { String($0.dropFirst()) }
        let urls = try strings(doc, "//@fill").filter { $0.hasPrefix("url(#") }.map { String($0.dropFirst(5).dropLast()) }
        for reference in hrefs + urls { #expect(ids.contains(reference), "\(reference) in \(name)") }
    }

    @Test func seriesDifferByMoreThanColour() throws {
        let bars = try document(ChartSamples.compared)
        let fills = Set(try strings(bars, "//*[local-name()='rect'][contains(@class,'chart-mark')]/@fill"))
        #expect(fills.filter { $0.hasPrefix("url(#") }.count == 2)  // the first series is solid
        #expect(try strings(bars, "/figure/ul[@class='chart-legend']/li") == ["2023 m.", "2024 m.", "2025 m."])
        let lines = try document(ChartSamples.visits)
        #expect(Set(try strings(lines, "//*[local-name()='g'][@class='chart-series']/@stroke-dasharray")).count == 1)
        #expect(Set(try strings(lines, "//*[local-name()='use']/@href")).count == 2)
    }

    @Test func paletteColoursHaveThreeToOneContrastOnWhite() {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        for colour in ChartPalette.colours + [ChartPalette.track, ChartPalette.ink] {
            #expect(1.05 / (luminance(colour) + 0.05) >= 3, "\(colour)")
        }
    }

    @Test func numbersOnAxesAreLithuanian() throws {
        let doc = try document(ChartSamples.visits)
        let ticks = try strings(doc, "//*[local-name()='text'][@class='chart-tick']")
        #expect(ticks.contains("200\u{00A0}000"))
        let english = try document(ChartSamples.english)
        #expect(try strings(english, "//*[local-name()='text'][contains(@class,'chart-tick')]").contains("10,000"))
        #expect(try strings(english, "//td").contains("12,500.5"))
    }

    @Test func manyCategoriesThinTheirLabels() throws {
        let years = (2001...2024).map(String.init)
        let spec = ChartSpec(kind: .line, title: "t", categories: years,
            series: [ChartSeries(label: "s", values: years.map { Double($0)! })])
        let doc = try document(spec)
        let labels = try strings(doc, "//*[local-name()='text'][contains(@class,'chart-category')]")
        #expect(labels.count == 12)
        let minor = try strings(doc, "//*[local-name()='text'][contains(@class,'chart-minor')]")
        #expect(minor.count == 6)
    }

    @Test func progressStatesActualAgainstTargetInText() throws {
        let spec = ChartSpec(kind: .progress, title: "Apmokyta", categories: [""],
            series: [ChartSeries(label: "Faktas", values: [8])], target: 10)
        let doc = try document(spec)
        #expect(try strings(doc, "//*[local-name()='text']") == ["8 iš 10 (80\u{00A0}%)"])
        #expect(try strings(doc, "//td") == ["8", "10", "80\u{00A0}%"])
        #expect(try strings(doc, "/figure/svg/*[local-name()='line'][@class='chart-target']/@x1") == ["99%"])
        #expect(try strings(doc, "/figure/svg/*[local-name()='rect'][@class='chart-mark']/@width") == ["78.8%"])
    }

    /// A unit is text until its markup is made: escaped once, in the label and in the description.
    @Test func aUnitWithAnAmpersandIsEscapedOnce() throws {
        let spec = ChartSpec(kind: .progress, title: "Apmokyta", categories: [""],
            series: [ChartSeries(label: "Faktas", values: [8])], unit: "knygos & žurnalai", target: 10)
        let html = ChartRenderer.html(spec, id: "u")
        #expect(!html.contains("&amp;amp;"))
        let doc = try document(spec)
        #expect(try strings(doc, "//*[local-name()='text']") == ["8\u{00A0}knygos & žurnalai iš 10\u{00A0}knygos & žurnalai (80\u{00A0}%)"])
        #expect(try strings(doc, "//*[local-name()='desc']").first?.contains("10\u{00A0}knygos & žurnalai") == true)
    }

    @Test func aBarChartOfSeveralSeriesDrawsThemAll() throws {
        let spec = ChartSpec(kind: .bar, title: "t", categories: ["a", "b"],
            series: [ChartSeries(label: "x", values: [1, 2]), ChartSeries(label: "y", values: [3, 4])])
        let doc = try document(spec)
        #expect(try strings(doc, "/figure/svg/*[local-name()='rect'][contains(@class,'chart-mark')]/@y").count == 4)
        #expect(try strings(doc, "/figure/ul[@class='chart-legend']/li") == ["x", "y"])
    }

    @Test func noDataIsSaidInsteadOfAnEmptyImage() throws {
        let spec = ChartSpec(kind: .bar, title: "Nieko", categories: ["a"], series: [ChartSeries(label: "s", values: [nil])])
        let html = ChartRenderer.html(spec, id: "x")
        #expect(!html.contains("<svg") && html.contains("Duomenų nėra."))
    }
}
