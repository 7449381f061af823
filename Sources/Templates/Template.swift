/// A Mustache template, parsed once into a tree and shared by every page: parsed in
/// `Template+Parse.swift`, rendered in `Template+Render.swift`.
///
/// Supports the Mustache spec's interpolation (`{{name}}` escaped, `{{{name}}}` and
/// `{{&name}}` raw, dotted names, `{{.}}`), sections and inverted sections, comments,
/// partials (`{{>name}}`, re-indented when standalone), set delimiters (`{{=<% %>=}}`),
/// standalone-line removal, and inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`,
/// blocks re-indented where they are expanded). Lambdas and dynamic names are not supported;
/// `MustacheSpecTests` runs the spec's cases.
package struct Template: Sendable {
    /// How deep sections, inverted sections, parents and blocks may nest in one template: a
    /// deeper one is a syntax error at the tag that opens one level too many. Every walk of a
    /// template's tree recurses at most this deep, so no template can exhaust a thread's stack.
    package static let maximumNesting = 50

    let nodes: [TemplateNode]
    /// Partials and parents the template names, where it names them (checked by `TemplateLibrary`).
    package let references: [TemplateReference]

    init(nodes: [TemplateNode], references: [TemplateReference]) {
        self.nodes = nodes
        self.references = references
    }

    /// The template in new storage (see `TemplateLibrary.copied`).
    func copied() -> Template { Template(nodes: nodes.map { $0.copied() }, references: references) }
}

/// A partial or parent named by a template.
package struct TemplateReference: Sendable, Equatable {
    package let name: String
    package let line: Int
    package let column: Int
}

/// Where a tag starts in its template: 1-based line and column (in characters).
package struct TemplatePosition: Sendable, Equatable {
    package let line: Int
    package let column: Int
}

/// A template that cannot be parsed: what is wrong, where, and what to write instead.
package struct TemplateSyntaxError: Error, Sendable, Equatable {
    package let message: String
    package let hint: String?
    package let line: Int
    package let column: Int
}

/// `at`: where the tag that opens the node is, for errors while rendering.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplatePath, escaped: Bool)
    case section(TemplatePath, [TemplateNode], inverted: Bool, at: TemplatePosition)
    /// `indentation`: the whitespace before a standalone tag, put before every line of the partial.
    case partial(String, indentation: [UInt8], at: TemplatePosition)
    case parent(String, indentation: [UInt8], overrides: [String: [TemplateNode]], at: TemplatePosition)
    /// `indentation`: put before every line of the block's content (its defaults or an
    /// override), which is stored without it.
    case block(String, [TemplateNode], indentation: [UInt8], at: TemplatePosition)
}

extension TemplateNode {
    /// The node with every part in new storage: arrays and strings are copied on write only,
    /// so a plain copy would share them.
    func copied() -> TemplateNode {
        switch self {
        case .text(let bytes): return .text(Copy.bytes(bytes))
        case .variable(let path, let escaped): return .variable(path.copied(), escaped: escaped)
        case .section(let path, let body, let inverted, let at):
            return .section(path.copied(), body.map { $0.copied() }, inverted: inverted, at: at)
        case .partial(let name, let indentation, let at): return .partial(Copy.string(name), indentation: Copy.bytes(indentation), at: at)
        case .parent(let name, let indentation, let overrides, let at):
            return .parent(
                Copy.string(name), indentation: Copy.bytes(indentation),
                overrides: Dictionary(uniqueKeysWithValues: overrides.map { (Copy.string($0.key), $0.value.map { $0.copied() }) }), at: at)
        case .block(let name, let defaults, let indentation, let at):
            return .block(Copy.string(name), defaults.map { $0.copied() }, indentation: Copy.bytes(indentation), at: at)
        }
    }
}

/// Copies in new storage.
enum Copy {
    static func bytes(_ bytes: [UInt8]) -> [UInt8] { bytes.withUnsafeBufferPointer { Array($0) } }
    static func string(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
}

/// A dotted name split once at parse time; no parts means `.`, the current item.
struct TemplatePath: Sendable {
    let parts: [String]

    private init(parts: [String]) { self.parts = parts }

    func copied() -> TemplatePath { TemplatePath(parts: parts.map(Copy.string)) }

    init(_ name: String) {
        parts = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
