import Foundation

/// Formats diagnostics for a terminal (with the source line and a caret) or for CI annotations.
public struct DiagnosticPrinter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        /// Compiler style: `path:line:col: error: message`, the source line, a caret and a hint.
        case human
        /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
        case github
    }

    public var format: Format
    /// Returns the text of a file by its display path, for quoting the offending line.
    public var source: @Sendable (String) -> String?
    /// ANSI colours in human output: severity, caret and hint stand out on a terminal.
    public var colour: Bool
    /// The language of messages and hints. The severity (`error:`, `warning:`, GitHub's
    /// `::error`) stays English in both: editors and CI find problems by those words.
    public var language: Language

    public init(
        format: Format = .human, colour: Bool = false, language: Language = .en,
        source: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.format = format
        self.colour = colour
        self.language = language
        self.source = source
    }

    /// `text` in the ANSI style `code` when colour is on.
    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func render(_ diagnostic: Diagnostic) -> String {
        switch format {
        case .human: return human(diagnostic)
        case .github: return github(diagnostic)
        }
    }

    private func human(_ d: Diagnostic) -> String {
        let severity = paint(d.severity.rawValue + ":", d.severity == .error ? "1;31" : "1;35")
        var out = (d.location.map { "\($0): " } ?? "") + "\(severity) \(d.text.text(language))"
        if let loc = d.location, let text = source(loc.file), let line = Self.line(loc.line, of: text) {
            let indent = String(line.prefix(max(0, loc.column - 1)).map { $0 == "\t" ? "\t" : " " })
            let available = max(1, line.count - (loc.column - 1))
            let width = min(d.length, available)
            out += "\n    \(line)\n    \(indent)\(paint("^" + String(repeating: "~", count: max(0, width - 1)), "32"))"
        }
        if let hint = d.hintText { out += "\n    \(paint(Message.hintLabel.text(language), "36")) \(hint.text(language))" }
        return out
    }

    private func github(_ d: Diagnostic) -> String {
        var props: [String] = []
        if let loc = d.location {
            props = ["file=\(Self.escapeProperty(loc.file))", "line=\(loc.line)", "col=\(loc.column)"]
        }
        var message = d.text.text(language)
        if let hint = d.hintText { message += " (\(Message.hintLabel.text(language)) \(hint.text(language)))" }
        let command = d.severity == .error ? "error" : "warning"
        let head = props.isEmpty ? "::\(command)" : "::\(command) \(props.joined(separator: ","))"
        return "\(head)::\(Self.escapeData(message))"
    }

    /// The 1-based line `number` of `text`, without its line break.
    static func line(_ number: Int, of text: String) -> String? {
        // Split on bytes: as Characters, "\r\n" is one grapheme and would not split at "\n".
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: number, omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        var found = lines[number - 1]
        if found.last == UInt8(ascii: "\r") { found = found.dropLast() }
        return String(decoding: found, as: UTF8.self)
    }

    private static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

extension [Diagnostic] {
    /// `3 errors in 2 files`, or `no errors` when clean.
    public var summary: String { summaryMessage.text(.en) }

    /// The summary in `language`: `3 klaidos 2 failuose`, `klaidų nėra`.
    public func summary(in language: Language) -> String { summaryMessage.text(language) }

    /// The summary as a catalogue key.
    public var summaryMessage: Message {
        let errors = filter { $0.severity == .error }.count
        let files = Set(compactMap { $0.location?.file }).count
        return .command(.summary(errors: errors, warnings: count - errors, files: files))
    }
}
