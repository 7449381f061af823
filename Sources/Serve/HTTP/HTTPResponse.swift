import Foundation

/// A status, header fields and a body: whole bytes, or events streamed until the client leaves.
struct HTTPResponse: Sendable {
    enum Body: Sendable {
        /// Sent with `Content-Length`.
        case bytes(Data)
        /// Sent with chunked transfer encoding, one chunk per event, until the stream or
        /// the connection ends.
        case events(EventStream)
    }

    var status: Int
    var headers: [(name: String, value: String)]
    var body: Body

    init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.init(status: status, headers: headers, body: .bytes(body))
    }

    init(status: Int, headers: [(name: String, value: String)], body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer such as `404 Not Found`.
    static func plain(_ status: Int) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: [("Content-Type", "text/plain; charset=utf-8")],
            body: Data("\(status) \(reason(for: status))\n".utf8))
    }

    /// The status line and header fields, framing included: the same for GET and HEAD.
    func head(closing: Bool) -> Data {
        var lines = ["HTTP/1.1 \(status) \(Self.reason(for: status))"] + headers.map { "\($0.name): \($0.value)" }
        switch body {
        case .bytes(let data): lines.append("Content-Length: \(data.count)")
        case .events: lines.append("Transfer-Encoding: chunked")
        }
        if closing { lines.append("Connection: close") }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// One chunk of a chunked body; an empty one ends the body.
    static func chunk(_ bytes: [UInt8]) -> Data {
        var data = Data(String(bytes.count, radix: 16).utf8 + [13, 10])
        data.append(contentsOf: bytes)
        data.append(contentsOf: [13, 10])
        return data
    }

    static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 431: "Request Header Fields Too Large"
        case 505: "HTTP Version Not Supported"
        default: "Internal Server Error"
        }
    }
}
