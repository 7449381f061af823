import Foundation
import Testing

@testable import Charts

/// Each sample chart's HTML against its golden file in Tests/Fixtures/charts (re-recorded
/// only with ZINYNAS_RECORD=1; look at the diff and at `index.html` in a browser first).
@Suite struct ChartGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/charts")
    static var recording: Bool { ProcessInfo.processInfo.environment["ZINYNAS_RECORD"] == "1" }

    @Test(arguments: ChartSamples.all.map(\.name))
    func chartMatchesItsGoldenFile(name: String) throws {
        let spec = try #require(ChartSamples.all.first { $0.name == name }?.spec)
        let html = ChartRenderer.html(spec, id: "chart-\(name)") + "\n"
        let file = Self.folder.appendingPathComponent("\(name).html")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try html.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(html == expected, "\(name).html differs; re-record with ZINYNAS_RECORD=1 if intended")
    }

    @Test func renderingIsDeterministicAndIdsFollowTheArgument() {
        for (_, spec) in ChartSamples.all {
            #expect(ChartRenderer.html(spec, id: "a") == ChartRenderer.html(spec, id: "a"))
            let other = ChartRenderer.html(spec, id: "b")
            #expect(!other.contains("id=\"a-") && other.contains("id=\"b-title\""))
        }
    }
}
