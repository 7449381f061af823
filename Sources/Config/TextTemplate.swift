import Diagnostics
import Foundation

/// Text with `{field}` placeholders, as written in site.yml (`"{title}: {label|terminas}"`).
///
/// A placeholder names a dotted field path (`coordinator.title`), or a built-in value that
/// starts with `@` (`@url`); `{path|text}` shows `text` when the field has no value.
package struct TextTemplate: Sendable {
    package enum Part: Sendable, Hashable {
        case text(String)
        case field(path: String, fallback: String?)
    }

    package var parts: [Part]
    /// Where the template is written in site.yml.
    package var location: SourceLocation
    package var length: Int

    package init(parts: [Part], location: SourceLocation, length: Int = 1) {
        self.parts = parts
        self.location = location
        self.length = length
    }

    /// The placeholder when the template is nothing else (`"{price}"`), so its value keeps its type.
    package var single: (path: String, fallback: String?)? {
        guard parts.count == 1, case .field(let path, let fallback) = parts[0] else { return nil }
        return (path, fallback)
    }

    /// Every field path the template names.
    package var paths: [String] {
        parts.compactMap { if case .field(let path, _) = $0 { return path } else { return nil } }
    }

    /// Parses `text`; a `{` without its `}` or an empty placeholder is an error at the template.
    package static func parse(_ text: String, at location: SourceLocation, length: Int = 1) -> Result<TextTemplate, Diagnostic> {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                return .failure(
                    .error(
                        .templates(.unclosedPlaceholder(text)), at: location, length: length,
                        hint: .templates(.unclosedPlaceholderHint)))
            }
            let inner = rest[rest.index(after: open)..<close]
            let pieces = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let path = String(pieces[0]).trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty, path.allSatisfy({ $0.isLetter || $0.isNumber || "_.@-".contains($0) }) else {
                return .failure(
                    .error(
                        .templates(.notAPlaceholder(inner: String(inner), text: text)), at: location, length: length,
                        hint: .templates(.notAPlaceholderHint)))
            }
            parts.append(.field(path: path, fallback: pieces.count > 1 ? String(pieces[1]) : nil))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return .success(TextTemplate(parts: parts, location: location, length: length))
    }
}

