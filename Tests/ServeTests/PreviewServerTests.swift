import Diagnostics
import Foundation
@testable import Serve
@testable import Support
import Testing

/// A preview server on a free port over a scratch copy of the valid fixture site.
final class RunningServer: @unchecked Sendable {
    let site: URL
    let server: PreviewServer
    let port: UInt16
    private let task: Task<Void, Error>

    /// `prepare` may change the copy before the first build (break it, say).
    init(
        polling: Bool = false, limits: HTTPServer.Limits = .init(), language: Language = .en, prepare: (URL) throws -> Void = { _ in }
    ) async throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/valid")
        site = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-serve-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures, to: site)
        try prepare(site)
        var options = PreviewServer.Options(
            build: .init(siteFolder: site, now: "2026-05-01", drafts: true), port: 0, polling: polling)
        options.limits = limits
        options.language = language
        let server = PreviewServer(options: options)
        self.server = server
        let (ports, continuation) = AsyncStream.makeStream(of: UInt16.self)
        task = Task { try await server.run(log: { _ in }, ready: { continuation.yield($0) }) }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
    }

    func write(_ text: String, to path: String) throws {
        try text.write(to: site.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// The server's event stream, read up to its first event (`hello`).
    func events() throws -> RawHTTP {
        let events = try RawHTTP(port: port)
        events.send("/__zinynas/events")
        events.read(until: "event: hello")
        return events
    }

    func stop() {
        task.cancel()
        try? FileManager.default.removeItem(at: site)
    }
}

@Suite(.serialized) struct PreviewServerTests {
    @Test func servesPagesWithTheReloadScriptOnlyInResponses() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let page = try RawHTTP.get("/projektai/", port: running.port)
        #expect(page.status == 200)
        #expect(page.body.contains("<script src=\"/__zinynas/live.js\" defer></script>\n</body>"))
        let onDisk = try String(contentsOf: running.server.output.appendingPathComponent("projektai/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__zinynas"), "the served files themselves stay clean")
        let script = try RawHTTP.get("/__zinynas/live.js", port: running.port)
        #expect(script.body.contains("new EventSource(\"/__zinynas/events\")"))
        let missing = try RawHTTP.get("/nera/", port: running.port)
        #expect(missing.status == 404)
        #expect(missing.body.contains("<h1>Nerasta</h1>"))
    }

    @Test func aSavedChangeSendsReloadAndServesTheNewContent() async throws {
        try await changeIsNoticed(polling: false)
    }

    @Test func thePollingWatcherNoticesChangesToo() async throws {
        try await changeIsNoticed(polling: true)
    }

    func changeIsNoticed(polling: Bool) async throws {
        let running = try await RunningServer(polling: polling)
        defer { running.stop() }
        let events = try RawHTTP(port: running.port)
        events.send("/__zinynas/events")
        #expect(events.read(until: "event: hello").contains("\"version\":1"))
        try running.write("---\ntitle: Apie žinyną\n---\nNaujas tekstas apie žinyną.\n", to: "content/apie.md")
        let stream = events.read(until: "event: reload", seconds: 10)
        #expect(stream.contains("event: reload\ndata: {\"diagnostics\":[],\"good\":true,\"ok\":true,\"version\":2}"))
        #expect(try RawHTTP.get("/apie/", port: running.port).body.contains("Naujas tekstas apie žinyną."))
    }

    /// Folders made while the server runs are watched, down to the last: a file saved two
    /// new folders deep is built.
    @Test func filesInNewFoldersAreNoticed() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let events = try running.events()
        try FileManager.default.createDirectory(
            at: running.site.appendingPathComponent("static/naujas/aplankas"), withIntermediateDirectories: true)
        events.read(times: 1, "event: reload")
        try running.write("Žinutė.\n", to: "static/naujas/aplankas/zinute.txt")
        events.read(times: 2, "event: reload")
        let file = try RawHTTP.get("/naujas/aplankas/zinute.txt", port: running.port)
        #expect(file.status == 200 && file.body == "Žinutė.\n")
    }

    /// A deleted page stays until the full pass removes it; then every tab reloads, not only
    /// the search page.
    @Test func aDeletedPageGoesWithTheFullPass() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let events = try running.events()
        try running.write("---\ntitle: Laikinas\n---\nGreitai dings.\n", to: "content/laikinas.md")
        events.read(until: "event: indexes", seconds: 10)
        #expect(try RawHTTP.get("/laikinas/", port: running.port).status == 200)
        try FileManager.default.removeItem(at: running.site.appendingPathComponent("content/laikinas.md"))
        let stream = events.read(times: 3, "event: reload")
        #expect(stream.components(separatedBy: "event: reload").count - 1 == 3, "the pages, then the whole site: \(stream)")
        #expect(try RawHTTP.get("/laikinas/", port: running.port).status == 404)
    }

    /// A save is built twice: the pages (tabs reload), then the whole site, after which the
    /// search page names the new index files and a tab on it reloads.
    @Test func theSearchIndexIsMadeAfterThePages() async throws {
        let portal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let running = try await RunningServer { site in
            try FileManager.default.copyItem(
                at: portal.appendingPathComponent("layouts/_default/search.mustache"),
                to: site.appendingPathComponent("layouts/_default/search.mustache"))
        }
        defer { running.stop() }
        let before = try RawHTTP.get("/paieska/", port: running.port).body
        let events = try running.events()
        let library = try String(contentsOf: running.site.appendingPathComponent("content/bibliotekos/pavb.md"), encoding: .utf8)
        try running.write(library + "\nKvietimasžodynas.\n", to: "content/bibliotekos/pavb.md")
        let stream = events.read(until: "event: indexes", seconds: 20)
        let reload = try #require(stream.range(of: "event: reload"))
        let indexes = try #require(stream.range(of: "event: indexes"))
        #expect(reload.upperBound <= indexes.lowerBound)
        #expect(stream.contains("event: indexes\ndata: {\"diagnostics\":[],\"good\":true,\"ok\":true,\"version\":2}"))
        let after = try RawHTTP.get("/paieska/", port: running.port).body
        #expect(after != before, "the search page names the index files made for the new text")
        let script = try RawHTTP.get("/__zinynas/live.js", port: running.port).body
        #expect(script.contains("var SEARCH = \"/paieska/\";") && script.contains("addEventListener(\"indexes\""))
    }

    @Test func aBrokenFileShowsTheOverlayAndKeepsTheLastGoodSite() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let events = try running.events()
        try running.write("---\ntitle: PAVB\nkind: nera\n---\nSugadinta.\n", to: "content/bibliotekos/pavb.md")
        let stream = events.read(until: "event: errors", seconds: 10)
        #expect(stream.contains("event: errors"))
        #expect(stream.contains("\"file\":\"content/bibliotekos/pavb.md\",\"hint\":\"allowed values: county (Apskrities), municipal (Savivaldybės)\",\"line\":3"))
        let status = try RawHTTP.get("/__zinynas/status", port: running.port).body
        #expect(status.contains("\"ok\":false"))
        let page = try RawHTTP.get("/bibliotekos/pavb/", port: running.port)
        #expect(page.status == 200)
        #expect(page.body.contains("Apskrities biblioteka.") && !page.body.contains("Sugadinta."))
    }

    @Test(arguments: [
        "/../site.yml", "/projektai/../../site.yml", "/%2e%2e/site.yml", "/%2E%2E%2Fsite.yml", "/..%2fsite.yml",
        "/%252e%252e/site.yml", "/projektai/..%5c..%5csite.yml", "/%00/index.html",
    ])
    func traversalIsRefused(_ path: String) async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let response = try RawHTTP.get(path, port: running.port)
        #expect(response.status == 403 || response.status == 404 || response.status == 400, "\(path) → \(response.status)")
        #expect(!response.body.contains("base_url"), "site.yml must never be served")
    }

    @Test func symbolicLinksOutOfTheOutputAreRefused() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        try FileManager.default.createSymbolicLink(
            at: running.server.output.appendingPathComponent("nuoroda.yml"),
            withDestinationURL: running.site.appendingPathComponent("site.yml"))
        let response = try RawHTTP.get("/nuoroda.yml", port: running.port)
        #expect(response.status == 403)
    }
}
