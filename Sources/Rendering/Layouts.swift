import Diagnostics
import Mustache

/// The site's Mustache templates from `layouts/`, parsed once and shared by every page.
///
/// Names are paths without `.mustache` (`_default/entry`, `projektai/entry`, `partials/header`).
/// A page of kind `entry` in collection `projektai` uses `projektai/entry` when it exists,
/// else `_default/entry`.
public struct Layouts: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case entry, list, taxonomy, term, home, view, page
        case notFound = "404"
    }

    let library: MustacheLibrary
    let names: Set<String>
    /// Fingerprint of every template's path and text: a layout edit changes every page key.
    public let fingerprint: String

    /// Parses every template; a syntax error is a diagnostic at the template's line and column.
    public static func parse(_ files: [(path: String, text: String)]) -> (Layouts?, [Diagnostic]) {
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            let name = String(file.path.dropFirst("layouts/".count).dropLast(".mustache".count))
            do {
                templates[name] = try MustacheTemplate(string: file.text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        "template syntax error: \(describe(error.error))",
                        at: SourceLocation(file: file.path, line: error.context.lineNumber, column: error.context.columnNumber),
                        hint: "check that every {{#section}} is closed by {{/section}} with the same name"))
            } catch {
                diagnostics.append(.error("template error: \(error)", at: SourceLocation(file: file.path, line: 1, column: 1)))
            }
        }
        let present = Set(files.map(\.path))
        for kind in Kind.allCases where !present.contains("layouts/_default/\(kind.rawValue).mustache") {
            diagnostics.append(
                .error(
                    "missing layout layouts/_default/\(kind.rawValue).mustache", at: nil,
                    hint: "every site needs a default layout for each page kind: "
                        + Kind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var hasher = ContextHasher()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hasher.combine(file.path)
            hasher.combine(file.text)
        }
        let layouts = Layouts(
            library: MustacheLibrary(templates: templates), names: Set(templates.keys), fingerprint: hasher.hexDigest)
        return (layouts, [])
    }

    /// The template for a page kind, preferring the collection's own.
    public func name(for kind: Kind, collection: String? = nil) -> String {
        if let collection, names.contains("\(collection)/\(kind.rawValue)") { return "\(collection)/\(kind.rawValue)" }
        return "_default/\(kind.rawValue)"
    }

    /// Whether an optional template (`_default/search`) exists.
    public func contains(_ name: String) -> Bool { names.contains(name) }

    public func render(_ context: [String: Any], template name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    public func render(_ context: [String: Any], kind: Kind, collection: String? = nil) -> String {
        library.render(context, withTemplate: name(for: kind, collection: collection)) ?? ""
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with another name than it was opened with"
        case .unfinishedName?: return "a tag is not closed with }}"
        case .expectedSectionEnd?: return "a section is never closed"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
