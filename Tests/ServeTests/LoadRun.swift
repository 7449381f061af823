import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A load run against a server on 127.0.0.1 (never any other address), bounded by `seconds`:
/// `clients` threads fetch pages over kept-alive connections, each asking again as soon as it
/// is answered, while `slowClients` threads drip a request head a byte at a time, never
/// finishing it, and connect again whenever the server cuts them off; `bigHeadClients` send a
/// 200 KB head every 100 ms (what took FlyingFox seconds of CPU each) and expect 431.
struct LoadRun {
    var port: UInt16
    var clients: Int
    var slowClients: Int
    var bigHeadClients = 0
    var seconds: Double
    var paths = ["/", "/projektai/", "/apie/", "/bibliotekos/pavb/", "/nera/"]

    struct Report: CustomStringConvertible {
        var failures: [String] = []
        /// Seconds, in order.
        var latencies: [Double] = []
        /// How long each slow client was connected before the server closed the connection.
        var cutOffs: [Double] = []

        func percentile(_ fraction: Double) -> Double {
            latencies.isEmpty ? .infinity : latencies[max(0, Int((fraction * Double(latencies.count)).rounded(.up)) - 1)]
        }

        var description: String {
            func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
            return "\(latencies.count) requests, \(failures.count) failed; p50 \(ms(percentile(0.5))), "
                + "p99 \(ms(percentile(0.99))), max \(ms(latencies.last ?? 0)); "
                + "slow clients cut off \(cutOffs.count) times, after at most \(ms(cutOffs.max() ?? 0))"
        }
    }

    func run() -> Report {
        let collected = Collected()
        let end = Date().addingTimeInterval(seconds)
        let group = DispatchGroup()
        for index in 0..<(clients + slowClients + bigHeadClients) {
            group.enter()
            Thread.detachNewThread { [self] in
                defer { group.leave() }
                switch index {
                case ..<clients: fetch(until: end, first: index, into: collected)
                case ..<(clients + slowClients): drip(until: end, into: collected)
                default: sendBigHeads(until: end, into: collected)
                }
            }
        }
        group.wait()
        return collected.report
    }

    /// Asks for pages in turn until `end`; every answer must be a whole 200 or 404.
    private func fetch(until end: Date, first: Int, into collected: Collected) {
        var fd: Int32 = -1
        defer { if fd >= 0 { close(fd) } }
        var index = first
        while Date() < end {
            let path = paths[index % paths.count]
            index += 1
            let start = DispatchTime.now().uptimeNanoseconds
            if fd < 0 {
                do { fd = try RawHTTP.connect(port: port, timeout: 5) } catch {
                    collected.fail("connect: \(error)")
                    continue
                }
            }
            let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let sent = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
            let answer = sent > 0 ? Self.readResponse(fd) : nil
            guard let (status, closing) = answer, status == (path == "/nera/" ? 404 : 200) else {
                collected.fail("\(path): \(answer.map { "status \($0.status)" } ?? "no whole answer")")
                close(fd)
                fd = -1
                continue
            }
            collected.record(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            if closing {
                close(fd)
                fd = -1
            }
        }
    }

    /// Sends a head that never ends, a byte every 100 ms, until the server closes the connection.
    private func drip(until end: Date, into collected: Collected) {
        while Date() < end {
            guard let fd = try? RawHTTP.connect(port: port, timeout: 0.1) else { return }
            defer { close(fd) }
            let start = Date()
            var head = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)
            var byte = [UInt8](repeating: 0, count: 512)
            while Date() < end {
                guard send(fd, head, head.count, Int32(MSG_NOSIGNAL)) > 0 else { break }
                head = [UInt8(ascii: "a")]
                let count = recv(fd, &byte, byte.count, 0)  // waits at most 100 ms
                if count >= 0 || errno != EAGAIN && errno != EWOULDBLOCK { break }  // answered (408) or closed
            }
            if Date() < end { collected.cutOff(after: Date().timeIntervalSince(start)) }
        }
    }

    private func sendBigHeads(until end: Date, into collected: Collected) {
        let head = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: \(String(repeating: "a", count: 200_000))\r\n\r\n"
        while Date() < end {
            guard let client = try? RawHTTP(port: port) else { return }
            client.send(raw: head)
            let answer = client.read(until: "\r\n\r\n", seconds: 5)
            if !answer.hasPrefix("HTTP/1.1 431 ") { collected.fail("200 KB head: \(answer.prefix(20))") }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Reads one response; its status and whether the server closes the connection after it.
    static func readResponse(_ fd: Int32) -> (status: Int, closing: Bool)? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var expected: Int?
        var head = ""
        while expected.map({ received.count < $0 }) ?? true {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            received += buffer[..<count]
            if expected == nil, let end = received.firstRange(of: Array("\r\n\r\n".utf8)) {
                head = String(decoding: received[..<end.lowerBound], as: UTF8.self).lowercased()
                guard let length = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") })
                    .flatMap({ Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) })
                else { return nil }
                expected = end.upperBound + length
            }
        }
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, head.contains("\r\nconnection: close"))
    }
}

/// What the threads of a run found, behind a lock.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = LoadRun.Report()

    func fail(_ message: String) { lock.withLock { collected.failures.append(message) } }
    func record(_ latency: Double) { lock.withLock { collected.latencies.append(latency) } }
    func cutOff(after seconds: Double) { lock.withLock { collected.cutOffs.append(seconds) } }

    var report: LoadRun.Report {
        lock.withLock {
            var report = collected
            report.latencies.sort()
            return report
        }
    }
}
