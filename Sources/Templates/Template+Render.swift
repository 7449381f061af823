import Text

extension TemplateLibrary {
    /// How deep sections, blocks, partials and parents may be open at once while rendering;
    /// one more is a `TemplateRenderError` at its tag. A partial that includes itself inside a
    /// section over a tree (`{{#children}}{{>tree}}{{/children}}`) goes about half as many
    /// levels down the tree. The renderer recurses at most this deep: a debug build takes
    /// under 400 KB of stack for it, within the 512 KB of a secondary thread on macOS.
    package static let maximumDepth = 100

    /// Renders template `name` against `context`, appending to `out`; an unknown name renders nothing.
    package func render(_ name: String, context: TemplateValue, into out: inout [UInt8]) throws(TemplateRenderError) {
        guard let template = templates[name] else { return }
        var renderer = TemplateRenderer(templates: templates, out: out, stack: [context], template: name)
        out = []  // `renderer` owns the buffer meanwhile, so appending never copies it
        defer { out = renderer.out }
        try renderer.render(template.nodes, blocks: [:])
    }

    package func render(_ name: String, context: TemplateValue) throws(TemplateRenderError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32 * 1024)
        try render(name, context: context, into: &out)
        return out
    }
}

/// A template that cannot be rendered: what went wrong, in which template (by name), where.
package struct TemplateRenderError: Error, Sendable, Equatable {
    package let message: String
    package let hint: String?
    package let template: String
    package let line: Int
    package let column: Int
}

/// One rendering: the output buffer, the context stack and the indentation of partials.
struct TemplateRenderer {
    /// A block's override, with the template it is written in.
    struct Override {
        let nodes: [TemplateNode]
        let template: String
    }

    let templates: [String: Template]
    var out: [UInt8]
    private var stack: [TemplateValue]
    /// Frames above the first `memoFrom` remember, by name, the innermost frame at or below
    /// them that holds it (-1: none), so a name is looked up in as many frames as were pushed
    /// since it was last looked up: deep nesting costs linear time, not quadratic.
    private var memos: [[String: Int]] = []
    private static let memoFrom = 16
    /// Put before every template line while inside standalone partials and indented blocks.
    private var indentation: [UInt8] = []
    private var atLineStart = false
    /// Sections, blocks, partials and parents open (at most `TemplateLibrary.maximumDepth`).
    private var depth = 0
    /// The template whose nodes are rendered, for positions in errors.
    private var template: String

    init(templates: [String: Template], out: [UInt8], stack: [TemplateValue], template: String) {
        self.templates = templates
        self.out = out
        self.stack = stack
        self.template = template
    }

