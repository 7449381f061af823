import Diagnostics
import Foundation

/// What the preview server knows: the version of the last good build, the diagnostics of
/// the last build (empty when it succeeded) and the browser tabs listening for events.
actor PreviewState {
    private static let executor = ServeActorExecutor("state")
    nonisolated var unownedExecutor: UnownedSerialExecutor { Self.executor.asUnownedSerialExecutor() }

    private(set) var version = 0
    private(set) var diagnostics: [Diagnostic] = []
    private var texts: [String: String] = [:]
    private var listeners: [UUID: EventStream] = [:]
    /// The language of the overlay's words and of the diagnostics it shows.
    let language: Language

    init(language: Language = .en) { self.language = language }

    /// Records a successful build and tells every tab to reload.
    func succeeded() {
        version += 1
        diagnostics = []
        broadcast("reload")
    }

    /// Records a full build that followed a pages-only one: the pages are those already
    /// reloaded, so only a tab on the search page (whose index files were replaced) reloads.
    func refreshed() {
        diagnostics = []
        broadcast("indexes")
    }

    /// Records a failed build; the last good site stays served and tabs show the overlay.
    func failed(_ diagnostics: [Diagnostic], texts: [String: String]) {
        self.diagnostics = diagnostics
        self.texts = texts
        broadcast("errors")
    }

    /// `{"version": …, "ok": …, "diagnostics": [{file, line, column, message, hint, text}]}`, and
    /// the overlay's words in the site's language (`title`, `label`, `close`).
    func statusJSON() -> String {
        let printer = DiagnosticPrinter(format: .human, language: language) { [texts] in texts[$0] }
        let items: [[String: Any]] = diagnostics.map { d in
            var item: [String: Any] = ["message": d.message(language), "text": printer.render(d), "severity": d.severity.rawValue]
            if let location = d.location {
                item["file"] = location.file
                item["line"] = location.line
                item["column"] = location.column
            }
            if let hint = d.hintText { item["hint"] = hint.text(language) }
            return item
        }
        var status: [String: Any] = [
            "version": version, "ok": diagnostics.isEmpty, "good": version > 0, "diagnostics": items,
        ]
        if !diagnostics.isEmpty {
            status["title"] = Message.command(.overlayErrors(count: diagnostics.count, hasGood: version > 0)).text(language)
            status["label"] = Message.command(.overlayTitle).text(language)
            status["close"] = Message.command(.overlayClose).text(language)
        }
        let data = (try? JSONSerialization.data(withJSONObject: status, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    func subscribe() -> (UUID, EventStream) {
        let id = UUID()
        let stream = EventStream()
        listeners[id] = stream
        stream.send(event: "hello", data: statusJSON())
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    func keepAlive() { for stream in listeners.values { stream.keepAlive() } }

    private func broadcast(_ event: String) {
        let data = statusJSON()
        for stream in listeners.values { stream.send(event: event, data: data) }
    }
}
