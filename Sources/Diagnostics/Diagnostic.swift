/// One problem found in the user's input, described well enough to fix it.
///
/// The message and hint are kept as catalogue keys (`Message`) and rendered in a language only
/// when printed (`DiagnosticPrinter.language`): most diagnostics are made before site.yml says
/// which language the site speaks. `message` and `hint` read them in English.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// What is wrong, as a catalogue key with its arguments.
    public var text: Message
    /// Where the problem is; `nil` for problems that belong to no file (e.g. a missing folder).
    public var location: SourceLocation?
    /// How many characters the caret underline spans (at least 1).
    public var length: Int
    /// What to write instead, or how to fix it.
    public var hintText: Message?

    public init(
        _ severity: Severity = .error, _ message: Message, at location: SourceLocation?, length: Int = 1,
        hint: Message? = nil
    ) {
        self.severity = severity
        self.text = message
        self.location = location
        self.length = max(1, length)
        self.hintText = hint
    }

    /// A diagnostic whose words have no key in the catalogues yet: shown as written in every
    /// language. Prefer a `Message` (docs/architecture.md, "Messages").
    public init(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation?, length: Int = 1, hint: String? = nil
    ) {
        self.init(severity, .verbatim(message), at: location, length: length, hint: hint.map(Message.verbatim))
    }

    public static func error(
        _ message: Message, at location: SourceLocation?, length: Int = 1, hint: Message? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, length: length, hint: hint)
    }

    public static func error(
        _ message: String, at location: SourceLocation?, length: Int = 1, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, length: length, hint: hint)
    }

    /// The message in English.
    public var message: String { text.text(.en) }

    /// The hint in English.
    public var hint: String? { hintText?.text(.en) }

    /// The message in `language`.
    public func message(_ language: Language) -> String { text.text(language) }

    /// The one-line form: `path:line:col: error: message`.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

extension Diagnostic: Comparable {
    /// Orders diagnostics by file and position so output never depends on discovery order
    /// (nor on the language they are printed in: ties go by the English message).
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, nil): return a.message < b.message
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?): return l != r ? l < r : a.message < b.message
        }
    }
}

/// An error carrying every diagnostic of a failed stage.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The build stage that raised the error (`load`, `write`…), when a stage did.
    public var stage: String?
    public init(_ diagnostics: [Diagnostic], stage: String? = nil) {
        self.diagnostics = diagnostics
        self.stage = stage
    }
}
