/// A never-ending response body fed by `send`: Server-Sent Events to one browser tab.
///
/// The server writes each event as one chunk as soon as it is sent.
struct EventStream: Sendable {
    let events: AsyncStream<[UInt8]>
    let continuation: AsyncStream<[UInt8]>.Continuation

    init() {
        (events, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(64))
    }

    /// Sends one event: `event: <name>` and its JSON data.
    func send(event name: String, data: String) {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        continuation.yield(Array("event: \(name)\n\(lines.joined(separator: "\n"))\n\n".utf8))
    }

    /// A comment line that keeps proxies and the socket from timing the connection out.
    func keepAlive() { continuation.yield(Array(": ping\n\n".utf8)) }

    func finish() { continuation.finish() }
}
