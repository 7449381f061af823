import Diagnostics
import Foundation

/// Writes diagnostics and status lines: human diagnostics to stderr, GitHub annotations to stdout.
enum Terminal {
    /// The language of every message: set by each command once it knows the site (`MessageLanguage`).
    nonisolated(unsafe) static var language = Language.en

    static func report(_ diagnostics: [Diagnostic], texts: [String: String], format: DiagnosticPrinter.Format) {
        let printer = DiagnosticPrinter(format: format, colour: usesColour, language: language) { texts[$0] }
        for diagnostic in diagnostics {
            let line = printer.render(diagnostic) + "\n"
            (format == .github ? FileHandle.standardOutput : FileHandle.standardError).write(Data(line.utf8))
        }
    }

    /// Whether stderr is a terminal: progress then rewrites one line instead of printing many.
    static let isInteractive = isatty(STDERR_FILENO) == 1

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
    static let usesColour = isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    /// `--quiet`: no progress, no summary; diagnostics are still printed.
    nonisolated(unsafe) static var isQuiet = false

    /// A progress line: rewritten in place on a terminal, printed plainly elsewhere (CI logs).
    @Sendable static func progress(_ message: Message) {
        guard !isQuiet else { return }
        let line = message.text(language)
        let text = isInteractive ? "\r\u{1B}[2K\(line)…" : "\(line)…\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Clears the progress line on a terminal before the summary.
    static func endProgress() {
        if isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// A line of the summary; `--quiet` leaves them out.
    static func summary(_ message: Message) {
        if !isQuiet { status(message) }
    }

    static func status(_ message: Message) { status(message.text(language)) }

    /// A problem that is no diagnostic of the site (the port is taken): `error:` and the message.
    static func failure(_ message: Message) { status("error: " + message.text(language)) }

    static func status(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A path relative to the working directory when it lies below it.
    static func relative(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) + "/" : path
    }

    /// `250 ms`, `1.25 s` (`1,25 s` in Lithuanian).
    static func seconds(_ value: Double) -> String {
        let text = value < 1 ? "\(Int((value * 1000).rounded())) ms" : String(format: "%.2f s", value)
        return language == .lt ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
