import Diagnostics
import Foundation
@testable import Serve
import Testing

/// What an editor sees when the preview cannot build. In the one serialized suite: the raw
/// client blocks its thread, and servers of two tests at once would starve each other.
extension PreviewServerTests {
    /// A first build that fails serves no 404s under an overlay claiming an older version:
    /// every page says there is none yet, and the status lists the errors, all in the site's
    /// language (Lithuanian here).
    @Test func aBrokenFirstBuildShowsThatThereIsNoGoodVersionYet() async throws {
        let running = try await RunningServer(language: .lt) { site in
            try "---\ntitle: X\n---\n[x](/nera/)\n".write(
                to: site.appendingPathComponent("content/nauja.md"), atomically: true, encoding: .utf8)
        }
        defer { running.stop() }
        let page = try RawHTTP.get("/projektai/", port: running.port)
        #expect(page.status == 503)
        #expect(page.body.contains("Svetainė dar nesukurta") && page.body.contains("/__zinynas/live.js"))
        let status = try RawHTTP.get("/__zinynas/status", port: running.port)
        #expect(status.body.contains("\"good\":false") && status.body.contains("\"ok\":false"))
        #expect(status.body.contains("content/nauja.md:4:1: error: nuoroda į neegzistuojantį puslapį „/nera/“"))
        #expect(status.body.contains("\"title\":\"Svetainės sukurti nepavyko: 1 klaida. Veikiančios versijos dar nėra: ištaisykite klaidas.\""))
        #expect(status.body.contains("\"close\":\"Uždaryti\"") && status.body.contains("\"label\":\"Turinio klaidos\""))
        let script = try RawHTTP.get("/__zinynas/live.js", port: running.port)
        #expect(script.body.contains("status.title") && !script.body.contains("klaid"), "the script's words come with the status")
    }

    /// The terminal shows every diagnostic as `check` prints it, then what is served.
    @Test func aFailedRebuildPrintsEveryDiagnostic() {
        let diagnostics: [Diagnostic] = [
            .error("first", at: SourceLocation(file: "content/a.md", line: 2, column: 3), hint: "do this"),
            .error("second", at: SourceLocation(file: "content/b.md", line: 1, column: 1)),
        ]
        let text = PreviewServer.failure(diagnostics, texts: ["content/a.md": "x\nline two\n"], hasGood: true)
        #expect(text.hasPrefix("content/a.md:2:3: error: first\n    line two\n      ^\n    hint: do this\ncontent/b.md:1:1: error: second\n"))
        #expect(text.hasSuffix("build failed: 2 errors in 2 files; still serving the last good site"))
        #expect(PreviewServer.failure(diagnostics, texts: [:], hasGood: false).hasSuffix("no good build yet: pages show the errors"))
        let lithuanian = PreviewServer.failure(diagnostics, texts: [:], hasGood: true, language: .lt)
        #expect(lithuanian.hasSuffix("svetainės sukurti nepavyko: 2 klaidos 2 failuose; rodoma paskutinė veikianti versija"))
    }
}
