import FlyingFox
import FlyingSocks
import Support

/// A never-ending response body fed by `send`: Server-Sent Events to one browser tab.
///
/// FlyingFox writes a body without a known length with chunked encoding, one chunk per
/// buffer, so each event reaches the browser as soon as it is sent.
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8

    private let stream: AsyncStream<[UInt8]>
    let continuation: AsyncStream<[UInt8]>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(64))
    }

    /// Sends one event: `event: <name>` and its JSON data.
    func send(event name: String, data: String) {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        continuation.yield(Array("event: \(name)\n\(lines.joined(separator: "\n"))\n\n".utf8))
    }

    /// A comment line that keeps proxies and the socket from timing the connection out.
    func keepAlive() { continuation.yield(Array(": ping\n\n".utf8)) }

    func finish() { continuation.finish() }

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.AsyncIterator
        /// Bytes of the current event not yet handed out.
        private var pending: ArraySlice<UInt8> = []

        init(base: AsyncStream<[UInt8]>.AsyncIterator) { self.base = base }

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await base.next()?[...] ?? [] }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            let buffer = pending.prefix(count)
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
