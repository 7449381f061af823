import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client over a socket: unlike URLSession it sends paths exactly as
/// written (`/../x`, `%2e%2e`), and it can read an event stream as it arrives.
final class RawHTTP {
    private let fd: Int32
    private var received: [UInt8] = []

    init(port: UInt16) throws {
        fd = try Self.connect(port: port, timeout: 0.2)
    }

    deinit { close(fd) }

    /// A socket connected to 127.0.0.1 (never any other address), whose reads give up after `timeout`.
    static func connect(port: UInt16, timeout: Double) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    func send(_ path: String, method: String = "GET") {
        send(raw: "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    }

    /// Sends `text` exactly as given; false once the server has closed the connection.
    @discardableResult
    func send(raw text: String) -> Bool {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Reads until `text` has arrived or `seconds` pass; returns everything read so far.
    @discardableResult
    func read(until text: String? = nil, seconds: Double = 5) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while Date() < deadline {
            if let text, String(decoding: received, as: UTF8.self).contains(text) { break }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += buffer[..<count]
            } else if count == 0 || errno != EAGAIN && errno != EWOULDBLOCK {
                break  // closed, or reset
            }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads until what was received holds `text` `count` times (or 10 s pass), and returns it
    /// all: `read(until:)` stops at the first, which a stream may have held since long before.
    @discardableResult
    func read(times count: Int, _ text: String) -> String {
        let deadline = Date().addingTimeInterval(10)
        var stream = read(seconds: 0)
        while stream.components(separatedBy: text).count - 1 < count, Date() < deadline { stream = read(seconds: 0.05) }
        return stream
    }

    /// One whole request: status code and body.
    static func get(_ path: String, port: UInt16) throws -> (status: Int, body: String) {
        let response = try request("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", port: port)
        return (response.status, response.body)
    }

    /// Sends `raw` as it is and reads the answer until the server closes the connection.
    static func request(_ raw: String, port: UInt16) throws -> (status: Int, head: String, body: String) {
        let client = try RawHTTP(port: port)
        client.send(raw: raw)
        let response = client.read(seconds: 5)
        let status = Int(response.split(separator: " ").dropFirst().first ?? "") ?? 0
        let parts = response.components(separatedBy: "\r\n\r\n")
        return (status, parts[0], parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
