import Build
import Cache
import Diagnostics
import FlyingSocks
import Foundation
import Support

/// `zinynas serve`: builds the site into a scratch folder, serves it, rebuilds on every
/// change and tells open pages to reload, or to show the diagnostics of a failed build
/// over the last good page.
///
/// Its HTTP server (HTTPServer.swift) is a small one of its own on FlyingSocks, chosen over
/// Hummingbird and SwiftNIO: it has no dependencies of its own and compiles in seconds, where
/// NIO-based servers add minutes to a clean build.
package final class PreviewServer: Sendable {
    package struct Options: Sendable {
        /// What every rebuild builds; the output folder and base URL are the server's own.
        package var build: SiteBuilder.Options
        package var host: String
        /// 0 picks a free port.
        package var port: UInt16
        /// Use the polling watcher even where inotify works.
        package var polling: Bool
        /// Request head size and time limits.
        var limits = HTTPServer.Limits()
        /// The language of the terminal's lines and of the overlay on the pages.
        package var language = Language.en

        /// Previews include drafts unless `build` says otherwise.
        package init(build: SiteBuilder.Options, host: String = "127.0.0.1", port: UInt16 = 1313, polling: Bool = false) {
            self.build = build
            self.host = host
            self.port = port
            self.polling = polling
        }

        package var siteFolder: URL { build.siteFolder }
    }

    package let options: Options
    /// The served folder, inside a scratch folder of its own that `cleanUp` removes.
    package let output: URL
    let state: PreviewState
    let rebuilds = RebuildQueue()
    /// The memos every rebuild starts from, kept in memory (the cache folder is scratch).
    let resident = ResidentCache()

    package init(options: Options) {
        self.options = options
        state = PreviewState(language: options.language)
        output = FileManager.default.temporaryDirectory
            .appendingPathComponent("zinynas-serve-\(getpid())-\(UUID().uuidString.prefix(8))/public")
    }

    /// Builds once, then serves until the task is cancelled. `ready` receives the bound port.
    package func run(log: @escaping @Sendable (String) -> Void, ready: @escaping @Sendable (UInt16) -> Void = { _ in })
        async throws
    {
        // The server's tasks, and their child tasks, run on threads of their own.
        try await withTaskExecutorPreference(ServeExecutor.shared) { try await serve(log: log, ready: ready) }
    }

    private func serve(log: @escaping @Sendable (String) -> Void, ready: @escaping @Sendable (UInt16) -> Void) async throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { cleanUp() }
        // Held while it serves (its builds take them again, in this process): a build of
        // another process into the served folder, or with its cache, waits and gives up.
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        let locks = try [(output, true), (cacheFolder, false)].map { folder, isOutput in
            do throws(FolderLock.Failure) {
                return try FolderLock.acquire(folder.standardizedFileURL.path)
            } catch {
                throw LockError(message: error.message(folder: folder.path, isOutput: isOutput).text(options.language))
            }
        }
        defer { locks.forEach { $0.release() } }
        let server = try HTTPServer(address: try address(), limits: options.limits)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run(self.route) }
            let port = server.port
            // The watcher takes its baseline before the first build, and that build goes through
            // the rebuild queue: a file saved at any moment after the start (during the first
            // build, or right after the server says it is ready) is built. Started after the
            // first build, the watcher took a save made in between as its baseline and never
            // built it.
            let watcher = SiteWatcher(siteFolder: options.siteFolder) { [self] in
                Task(executorPreference: ServeExecutor.shared) { await self.rebuilds.request { await self.rebuild(log: log) } }
            }
            watcher.start(polling: options.polling)
            defer { watcher.stop() }
            await rebuilds.request { await self.rebuild(log: log) }
            // A save during the set-up may have started the first build itself: ready once built.
            while await rebuilds.isBusy { try await Task.sleep(for: .milliseconds(20)) }
            log(Message.command(.serving(site: options.siteFolder.lastPathComponent, address: "http://\(options.host):\(port)/")).text(options.language))
            ready(port)
            group.addTask { [state] in
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(10))
                    await state.keepAlive()
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The preview's own cache, beside the served folder.
    var cacheFolder: URL { output.deletingLastPathComponent().appendingPathComponent("cache") }

    /// A folder of the preview's that another process holds.
    struct LockError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Removes the scratch folder (also called on Ctrl+C, where `run` never returns).
    package func cleanUp() {
        PlainFiles.removeTree(output.deletingLastPathComponent().path)
    }

    /// Ctrl+C: the scratch folder is removed by a process of its own (`rm`), so the server stops
    /// at once however large the site (removing a few hundred files can take half a second on
    /// a busy disk); if `rm` cannot be started, it is removed here.
    package func cleanUpDetached() {
        var pid = pid_t()
        let arguments = ["rm", "-rf", "--", output.deletingLastPathComponent().path]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        if posix_spawn(&pid, "/bin/rm", nil, nil, &argv, environ) != 0 { cleanUp() }
    }

    /// Rebuilds into the served folder; a failed build leaves it as it was.
    ///
    /// Once a good build is served, a save is built in two passes: the pages first, after
    /// which open tabs reload, then the whole site (search index, feeds, calendars, exports),
    /// after which only a tab on the search page reloads, or every tab if it removed a page (a
    /// deleted entry's). The second pass is skipped when another save is waiting (the
    /// next rebuild makes both), unless the last one ended seconds ago: an editor that saves
    /// every second must not keep the search index old for as long.
    func rebuild(log: @Sendable (String) -> Void) async {
        let pagesFirst = await state.version > 0
        guard await build(pagesOnly: pagesFirst, log: log), pagesFirst, await !rebuilds.mayDeferFullPass else { return }
        _ = await build(pagesOnly: false, log: log)
    }

    /// One build into the served folder; whether it succeeded.
    private func build(pagesOnly: Bool, log: @Sendable (String) -> Void) async -> Bool {
        var build = options.build
        build.output = output
        // The server's own address, unless `--base-url` names another (a preview behind a proxy).
        build.baseURL = options.build.baseURL ?? "http://\(options.host):\(options.port)/"
        // Its own cache, beside the served folder: the preview's pages (drafts, its own
        // address) are not the published site's, and must not displace its cache.
        build.cacheFolder = cacheFolder
        build.pagesOnly = pagesOnly
        build.resident = resident
        let builder = SiteBuilder(options: build)
        do {
            let report = try await Self.offThePool(builder)
            if report.succeeded {
                let isFirst = await state.version == 0
                if !pagesOnly { await rebuilds.fullPassEnded() }
                if pagesOnly || isFirst {
                    await state.succeeded()
                    log(Message.command(.servedBuilt(pages: report.pages)).text(options.language))
                } else if report.pagesRemoved > 0 {
                    await state.succeeded()
                } else {
                    await state.refreshed()
                }
                return true
            }
            let hasGood = await state.version > 0
            await state.failed(report.diagnostics, texts: report.texts)
            log(Self.failure(report.diagnostics, texts: report.texts, hasGood: hasGood, language: options.language))
        } catch {
            let hasGood = await state.version > 0
            await state.failed(error.diagnostics, texts: [:])
            log(Self.failure(error.diagnostics, texts: [:], hasGood: hasGood, language: options.language))
        }
        return false
    }

    /// What the terminal shows of a failed build: every diagnostic as `check` prints it, then
    /// what is served meanwhile.
    static func failure(_ diagnostics: [Diagnostic], texts: [String: String], hasGood: Bool, language: Language = .en) -> String {
        let printer = DiagnosticPrinter(format: .human, language: language) { texts[$0] }
        let summary = Message.command(.serveFailed(summary: diagnostics.summaryMessage, hasGood: hasGood)).text(language)
        return (diagnostics.map(printer.render) + [summary]).joined(separator: "\n")
    }

    /// Runs the build on a thread of its own: it blocks while its background tasks finish, and
    /// a blocked thread of the cooperative pool (two on a two-core machine) would stall the
    /// server's connections for as long.
    private static func offThePool(_ builder: SiteBuilder) async throws(DiagnosticsError) -> SiteBuilder.Report {
        let result = await withCheckedContinuation { (done: CheckedContinuation<Result<SiteBuilder.Report, DiagnosticsError>, Never>) in
            Thread.detachNewThread { done.resume(returning: Result { () throws(DiagnosticsError) in try builder.run() }) }
        }
        return try result.get()
    }

    private func address() throws -> any SocketAddress {
        if options.host.contains(":") { return try sockaddr_in6.inet6(ip6: options.host, port: options.port) }
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        return try sockaddr_in.inet(ip4: host, port: options.port)
    }

    // MARK: - Requests

    /// GET and HEAD alike: the server leaves out the body for HEAD.
    @Sendable func route(_ request: RequestHead) async -> HTTPResponse {
        let hasGood = await state.version > 0
        guard request.method == "GET" || request.method == "HEAD" else {
            return HTTPResponse(status: 405, headers: [("Allow", "GET, HEAD")])
        }
        switch request.path {
        case "/__zinynas/events":
            let (id, stream) = await state.subscribe()
            stream.continuation.onTermination = { [state] _ in Task { await state.unsubscribe(id) } }
            return HTTPResponse(
                status: 200, headers: [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-store")],
                body: .events(stream))
        case "/__zinynas/status":
            return HTTPResponse(
                status: 200, headers: [("Content-Type", "application/json; charset=utf-8")],
                body: Data(await state.statusJSON().utf8))
        case "/__zinynas/live.js":
            return HTTPResponse(
                status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8")],
                body: Data(LiveReloadScript.source.utf8))
        default:
            return file(at: request.target, hasGood: hasGood)
        }
    }

    /// `target` is the request target as sent, still percent-encoded.
    private func file(at target: String, hasGood: Bool) -> HTTPResponse {
        let files = StaticFiles(root: output)
        switch files.resolve(target) {
        case .forbidden:
            return .plain(403)
        case .notFound where !hasGood:
            // No build has succeeded yet: a page of its own, whose script shows the errors and
            // reloads once they are fixed.
            return HTTPResponse(
                status: 503, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                body: StaticFiles.injectingLiveReload(Data(Self.noBuildYetPage(options.language).utf8)))
        case .notFound:
            let page = (try? Data(contentsOf: output.appendingPathComponent("404.html"))) ?? Data("404 Not Found\n".utf8)
            return HTTPResponse(
                status: 404, headers: [("Content-Type", "text/html; charset=utf-8")],
                body: StaticFiles.injectingLiveReload(page))
        case .file(let url):
            guard var data = try? Data(contentsOf: url) else { return .plain(404) }
            let type = StaticFiles.contentType(of: url)
            if type.hasPrefix("text/html") { data = StaticFiles.injectingLiveReload(data) }
            return HTTPResponse(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: data)
        }
    }
}

