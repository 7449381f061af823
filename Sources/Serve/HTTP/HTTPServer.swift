import FlyingSocks
import Foundation
import Support

/// A small HTTP/1.1 server for the preview on FlyingSocks' non-blocking sockets: keep-alive,
/// a size limit on request heads and time limits on every read and write, so that no client
/// can hold up the others.
///
/// It replaces FlyingFox's HTTPServer (0.27), measured on this machine: its parser looked for
/// each line's end with `Sequence.suffix`, which copies the whole line at every byte, so a
/// 100 KB header took 3.7 s, 200 KB 14 s and 400 KB 57 s of CPU; nothing limited a head's size
/// or the time it took to arrive; and two such requests kept both threads of the cooperative
/// pool of a two-core machine busy, so every other client waited more than 8 s.
final class HTTPServer: Sendable {
    struct Limits: Sendable {
        /// The most bytes a request line and its header fields may take; beyond: 431 and close.
        var headBytes = 16 * 1024
        /// How long a client has to send a complete head, from when the server starts waiting
        /// for it (so also how long an idle kept-alive connection stays open); then 408 and close.
        var headTime: Duration = .seconds(5)
        /// How long one write may wait for a client that does not read.
        var writeTime: Duration = .seconds(10)

        init(headBytes: Int = 16 * 1024, headTime: Duration = .seconds(5), writeTime: Duration = .seconds(10)) {
            self.headBytes = headBytes
            self.headTime = headTime
            self.writeTime = writeTime
        }
    }

    typealias Handler = @Sendable (RequestHead) async -> HTTPResponse

    let limits: Limits
    /// The bound port: the one picked when 0 was asked for.
    let port: UInt16
    private let socket: Socket
    private let pool: any AsyncSocketPool

    /// Binds and listens at once, so the port is known before `run`.
    init(address: some SocketAddress, limits: Limits) throws {
        self.limits = limits
        socket = try Socket(domain: Int32(type(of: address).family))
        try socket.setValue(true, for: .localAddressReuse)
        do {
            try socket.bind(to: address)
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw PortInUse()
        }
        try socket.listen()
        switch try socket.sockname() {
        case .ip4(_, let port), .ip6(_, let port): self.port = port
        case .unix: port = 0
        }
        #if canImport(Darwin)
            pool = SocketPool<kQueue>.kQueue()
        #else
            pool = SocketPool<ePoll>.ePoll()
        #endif
    }

    /// Serves until the task is cancelled; each connection is a task of its own.
    func run(_ handler: @escaping Handler) async throws {
        defer { try? socket.close() }
        try await pool.prepare()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pool.run() }
            group.addTask {
                await withDiscardingTaskGroup { connections in
                    while let client = await Self.accept(on: listener) {
                        connections.addTask { await self.serve(client, handler) }
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The next client, or nil once cancelled; failures such as running out of file
    /// descriptors are waited out rather than ending the server.
    private static func accept(on listener: AsyncSocket) async -> AsyncSocket? {
        while !Task.isCancelled {
            do {
                return try await listener.accept()
            } catch {
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
        return nil
    }

    /// Answers the requests of one connection until it closes or breaks a limit.
    private func serve(_ client: AsyncSocket, _ handler: Handler) async {
        defer { try? client.close() }
        var carry: [UInt8] = []
        while !Task.isCancelled {
            let head: RequestHead
            do {
                (head, carry) = try await within(limits.headTime) { [carry, limit = limits.headBytes] in
                    try await Self.readHead(from: client, after: carry, limit: limit)
                }
            } catch {
                if let status = Self.status(for: error) {
                    try? await send(.plain(status), to: client, bodyless: false, closing: true)
                    await Self.linger(client)
                }
                return
            }
            let response = ["HTTP/1.1", "HTTP/1.0"].contains(head.version) ? await handler(head) : .plain(505)
            // A request body is never read: closing is simpler than skipping it.
            let closing = !head.keepsAlive || head.hasBody || response.isStream
            do {
                try await send(response, to: client, bodyless: head.method == "HEAD", closing: closing)
            } catch {
                return
            }
            if closing {
                await Self.linger(client)
                return
            }
        }
    }

    /// Stops writing and reads what the client still sends, for a moment, before closing:
    /// closing with unread bytes makes the kernel reset the connection, and the client may
    /// then lose the answer it has not read yet (431 to a client still sending its head).
    private static func linger(_ client: AsyncSocket) async {
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        _ = try? await within(.seconds(1)) {
            var drained = 0
            while drained < 1 << 20 { drained += try await client.read(atMost: 4096).count }
            return drained
        }
    }

    /// The answer to a head that could not be read, if the client is still there to read it.
    private static func status(for error: any Error) -> Int? {
        switch error {
        case HeadError.tooLarge: 431
        case HeadError.malformed: 400
        case is TimedOut: 408
        default: nil
        }
    }

    /// Reads until a whole head has arrived; returns it and the bytes received after it.
    private static func readHead(from client: AsyncSocket, after carry: [UInt8], limit: Int) async throws -> (
        RequestHead, [UInt8]
    ) {
        var scanner = HeadScanner(limit: limit)
        var received = carry
        while true {
            if let found = try scanner.append(received) { return found }
            do {
                received = try await client.read(atMost: 4096)
            } catch SocketError.disconnected {
                throw HeadError.closed
            }
        }
    }

    /// Writes the response; HEAD gets the same status line and header fields as GET, no body.
    private func send(_ response: HTTPResponse, to client: AsyncSocket, bodyless: Bool, closing: Bool) async throws {
        var data = response.head(closing: closing)
        switch response.body {
        case .bytes(let body):
            if !bodyless { data.append(body) }
            try await write(data, to: client)
        case .events(let stream):
            defer { stream.finish() }
            try await write(data, to: client)
            guard !bodyless else { return }
            for await event in stream.events { try await write(HTTPResponse.chunk(event), to: client) }
            try await write(HTTPResponse.chunk([]), to: client)
        }
    }

    private func write(_ data: Data, to client: AsyncSocket) async throws {
        try await within(limits.writeTime) { try await client.write(data) }
    }
}

struct TimedOut: Error {}

/// Runs `body`, cancelling it and throwing `TimedOut` if it takes longer than `limit`.
func within<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw TimedOut() }
        return value
    }
}

extension HTTPResponse {
    var isStream: Bool {
        if case .events = body { return true }
        return false
    }
}

/// Another program already listens at the port asked for.
package struct PortInUse: Error {}
