import Text

/// Named templates that can include each other (partials, parents), rendered to UTF-8 bytes.
package struct TemplateLibrary: Sendable {
    let templates: [String: Template]

    package init(_ templates: [String: Template]) { self.templates = templates }

    /// The same templates in memory of their own, for one worker of a parallel render: the
    /// nodes every page walks are then counted (retained, released) by that core alone.
    package func copied() -> TemplateLibrary {
        TemplateLibrary(Dictionary(uniqueKeysWithValues: templates.map { (Copy.string($0.key), $0.value.copied()) }))
    }

    package func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Partials and parents named but not in the library, by template name, in template order.
    package func missingReferences() -> [(template: String, reference: TemplateReference)] {
        templates.keys.sorted().flatMap { name in
            templates[name]!.references.filter { templates[$0.name] == nil }.map { (name, $0) }
        }
    }

    /// Every dotted name (as its parts; `[]` for `.`) that rendering template `name` may look
    /// up, through its partials, parents and their blocks.
    package func names(reachableFrom name: String) -> Set<[String]> {
        var names: Set<[String]> = []
        var visited: Set<String> = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text: continue
                case .variable(let path, _): names.insert(path.parts)
                case .section(let path, let body, _):
                    names.insert(path.parts)
                    walk(body)
                case .partial(let partial, _): include(partial)
                case .parent(let parent, _, let overrides):
                    for body in overrides.values { walk(body) }
                    include(parent)
                case .block(_, let defaults): walk(defaults)
                }
            }
        }
        func include(_ name: String) {
            guard visited.insert(name).inserted, let template = templates[name] else { return }
            walk(template.nodes)
        }
        include(name)
        return names
    }

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
    /// Put before every template line while inside standalone partials.
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
            case .block(let name, let defaults):
                render(blocks[name] ?? defaults, blocks: blocks)
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
        guard !indent.isEmpty else { return render(template.nodes, blocks: blocks) }
        let outer = indentation
        indentation += indent
        atLineStart = true
        render(template.nodes, blocks: blocks)
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