extension PreviewServer {
    /// Served for every page until a build succeeds.
    static func noBuildYetPage(_ language: Language) -> String {
        let title = Message.command(.noBuildYetTitle).text(language)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(title)</title></head>
            <body><main><h1>\(title)</h1>
            <p>\(Message.command(.noBuildYetText).text(language))</p>
            </main></body></html>

            """
    }
}

/// Runs rebuilds one at a time and folds requests that arrive during a rebuild into one more.
actor RebuildQueue {
    private static let executor = ServeActorExecutor("rebuilds")
    nonisolated var unownedExecutor: UnownedSerialExecutor { Self.executor.asUnownedSerialExecutor() }

    private var running = false
    private var pending = false

    /// Whether a rebuild runs or waits.
    var isBusy: Bool { running }
    /// When the last full build ended (the preview's first build is one).
    private var lastFullPass = ContinuousClock.now

    func fullPassEnded() { lastFullPass = .now }

    /// Whether the full pass after a pages-only one may wait for the next rebuild: a change
    /// arrived meanwhile, and the last full pass ended less than 3 s ago.
    var mayDeferFullPass: Bool { pending && ContinuousClock.now - lastFullPass < .seconds(3) }

    func request(_ rebuild: @escaping @Sendable () async -> Void) async {
        if running {
            pending = true
            return
        }
        running = true
        repeat {
            // Let an editor finish writing its files (a save is a few writes and renames within
            // a millisecond or two): 20 ms without another change, 300 ms at most.
            var waited = 0
            repeat {
                pending = false
                try? await Task.sleep(for: .milliseconds(20))
                waited += 20
            } while pending && waited < 300
            pending = false
            await rebuild()
        } while pending
        running = false
    }
}
