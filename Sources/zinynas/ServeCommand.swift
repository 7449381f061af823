import ArgumentParser
import Build
import Foundation
import Serve

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves the site for preview, rebuilding and reloading open pages on every change.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "The address to listen on; only this machine can connect unless you name another.")
    var host = "127.0.0.1"

    @Option(name: [.customShort("p"), .long], help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 1313

    @Flag(name: [.customShort("D"), .long], inversion: .prefixedNo, help: "Include drafts, marked as such (default: on).")
    var drafts = true

    @OptionGroup var build: BuildOptions

    @Flag(help: "Watch for changes by scanning instead of inotify.")
    var poll = false

    func run() async throws {
        Terminal.isQuiet = siteOptions.quiet
        let folder = SiteLoader.siteFolder(siteOptions.site)
        siteOptions.speak(for: folder)
        let builder = build.builderOptions(siteFolder: folder, drafts: drafts)
        var options = PreviewServer.Options(build: builder, host: host, port: port, polling: poll)
        options.language = Terminal.language
        let server = PreviewServer(options: options)
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInteractive))
            // Not the main queue: the async main may keep it busy, and Ctrl+C must stop at once.
            source.setEventHandler {
                server.cleanUpDetached()
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        do {
            try await server.run(log: { Terminal.status($0) })
        } catch {
            if error is PortInUse {
                Terminal.failure(.command(.portInUse(port: Int(port))))
            } else {
                Terminal.failure(.command(.cannotServe(address: "\(host):\(port)", reason: "\(error)")))
            }
            throw ExitCode(2)
        }
    }
}
