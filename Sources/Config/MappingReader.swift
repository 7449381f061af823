import Diagnostics
import Text
import YAML

/// Reads the keys of one YAML mapping, collecting diagnostics for wrong shapes and
/// reporting every key that nobody asked for as unknown (typos must not pass silently).
struct MappingReader {
    let node: YAMLNode
    /// What the mapping is, for messages: "site.yml", "collection 'projektai'".
    let context: Message
    private(set) var diagnostics: [Diagnostic] = []
    private var known: [String] = []

    /// `nil` (with a diagnostic) when `node` is not a mapping.
    init?(_ node: YAMLNode, context: Message, diagnostics: inout [Diagnostic]) {
        guard node.pairs != nil else {
            diagnostics.append(.error(.notAMapping(context: context, found: node.shape), at: node.location, length: node.length))
            return nil
        }
        self.node = node
        self.context = context
    }

    /// A mapping named in words without a key yet (English in every language): code written
    /// before the catalogue keeps compiling. Prefer a `Message` context.
    init?(_ node: YAMLNode, context: String, diagnostics: inout [Diagnostic]) {
        self.init(node, context: .verbatim(context), diagnostics: &diagnostics)
    }

    mutating func value(_ key: String) -> YAMLNode? {
        if !known.contains(key) { known.append(key) }
        return node[key]
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard value.text != nil, case .string(let text) = stringLike(value) else {
            diagnostics.append(
                .error(.mustBeText(key: key, context: context, found: value.shape), at: value.location, length: value.length))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let b) = value.resolved, value.text != nil else {
            diagnostics.append(
                .error(
                    .mustBeBool(key: key, context: context, found: value.shape), at: value.location, length: value.length,
                    hint: .writeBool(key)))
            return nil
        }
        return b
    }

    mutating func int(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .int(let i) = value.resolved, value.text != nil else {
            diagnostics.append(
                .error(.mustBeInteger(key: key, context: context, found: value.shape), at: value.location, length: value.length))
            return nil
        }
        return i
    }

    mutating func missing(_ key: String) {
        diagnostics.append(
            .error(.missingKey(key: key, context: context), at: node.location, hint: .addKey(key: key, context: context)))
    }

    mutating func error(_ message: Message, at node: YAMLNode, hint: Message? = nil) {
        diagnostics.append(.error(message, at: node.location, length: node.length, hint: hint))
    }

    /// A message without a key of its own yet (English in every language).
    mutating func error(_ message: String, at node: YAMLNode, hint: String? = nil) {
        error(.verbatim(message), at: node, hint: hint.map(Message.verbatim))
    }

    /// Diagnostics for keys no reader asked for, with the closest known key as hint.
    mutating func finish() -> [Diagnostic] {
        for pair in node.pairs ?? [] {
            let name = pair.key.text ?? ""
            if !known.contains(name) {
                diagnostics.append(
                    .error(
                        .unknownKey(key: name, context: context), at: pair.key.location, length: pair.key.length,
                        hint: Suggestion.hint(for: name, in: known, noun: .keys)))
            }
        }
        return diagnostics
    }

    /// Scalars written as numbers or booleans still count as text where text is expected (`title: 2026`).
    private func stringLike(_ node: YAMLNode) -> Scalar {
        guard let text = node.text else { return .null }
        if case .null = node.resolved { return .null }
        return .string(text)
    }
}
