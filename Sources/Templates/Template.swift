/// A Mustache template, parsed once into a tree and shared by every page.
///
/// Supports the Mustache spec's interpolation (`{{name}}` escaped, `{{{name}}}` and
/// `{{&name}}` raw, dotted names, `{{.}}`), sections and inverted sections, comments,
/// partials (`{{>name}}`, re-indented when standalone), set delimiters (`{{=<% %>=}}`),
/// standalone-line removal, and inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`).
/// Lambdas and dynamic names are not supported.
public struct Template: Sendable {
    let nodes: [TemplateNode]
    /// Partials and parents the template names, where it names them (checked by `TemplateLibrary`).
    public let references: [TemplateReference]

    public init(parsing source: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(source: Array(source.utf8))
        nodes = try parser.parse()
        references = parser.references
    }
}

/// A partial or parent named by a template.
public struct TemplateReference: Sendable, Equatable {
    public let name: String
    public let line: Int
    public let column: Int
}

/// A template that cannot be parsed: what is wrong, where, and what to write instead.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let hint: String?
    public let line: Int
    public let column: Int
}

indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplatePath, escaped: Bool)
    case section(TemplatePath, [TemplateNode], inverted: Bool)
    /// `indentation`: the whitespace before a standalone tag, put before every line of the partial.
    case partial(String, indentation: [UInt8])
    case parent(String, indentation: [UInt8], overrides: [String: [TemplateNode]])
    case block(String, [TemplateNode])
}

/// A dotted name split once at parse time; no parts means `.`, the current item.
struct TemplatePath: Sendable {
    let parts: [String]

    init(_ name: String) {
        parts = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
