import Text

extension TemplateLibrary {
    /// Renders template `name` against `context`, appending to `out`; an unknown name renders nothing.
    package func render(_ name: String, context: TemplateValue, into out: inout [UInt8]) {
        guard let template = templates[name] else { return }
        var renderer = TemplateRenderer(templates: templates, out: out, stack: [context])
        out = []  // `renderer` owns the buffer meanwhile, so appending never copies it
        renderer.render(template.nodes, blocks: [:])
        out = renderer.out
    }

    package func render(_ name: String, context: TemplateValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32 * 1024)
        render(name, context: context, into: &out)
        return out
    }
}

/// One rendering: the output buffer, the context stack and the indentation of partials.
struct TemplateRenderer {
    let templates: [String: Template]
    var out: [UInt8]
    var stack: [TemplateValue]
    /// Put before every template line while inside standalone partials and indented blocks.
    private var indentation: [UInt8] = []
    private var atLineStart = false
    private var depth = 0
    /// Partials including themselves stop here instead of exhausting the stack.
    private static let maxDepth = 64

    init(templates: [String: Template], out: [UInt8], stack: [TemplateValue]) {
        self.templates = templates
        self.out = out
        self.stack = stack
    }

    mutating func render(_ nodes: [TemplateNode], blocks: [String: [TemplateNode]]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                writeTemplateText(bytes)
            case .variable(let path, let escaped):
                if let value = lookup(path) { write(value, escaped: escaped) }
            case .section(let path, let body, let inverted):
                let value = lookup(path) ?? .null
                if inverted {
                    if !value.isTruthy { render(body, blocks: blocks) }
                } else {
                    section(value, body, blocks: blocks)
                }
            case .partial(let name, let indent):
                guard let template = templates[name] else { continue }
                include(template, indent: indent, blocks: blocks)
            case .parent(let name, let indent, let overrides):
                guard let template = templates[name] else { continue }
                // The outermost override of a block wins: a child overrides its grandparent.
                include(template, indent: indent, blocks: overrides.merging(blocks) { _, outer in outer })
            case .block(let name, let defaults, let indent):
                render(blocks[name] ?? defaults, indentedBy: indent, blocks: blocks)
            }
        }
    }

    private mutating func section(_ value: TemplateValue, _ body: [TemplateNode], blocks: [String: [TemplateNode]]) {
        switch value {
        case .list(let items):
            for item in items {
                stack.append(item)
                render(body, blocks: blocks)
                stack.removeLast()
            }
        case .bool(let flag):
            if flag { render(body, blocks: blocks) }
        case .null:
            break
        default:
            stack.append(value)
            render(body, blocks: blocks)
            stack.removeLast()
        }
    }

    private mutating func include(_ template: Template, indent: [UInt8], blocks: [String: [TemplateNode]]) {
        guard depth < Self.maxDepth else { return }
        depth += 1
        defer { depth -= 1 }
        render(template.nodes, indentedBy: indent, blocks: blocks)
    }

    /// Renders `nodes` with `indent` before each of their template lines, the first included.
    private mutating func render(_ nodes: [TemplateNode], indentedBy indent: [UInt8], blocks: [String: [TemplateNode]]) {
        guard !indent.isEmpty else { return render(nodes, blocks: blocks) }
        let outer = indentation
        indentation += indent
        atLineStart = true
        render(nodes, blocks: blocks)
        indentation = outer
    }

    /// The first part of a dotted name is looked up from the innermost context outwards;
    /// the rest only inside what it found.
    private func lookup(_ path: TemplatePath) -> TemplateValue? {
        guard let first = path.parts.first else { return stack.last }
        var found: TemplateValue?
        for frame in stack.reversed() {
            if case .object(let fields) = frame, let value = fields[first] {
                found = value
                break
            }
        }
        guard var value = found else { return nil }
        for part in path.parts.dropFirst() {
            guard case .object(let fields) = value, let next = fields[part] else { return nil }
            value = next
        }
        return value
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
