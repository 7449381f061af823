import Config
import Diagnostics
import Support
import Templates
import Text

/// The site's Mustache templates from `layouts/`, parsed once and shared by every page.
///
/// Names are paths without `.mustache` (`_default/entry`, `projektai/entry`, `partials/header`).
/// A page of kind `entry` in collection `projektai` uses `projektai/entry` when it exists,
/// else `_default/entry`.
package struct Layouts: Sendable {
    package enum Kind: String, Sendable, CaseIterable {
        case entry, list, taxonomy, term, home, view, page
        case notFound = "404"
    }

    private(set) var library: TemplateLibrary
    /// Fingerprint of every template's path and text: a layout edit changes every page key.
    package let fingerprint: String
    /// Templates that show the build's date (`site.updated`, `site.updatedISO`, or anything
    /// inside a `{{#site}}` section), themselves or through partials and parents: only their
    /// pages change from one day to the next when no content does.
    let datedTemplates: Set<String>
    /// Templates that show datasets or charts (`data`, `charts`), themselves or through
    /// partials and parents: their pages change when a data file does.
    var dataTemplates: Set<String> = []
    /// Templates that show an entry's own rows (`entry_data`, `entry_charts`): an entry page
    /// changes when those rows do.
    var entryDataTemplates: Set<String> = []

    /// Parses every template; a syntax error, a partial that does not exist or one that
    /// includes itself on every rendering is a diagnostic at the template's line and column,
    /// a missing default layout one at the item of `config` that needs it (see `missingDefaults`).
    package static func parse(_ files: [(path: String, text: String)], config: SiteConfig? = nil) -> (Layouts?, [Diagnostic]) {
        var templates: [String: Template] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            let name = String(file.path.dropFirst("layouts/".count).dropLast(".mustache".count))
            do {
                templates[name] = try Template(parsing: file.text)
            } catch {
                diagnostics.append(
                    .error(
                        .templates(.syntaxError(error.message)),
                        at: SourceLocation(file: file.path, line: error.line, column: error.column), hint: error.hint.map { .templates(.syntaxHint($0)) }))
            }
        }
        let library = TemplateLibrary(templates)
        for (template, reference) in library.missingReferences() {
            diagnostics.append(
                .error(
                    .templateMissing(reference.name),
                    at: SourceLocation(file: "layouts/\(template).mustache", line: reference.line, column: reference.column),
                    hint: Suggestion.hint(for: reference.name, in: templates.keys.sorted(), noun: .templates)))
        }
        for (template, reference, cycle) in library.endlessInclusions() {
            diagnostics.append(
                .error(
                    .templates(.endlessInclusion(name: reference.name, cycle: cycle)),
                    at: SourceLocation(file: "layouts/\(template).mustache", line: reference.line, column: reference.column),
                    hint: .templates(.endlessInclusionHint(reference.name))))
        }
        diagnostics += missingDefaults(present: Set(files.map(\.path)), config: config)
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var hasher = Fingerprint()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hasher.combine(file.path)
            hasher.combine(file.text)
        }
        let dated = templates.keys.filter { name in
            library.names(reachableFrom: name).contains { $0.first == "site" && ($0.count == 1 || Self.dateNames.contains($0[1])) }
        }
        var layouts = Layouts(library: library, fingerprint: hasher.hexDigest, datedTemplates: Set(dated))
        for name in templates.keys {
            let heads = Set(library.names(reachableFrom: name).compactMap(\.first))
            if !heads.isDisjoint(with: Self.dataNames) { layouts.dataTemplates.insert(name) }
            if !heads.isDisjoint(with: Self.entryDataNames) { layouts.entryDataTemplates.insert(name) }
        }
        return (layouts, [])
    }

    static let dateNames: Set<String> = ["updated", "updatedISO"]
    static let dataNames: Set<String> = ["data", "charts"]
    static let entryDataNames: Set<String> = ["entry_data", "entry_charts"]

    /// Whether pages of `template` show datasets.
    package func showsData(_ template: String) -> Bool { dataTemplates.contains(template) }
    /// Whether pages of `template` show their entry's rows.
    package func showsEntryData(_ template: String) -> Bool { entryDataTemplates.contains(template) }

    /// Whether pages of `template` show the build's date.
    package func showsBuildDate(_ template: String) -> Bool { datedTemplates.contains(template) }

    /// The template for a page kind, preferring the collection's own.
    package func name(for kind: Kind, collection: String? = nil) -> String {
        if let collection, library.contains("\(collection)/\(kind.rawValue)") { return "\(collection)/\(kind.rawValue)" }
        return "_default/\(kind.rawValue)"
    }

    /// Whether an optional template (`_default/search`) exists.
    package func contains(_ name: String) -> Bool { library.contains(name) }

    /// The page of `context` rendered with template `name`; an error (a template nesting too
    /// deep, see `TemplateLibrary.maximumDepth`) is a diagnostic at the template's tag.
    package func render(_ context: TemplateValue, template name: String) throws(DiagnosticsError) -> [UInt8] {
        do {
            return try library.render(name, context: context)
        } catch {
            throw DiagnosticsError([
                .error(
                    .templates(.renderError(error.message)),
                    at: SourceLocation(file: "layouts/\(error.template).mustache", line: error.line, column: error.column),
                    hint: error.hint.map { .templates(.renderHint($0)) })
            ])
        }
    }

    /// The layouts with templates of their own, for one worker of a parallel render.
    func copied() -> Layouts {
        var copy = self
        copy.library = library.copied()
        return copy
    }
}
