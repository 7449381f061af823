import Foundation
@testable import Serve
import Testing

/// In the serialized suite of the preview server: the raw client blocks the thread it runs on,
/// and two tests at once would take both threads of a two-core machine's cooperative pool
/// away from the servers.
extension PreviewServerTests {
    @Test func headAnswersWithTheHeaderFieldsOfGetAndNoBody() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        for path in ["/", "/projektai/", "/nera/", "/__zinynas/status"] {
            let get = try RawHTTP.request("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: running.port)
            let head = try RawHTTP.request("HEAD \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", port: running.port)
            #expect(head.head == get.head, "\(path)")
            #expect(head.head.components(separatedBy: "\r\n").contains("Content-Length: \(get.body.utf8.count)"), "\(path)")
            #expect(head.body.isEmpty && !get.body.isEmpty, "\(path)")
        }
    }

    @Test(arguments: [17 * 1024, 150 * 1024, 400 * 1024])
    func anOversizedHeadGets431(_ size: Int) async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let big = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: size))\r\n\r\n"
        #expect(try RawHTTP.request(big, port: running.port).status == 431)
        let many = "GET / HTTP/1.1\r\n" + String(repeating: "X-Field: 1234567890\r\n", count: size / 20) + "\r\n"
        #expect(try RawHTTP.request(many, port: running.port).status == 431)
        #expect(try RawHTTP.get("/", port: running.port).status == 200, "the server goes on serving")
    }

    @Test(arguments: ["GARBAGE\r\n\r\n", "GET / HTTP/1.1\r\n folded: x\r\n\r\n", "GET / HTTP/1.1\r\nNo Colon\r\n\r\n"])
    func aMalformedHeadGets400(_ raw: String) async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        #expect(try RawHTTP.request(raw, port: running.port).status == 400)
    }

    @Test func keptAliveConnectionsAnswerPipelinedRequestsInOrder() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let client = try RawHTTP(port: running.port)
        client.send(raw: "GET /apie/ HTTP/1.1\r\nHost: x\r\n\r\nHEAD /nera/ HTTP/1.1\r\nHost: x\r\n\r\nGET /projektai/ HTTP/1.0\r\n\r\n")
        let answers = client.read(seconds: 5).components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
        #expect(answers == ["200", "404", "200"])
    }

    @Test func aSlowHeadIsCutOffAndDoesNotHoldUpOthers() async throws {
        let running = try await RunningServer(limits: .init(headTime: .seconds(1)))
        defer { running.stop() }
        let slow = try (0..<3).map { _ in try RawHTTP(port: running.port) }
        for client in slow { client.send(raw: "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ") }
        let start = Date()
        #expect(try RawHTTP.get("/projektai/", port: running.port).status == 200)
        #expect(Date().timeIntervalSince(start) < 1)
        for client in slow {
            // Still dripping: the limit is on the whole head, not on each pause between bytes.
            for _ in 0..<5 {
                client.send(raw: "a")
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        for client in slow { #expect(client.read(until: "\r\n\r\n", seconds: 3).hasPrefix("HTTP/1.1 408 ")) }
    }

    @Test func aShortLoadRunHasNoFailures() async throws {
        let running = try await RunningServer(limits: .init(headTime: .seconds(1)))
        defer { running.stop() }
        let report = LoadRun(port: running.port, clients: 20, slowClients: 3, bigHeadClients: 1, seconds: 1.5).run()
        print("short load run: \(report)")
        #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
        #expect(report.latencies.count > 100)
        #expect(report.percentile(0.99) < 0.5, "\(report)")
    }

    /// The load test of issue 17, run on purpose by scripts/bench-serve: 200 clients fetching
    /// pages for 10 s while 20 clients drip request heads and 2 send 200 KB heads, with the
    /// server's own limits.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ZINYNAS_LOAD_TEST"] == "1"))
    func theLoadRun() async throws {
        let running = try await RunningServer()
        defer { running.stop() }
        let report = LoadRun(port: running.port, clients: 200, slowClients: 20, bigHeadClients: 2, seconds: 10).run()
        print("load run: \(report)")
        #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
        #expect(report.percentile(0.99) < 0.2, "\(report)")
        #expect(!report.cutOffs.isEmpty && report.cutOffs.allSatisfy { $0 < 6 }, "\(report)")
    }
}

@Suite struct HeadScannerTests {
    let raw = Array("\r\nGET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Two:  spaced value \t\r\n\r\nGET /next".utf8)

    @Test func findsTheSameHeadWhateverTheChunksAndKeepsWhatFollows() throws {
        var whole = HeadScanner(limit: 1024)
        let expected = try #require(try whole.append(raw))
        #expect(expected.0.method == "GET" && expected.0.target == "/a?b=1" && expected.0.path == "/a")
        #expect(expected.0.value(of: "x-two") == "spaced value" && expected.0.value(of: "HOST") == "x")
        #expect(expected.1 == Array("GET /next".utf8))
        var byByte = HeadScanner(limit: 1024)
        var found: (RequestHead, [UInt8])?
        for byte in raw where found == nil { found = try byByte.append([byte]) }
        #expect(found?.0 == expected.0)
    }

    @Test func theLimitCountsTheWholeHead() throws {
        let headLength = raw.count - "GET /next".utf8.count
        var exact = HeadScanner(limit: headLength)
        #expect(try exact.append(raw) != nil)
        var short = HeadScanner(limit: headLength - 1)
        #expect(throws: HeadError.tooLarge) { try short.append(raw) }
        var endless = HeadScanner(limit: 100)
        #expect(throws: HeadError.tooLarge) { try endless.append(Array(repeating: UInt8(ascii: "a"), count: 101)) }
    }

    @Test func keepAliveFollowsTheVersionAndConnectionField() throws {
        func head(_ text: String) throws -> RequestHead { try HeadScanner.parse(Array(text.utf8)[...]) }
        #expect(try head("GET / HTTP/1.1\r\n\r\n").keepsAlive)
        #expect(try !head("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n").keepsAlive)
        #expect(try !head("GET / HTTP/1.0\r\n\r\n").keepsAlive)
        #expect(try head("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").keepsAlive)
        #expect(try head("GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\n").hasBody)
    }
}
