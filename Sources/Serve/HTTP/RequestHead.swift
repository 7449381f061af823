import Foundation

/// A request line and its header fields, as the client sent them.
struct RequestHead: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        /// In lower case: field names are case-insensitive.
        var name: String
        var value: String
    }

    var method: String
    /// As sent, still percent-encoded, with its query if any.
    var target: String
    var version: String
    var fields: [Field]

    /// The target without its query.
    var path: String { String(target.prefix { $0 != "?" }) }

    /// The value of the first field named `name` (case-insensitive).
    func value(of name: String) -> String? {
        let name = name.lowercased()
        return fields.first { $0.name == name }?.value
    }

    /// HTTP/1.1 keeps the connection open unless told to close, HTTP/1.0 only when asked to.
    var keepsAlive: Bool {
        let connection = value(of: "connection")?.lowercased() ?? ""
        return version == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close")
    }

    /// A body the server would have to read past: it closes the connection instead.
    var hasBody: Bool {
        value(of: "transfer-encoding") != nil || value(of: "content-length").map { Int($0) != 0 } ?? false
    }
}

/// Why a request head could not be read; each ends the connection.
enum HeadError: Error, Equatable {
    /// Longer than the limit before its blank line: answered with 431.
    case tooLarge
    /// Not a request line and header fields: answered with 400.
    case malformed
    /// The client closed the connection.
    case closed
}

/// Finds the end of a request head in bytes as they arrive, looking at each byte once, so a
/// head costs time in proportion to its length. Bytes after the head (a pipelined request)
/// are handed back for the next one.
struct HeadScanner {
    /// The most bytes a head may take, its blank line included.
    let limit: Int
    private var bytes: [UInt8] = []
    /// Bytes before this index hold no line end still to look at.
    private var scanned = 0
    private var lineStart = 0
    /// Whether a line other than a blank one has arrived.
    private var started = false

    init(limit: Int) { self.limit = limit }

    /// Adds received bytes; returns the head and the bytes after it once its blank line is in.
    mutating func append(_ chunk: some Collection<UInt8>) throws(HeadError) -> (RequestHead, [UInt8])? {
        bytes.append(contentsOf: chunk)
        while scanned < bytes.count {
            defer { scanned += 1 }
            guard bytes[scanned] == UInt8(ascii: "\n") else { continue }
            let line = bytes[lineStart..<scanned]
            let isBlank = line.isEmpty || line.count == 1 && line.first == UInt8(ascii: "\r")
            lineStart = scanned + 1
            // Blank lines before the request line are ignored (RFC 9112 §2.2).
            guard isBlank, started else {
                started = started || !isBlank
                continue
            }
            guard lineStart <= limit else { throw .tooLarge }
            return (try Self.parse(bytes[..<lineStart]), Array(bytes[lineStart...]))
        }
        guard bytes.count <= limit else { throw .tooLarge }
        return nil
    }

    /// Splits a complete head into its request line and fields.
    static func parse(_ head: ArraySlice<UInt8>) throws(HeadError) -> RequestHead {
        var lines = head.split(separator: UInt8(ascii: "\n")).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw .malformed }
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: false)
        guard requestLine.count == 3, requestLine.allSatisfy({ !$0.isEmpty }), requestLine[2].hasPrefix("HTTP/1.")
        else { throw .malformed }
        var fields: [RequestHead.Field] = []
        for line in lines {
            // A line folded onto the previous one (obs-fold) or a name with spaces is refused.
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { throw .malformed }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields.append(.init(name: line[..<colon].lowercased(), value: value))
        }
        return RequestHead(
            method: String(requestLine[0]), target: String(requestLine[1]), version: String(requestLine[2]),
            fields: fields)
    }
}
