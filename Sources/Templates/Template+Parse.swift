extension Template {
    package init(parsing source: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(source: Array(source.utf8))
        let nodes = try parser.parse()
        self.init(nodes: nodes, references: parser.references)
    }
}

/// Turns Mustache source into a node tree in three passes: tags and text (following set
/// delimiters), standalone lines removed, sections nested.
struct TemplateParser {
    private let source: [UInt8]
    private(set) var references: [TemplateReference] = []
    /// The position of the last tag nested, from which the next one's is counted: tags are
    /// nested in source order, so positions cost one pass over the source in all.
    private var cursor = (offset: 0, position: TemplatePosition(line: 1, column: 1))

    init(source: [UInt8]) { self.source = source }

    enum TagKind {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters

        /// Tags that vanish with their line when alone on it (Mustache spec "standalone").
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: return false
            default: return true
            }
        }
    }

    struct Tag {
        var kind: TagKind
        var name: String
        /// Byte offset of the opening delimiter, for positions in errors.
        var offset: Int
        /// Whitespace before the tag when it stands alone on its line.
        var indentation: [UInt8] = []
        /// Whether the tag's line was removed (see `removeStandaloneLines`).
        var standalone = false
    }

    enum Token {
        case text([UInt8])
        case newline([UInt8])
        case tag(Tag)

        /// The spaces the token starts with, when it starts a line.
        var indentation: [UInt8] {
            switch self {
            case .text(let bytes): Array(bytes.prefix(while: isSpace))
            case .newline: []
            case .tag(let tag): tag.indentation
            }
        }
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        try nest(removeStandaloneLines(tokenize()))
    }

    // MARK: - Tags and text

    private func tokenize() throws(TemplateSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var textStart = 0
        var i = 0
        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(Array(source[textStart..<end]))) }
        }
        while i < source.count {
            if source[i] == 0x0A {
                let crlf = i > textStart && source[i - 1] == 0x0D
                flushText(upTo: crlf ? i - 1 : i)
                tokens.append(.newline(crlf ? [0x0D, 0x0A] : [0x0A]))
                i += 1
                textStart = i
            } else if matches(open, at: i) {
                flushText(upTo: i)
                let (tag, end) = try readTag(at: i, open: open, close: close)
                if tag.kind == .delimiters { (open, close) = try delimiters(tag) }
                tokens.append(.tag(tag))
                i = end
                textStart = i
            } else {
                i += 1
            }
        }
        flushText(upTo: source.count)
        return tokens
    }

    private func readTag(at start: Int, open: [UInt8], close: [UInt8]) throws(TemplateSyntaxError) -> (Tag, Int) {
        let inner = start + open.count
        let sigil = inner < source.count ? source[inner] : 0
        let kind: TagKind
        var nameStart = inner + 1
        var terminator = close
        switch sigil {
        case UInt8(ascii: "{"): kind = .unescaped; terminator = Array("}".utf8) + close
        case UInt8(ascii: "="): kind = .delimiters; terminator = Array("=".utf8) + close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "&"): kind = .unescaped
        default: kind = .variable; nameStart = inner
        }
        guard let end = find(terminator, from: min(nameStart, source.count)) else {
            throw error(
                "a tag is not closed with \(String(decoding: terminator, as: UTF8.self))", at: start,
                hint: "close the tag on the same template, e.g. {{name}}")
        }
        let name = String(decoding: source[nameStart..<end], as: UTF8.self).trimmingSpaces()
        let tag = Tag(kind: kind, name: name, offset: start)
        if kind != .comment && kind != .delimiters {
            if name.isEmpty { throw error("a tag without a name", at: start, hint: "write the value's name inside the braces, e.g. {{page.title}}") }
            if name.contains(where: \.isWhitespace) {
                throw error("the tag name \"\(name)\" contains a space", at: start, hint: "names are single words joined by dots, e.g. {{entry.title}}")
            }
        }
        return (tag, end + terminator.count)
    }

    /// The new delimiters of `{{=<% %>=}}`.
    private func delimiters(_ tag: Tag) throws(TemplateSyntaxError) -> ([UInt8], [UInt8]) {
        let parts = tag.name.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error("invalid set-delimiter tag", at: tag.offset, hint: "write two delimiters separated by a space, e.g. {{=<% %>=}}")
        }
        return (Array(parts[0].utf8), Array(parts[1].utf8))
    }

    // MARK: - Standalone lines

    /// A line holding one section, comment, partial or delimiter tag and otherwise only
    /// spaces and tabs leaves no trace: its whitespace and line break are dropped. So does a
    /// line of parent and block tags that opens or closes a parent (`{{<base}}{{$main}}`,
    /// `{{/main}}{{/base}}`, `{{<base}}{{/base}}`). The spaces before a block that opens and
    /// closes on its line become the block's indentation, its line break stays.
    private func removeStandaloneLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var line: [Token] = []
        var open: [TagKind] = []
        func flush(_ newline: Token?) {
            let indentation = line.prefix { if case .text = $0 { true } else { false } }
                .flatMap { token -> [UInt8] in if case .text(let bytes) = token { bytes } else { [] } }
            if var tags = standaloneTags(line, open: open) {
                tags[0].indentation = indentation
                result += tags.map { tag in
                    var tag = tag
                    tag.standalone = true
                    return .tag(tag)
                }
            } else {
                result += indentingBlock(line, by: indentation)
                if let newline { result.append(newline) }
            }
            for case .tag(let tag) in line {
                switch tag.kind {
                case .section, .inverted, .parent, .block: open.append(tag.kind)
                case .close: _ = open.popLast()
                default: continue
                }
            }
            line.removeAll(keepingCapacity: true)
        }
        for token in tokens {
            if case .newline = token { flush(token) } else { line.append(token) }
        }
        flush(nil)
        return result
    }

    /// The tags of a standalone line, `open` being the kinds of the sections open before it.
    private func standaloneTags(_ line: [Token], open: [TagKind]) -> [Tag]? {
        var tags: [Tag] = []
        for token in line {
            switch token {
            case .tag(let tag): tags.append(tag)
            case .text(let bytes): guard bytes.allSatisfy(isSpace) else { return nil }
            case .newline: return nil
            }
        }
        if tags.count == 1 { return tags[0].kind.canStandAlone ? tags : nil }
        // Several tags: parent and block tags (or their ends), of which one opens or closes a parent.
        // Those the line opens are kept apart from `open`, which is not copied: lines cost
        // their own length, not the depth they stand at.
        var opened: [TagKind] = []
        var outer = open.count
        var parent = false
        for tag in tags {
            switch tag.kind {
            case .parent, .block:
                opened.append(tag.kind)
                parent = parent || tag.kind == .parent
            case .close:
                var kind = opened.popLast()
                if kind == nil, outer > 0 {
                    outer -= 1
                    kind = open[outer]
                }
                guard let kind, kind == .parent || kind == .block else { return nil }
                parent = parent || kind == .parent
            default: return nil
            }
        }
        return parent ? tags : nil
    }

    /// `line` with the spaces before a block that opens and closes on it moved into the
    /// block's tag (`  {{$a}}…{{/a}}`), else as it is.
    private func indentingBlock(_ line: [Token], by indentation: [UInt8]) -> [Token] {
        guard !indentation.isEmpty, indentation.allSatisfy(isSpace), line.count >= 3, case .tag(var tag) = line[1], tag.kind == .block else { return line }
        var depth = 0
        for (index, token) in line.enumerated().dropFirst() {
            switch token {
            case .tag(let inner) where inner.kind == .close:
                depth -= 1
                if depth == 0 {
                    guard inner.name == tag.name,
                        line[(index + 1)...].allSatisfy({ if case .text(let bytes) = $0 { bytes.allSatisfy(isSpace) } else { false } })
                    else { return line }
                    tag.indentation = indentation
                    return [.tag(tag)] + line[2...]
                }
            case .tag(let inner) where [.section, .inverted, .parent, .block].contains(inner.kind): depth += 1
            default: continue
            }
        }
        return line
    }

    // MARK: - Nesting

    private struct Frame {
        var tag: Tag
        var position = TemplatePosition(line: 1, column: 1)
        var nodes: [TemplateNode] = []
        /// A block's indentation: the spaces before it when it opens and closes on its line,
        /// else when it stands alone those of the next line (`nil` until that is read).
        var indentation: [UInt8]? = []
    }

    private mutating func nest(_ tokens: [Token]) throws(TemplateSyntaxError) -> [TemplateNode] {
        var stack = [Frame(tag: Tag(kind: .section, name: "", offset: 0))]
        func append(_ node: TemplateNode) {
            if case .text(let bytes) = node, case .text(let previous)? = stack[stack.count - 1].nodes.last {
                stack[stack.count - 1].nodes[stack[stack.count - 1].nodes.count - 1] = .text(previous + bytes)
            } else {
                stack[stack.count - 1].nodes.append(node)
            }
        }
        for token in tokens {
            if stack[stack.count - 1].indentation == nil { stack[stack.count - 1].indentation = token.indentation }
            switch token {
            case .text(let bytes), .newline(let bytes):
                append(.text(bytes))
            case .tag(let tag):
                switch tag.kind {
                case .variable: append(.variable(TemplatePath(tag.name), escaped: true))
                case .unescaped: append(.variable(TemplatePath(tag.name), escaped: false))
                case .comment, .delimiters: break
                case .partial:
                    let at = reference(tag)
                    append(.partial(tag.name, indentation: tag.indentation, at: at))
                case .section, .inverted, .block, .parent:
                    // The stack holds the template's top level too: it is full with `maximumNesting` open.
                    guard stack.count <= Template.maximumNesting else {
                        throw error(
                            "sections, parents and blocks nest more than \(Template.maximumNesting) levels deep", at: tag.offset,
                            hint: "close some before opening more, or move the inner part to a partial of its own")
                    }
                    let at = tag.kind == .parent ? reference(tag) : position(advancingTo: tag.offset)
                    // Only a block's indentation is used (see `Frame`).
                    stack.append(Frame(tag: tag, position: at, indentation: tag.kind == .block && tag.standalone ? nil : tag.indentation))
                case .close:
                    guard stack.count > 1 else {
                        throw error("{{/\(tag.name)}} closes no open section", at: tag.offset, hint: "remove it, or open the section with {{#\(tag.name)}}")
                    }
                    let frame = stack.removeLast()
                    guard frame.tag.name == tag.name else {
                        throw error(
                            "{{/\(tag.name)}} closes the section \"\(frame.tag.name)\" opened at line \(frame.position.line)",
                            at: tag.offset,
                            hint: "close every section with its own name: {{/\(frame.tag.name)}}")
                    }
                    append(node(closing: frame))
                }
            }
        }
        if stack.count > 1, let open = stack.last?.tag {
            throw error("the section \"\(open.name)\" is never closed", at: open.offset, hint: "add {{/\(open.name)}} where the section ends")
        }
        return stack[0].nodes
    }

    private func node(closing frame: Frame) -> TemplateNode {
        let tag = frame.tag
        let at = frame.position
        switch tag.kind {
        case .inverted: return .section(TemplatePath(tag.name), frame.nodes, inverted: true, at: at)
        case .block:
            // Stored without its indentation, which rendering puts back (or that of the block it overrides).
            let indentation = frame.indentation ?? []
            let nodes = TemplateNode.removing(indentation, from: frame.nodes, atLineStart: tag.standalone).nodes
            return .block(tag.name, nodes, indentation: indentation, at: at)
        case .parent:
            // Inside a parent tag only blocks count: they override the parent's blocks.
            var overrides: [String: [TemplateNode]] = [:]
            for case .block(let name, let nodes, _, _) in frame.nodes { overrides[name] = nodes }
            return .parent(tag.name, indentation: tag.indentation, overrides: overrides, at: at)
        default: return .section(TemplatePath(tag.name), frame.nodes, inverted: false, at: at)
        }
    }

    // MARK: - Positions

    /// The position of a partial or parent tag, which is listed in `references`.
    private mutating func reference(_ tag: Tag) -> TemplatePosition {
        let at = position(advancingTo: tag.offset)
        references.append(TemplateReference(name: tag.name, line: at.line, column: at.column))
        return at
    }

    /// The position of a byte offset at or after the cursor's, which moves there.
    private mutating func position(advancingTo offset: Int) -> TemplatePosition {
        cursor = (offset, position(offset, from: cursor.offset <= offset ? cursor : (0, TemplatePosition(line: 1, column: 1))))
        return cursor.position
    }

    /// 1-based line and column (in characters) of a byte offset, counted on from `start`.
    private func position(_ offset: Int, from start: (offset: Int, position: TemplatePosition)) -> TemplatePosition {
        var (line, column) = (start.position.line, start.position.column)
        for byte in source[start.offset..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TemplatePosition(line: line, column: column)
    }

    private func error(_ message: String, at offset: Int, hint: String?) -> TemplateSyntaxError {
        let at = position(offset, from: (0, TemplatePosition(line: 1, column: 1)))
        return TemplateSyntaxError(message: message, hint: hint, line: at.line, column: at.column)
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= source.count else { return false }
        for k in pattern.indices where source[index + k] != pattern[k] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + pattern.count <= source.count {
            if matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// A space or a tab: what may surround a standalone tag.
func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