    mutating func render(_ nodes: [TemplateNode], blocks: [String: Override]) throws(TemplateRenderError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                writeTemplateText(bytes)
            case .variable(let path, let escaped):
                if let value = lookup(path) { write(value, escaped: escaped) }
            case .section(let path, let body, let inverted, let at):
                let value = lookup(path) ?? .null
                guard inverted ? !value.isTruthy : value.isTruthy else { continue }
                try enter(at, opening: nil)
                try inverted ? render(body, blocks: blocks) : section(value, body, blocks: blocks)
                depth -= 1
            case .partial(let name, let indent, let at):
                guard let partial = templates[name] else { continue }
                try include(name, partial, indent: indent, blocks: blocks, at: at)
            case .parent(let name, let indent, let overrides, let at):
                guard let parent = templates[name] else { continue }
                // The outermost override of a block wins: a child overrides its grandparent.
                let own = overrides.mapValues { Override(nodes: $0, template: template) }
                try include(name, parent, indent: indent, blocks: own.merging(blocks) { _, outer in outer }, at: at)
            case .block(let name, let defaults, let indent, let at):
                try enter(at, opening: nil)
                let outer = template
                if let override = blocks[name] { template = override.template }
                try render(blocks[name]?.nodes ?? defaults, indentedBy: indent, blocks: blocks)
                template = outer
                depth -= 1
            }
        }
    }

    /// Renders a truthy section's body: once per item of a list, else once.
    private mutating func section(_ value: TemplateValue, _ body: [TemplateNode], blocks: [String: Override]) throws(TemplateRenderError) {
        switch value {
        case .list(let items):
            for item in items {
                push(item)
                try render(body, blocks: blocks)
                pop()
            }
        case .bool:
            try render(body, blocks: blocks)
        default:
            push(value)
            try render(body, blocks: blocks)
            pop()
        }
    }

    private mutating func include(
        _ name: String, _ included: Template, indent: [UInt8], blocks: [String: Override], at: TemplatePosition
    ) throws(TemplateRenderError) {
        try enter(at, opening: name)
        let outer = template
        template = name
        try render(included.nodes, indentedBy: indent, blocks: blocks)
        template = outer
        depth -= 1
    }

    /// One level deeper, at the tag at `at` of the current template (`opening` names a partial
    /// or parent), or the error that says it is one too many.
    private mutating func enter(_ at: TemplatePosition, opening name: String?) throws(TemplateRenderError) {
        depth += 1
        guard depth > TemplateLibrary.maximumDepth else { return }
        let limit = TemplateLibrary.maximumDepth
        throw TemplateRenderError(
            message: name.map { "\"\($0)\" is included more than \(limit) levels deep (counting sections and blocks)" }
                ?? "sections, blocks, partials and parents are open more than \(limit) levels deep",
            hint: name.map { "a template may include itself only inside a section over data that ends, e.g. {{#children}}{{>\($0)}}{{/children}}" }
                ?? "templates nest at most \(limit) levels deep while rendering, through partials and parents too",
            template: template, line: at.line, column: at.column)
    }

    /// Renders `nodes` with `indent` before each of their template lines, the first included.
    private mutating func render(_ nodes: [TemplateNode], indentedBy indent: [UInt8], blocks: [String: Override]) throws(TemplateRenderError) {
        guard !indent.isEmpty else { return try render(nodes, blocks: blocks) }
        let outer = indentation
        indentation += indent
        atLineStart = true
        try render(nodes, blocks: blocks)
        indentation = outer
    }

    private mutating func push(_ value: TemplateValue) {
        stack.append(value)
        if stack.count > Self.memoFrom { memos.append([:]) }
    }

    private mutating func pop() {
        if stack.count > Self.memoFrom { memos.removeLast() }
        stack.removeLast()
    }

    /// The first part of a dotted name is looked up from the innermost context outwards;
    /// the rest only inside what it found.
    private mutating func lookup(_ path: TemplatePath) -> TemplateValue? {
        guard let first = path.parts.first else { return stack.last }
        var found: TemplateValue?
        if stack.count <= Self.memoFrom {
            for frame in stack.reversed() {
                if case .object(let fields) = frame, let value = fields[first] {
                    found = value
                    break
                }
            }
        } else if let index = frame(holding: first), case .object(let fields) = stack[index] {
            found = fields[first]
        }
        guard var value = found else { return nil }
        for part in path.parts.dropFirst() {
            guard case .object(let fields) = value, let next = fields[part] else { return nil }
            value = next
        }
        return value
    }

    /// The index of the innermost frame that holds `name`, in a stack deeper than `memoFrom`;
    /// the frames looked at remember it.
    private mutating func frame(holding name: String) -> Int? {
        var index = stack.count - 1
        var found = -1
        while index >= 0 {
            if index >= Self.memoFrom, let known = memos[index - Self.memoFrom][name] {
                found = known
                break
            }
            if case .object(let fields) = stack[index], fields[name] != nil {
                found = index
                break
            }
            index -= 1
        }
        for above in stride(from: stack.count - 1, to: max(index, Self.memoFrom - 1), by: -1) {
            memos[above - Self.memoFrom][name] = found
        }
        return found < 0 ? nil : found
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let text):
            guard !text.isEmpty else { return }
            indentIfAtLineStart()
            if escaped { HTMLEscaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case .int(let number):
            indentIfAtLineStart()
            out.append(contentsOf: String(number).utf8)
        case .double(let number):
            indentIfAtLineStart()
            out.append(contentsOf: String(number).utf8)
        case .bool(let flag):
            indentIfAtLineStart()
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null, .list, .object:
            break
        }
    }

    /// Template text gets the indentation of enclosing standalone partials on every line;
    /// interpolated values do not (Mustache spec).
    private mutating func writeTemplateText(_ bytes: [UInt8]) {
        guard !indentation.isEmpty else { return out.append(contentsOf: bytes) }
        for byte in bytes {
            indentIfAtLineStart()
            out.append(byte)
            if byte == 0x0A { atLineStart = true }
        }
    }

    private mutating func indentIfAtLineStart() {
        guard atLineStart else { return }
        atLineStart = false
        out.append(contentsOf: indentation)
    }
}
