internal import CYAML
import Diagnostics

/// Parses YAML text into located node trees through libyaml's event API.
public struct YAMLParser: Sendable {
    /// The most nodes a document may hold once aliases are expanded; beyond it the
    /// document is rejected (a "billion laughs" alias bomb would otherwise exhaust memory).
    public var maxNodes: Int
    /// The deepest nesting accepted, so that hostile input cannot overflow the stack.
    public var maxDepth: Int

    public init(maxNodes: Int = 100_000, maxDepth: Int = 200) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// Parses every document of a YAML stream.
    ///
    /// - Parameters:
    ///   - file: the path shown in diagnostics.
    ///   - firstLine: the file line of the text's first line (front matter starts at line 2).
    /// - Throws: `DiagnosticsError` with every problem found (syntax errors stop at the first).
    public func parseStream(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticsError) -> [YAMLNode] {
        var builder = TreeBuilder(file: file, lineOffset: firstLine - 1, maxNodes: maxNodes, maxDepth: maxDepth)
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticsError([.error("cannot initialise the YAML parser", at: nil)])
        }
        defer { yaml_parser_delete(&parser) }
        let count = bytes.count
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(DiagnosticsError) -> [YAMLNode] in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw DiagnosticsError(builder.diagnostics + [builder.syntaxError(parser)])
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                builder.handle(event)
                if builder.aborted { break }
            }
            if !builder.diagnostics.isEmpty { throw DiagnosticsError(builder.diagnostics) }
            return builder.documents
        }
    }

    /// Parses text that must hold exactly one document (an empty text gives an empty mapping).
    public func parseDocument(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticsError) -> YAMLNode {
        let documents = try parseStream(text, file: file, firstLine: firstLine)
        if documents.count > 1 {
            let extra = documents[1].location
            throw DiagnosticsError([
                .error(
                    "expected one YAML document, found \(documents.count)", at: extra,
                    hint: "remove the extra '---' or '...' line")
            ])
        }
        return documents.first
            ?? YAMLNode(.mapping([]), at: SourceLocation(file: file, line: firstLine, column: 1))
    }
}

/// Turns the event stream into trees, tracking anchors, duplicate keys and size.
private struct TreeBuilder {
    let file: String
    let lineOffset: Int
    let maxNodes: Int
    let maxDepth: Int

    var documents: [YAMLNode] = []
    var diagnostics: [Diagnostic] = []
    var aborted = false

    /// Open collections: the node being built (with its items so far) and its anchor.
    private var stack: [(node: YAMLNode, children: [YAMLNode], anchor: String?)] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Node count of every finished child, by stack level, to size anchored collections.
    private var sizes: [Int] = []
    private var nodeCount = 0

    init(file: String, lineOffset: Int, maxNodes: Int, maxDepth: Int) {
        self.file = file
        self.lineOffset = lineOffset
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var message = "YAML syntax error: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(Int(parser.context_mark.line) + 1 + lineOffset))"
        }
        let at: SourceLocation
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a line: find the line it falls on.
            at = SourceLocation(file: file, line: 1 + lineOffset, column: 1)
        } else {
            at = location(parser.problem_mark)
        }
        return .error(message, at: at, hint: Self.hint(for: problem))
    }

    static func hint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be quoted, e.g. title: \"Skaitymas: nauji būdai\""
        }
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>") {
            return "check the indentation: keys of one mapping must start in the same column"
        }
        if problem.contains("found character that cannot start any token") {
            return "quote values that start with '@', '`', '%' or other special characters"
        }
        return "check quoting and indentation near this position"
    }

    mutating func handle(_ event: yaml_event_t) {
        let start = location(event.start_mark)
        let endMark = event.end_mark
        let length = endMark.line == event.start_mark.line ? max(1, Int(endMark.column - event.start_mark.column)) : 1
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            nodeCount = 0
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let style: YAMLNode.ScalarStyle
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let node = YAMLNode(.scalar(text, style), tag: Self.string(s.tag), at: start, length: length)
            finish(node, anchor: Self.string(s.anchor), size: 1)
        case YAML_SEQUENCE_START_EVENT:
            let e = event.data.sequence_start
            open(YAMLNode(.sequence([]), tag: Self.string(e.tag), at: start), anchor: Self.string(e.anchor))
        case YAML_MAPPING_START_EVENT:
            let e = event.data.mapping_start
            open(YAMLNode(.mapping([]), tag: Self.string(e.tag), at: start), anchor: Self.string(e.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let (target, size) = anchors[name] else {
                diagnostics.append(.error("unknown alias '*\(name)'", at: start, hint: "define '&\(name)' before using it"))
                aborted = true
                return
            }
            var copy = target
            copy.location = start
            finish(copy, anchor: nil, size: size)
        default:
            break
        }
    }

    private mutating func open(_ node: YAMLNode, anchor: String?) {
        if stack.count >= maxDepth {
            diagnostics.append(.error("YAML nesting deeper than \(maxDepth) levels", at: node.location))
            aborted = true
            return
        }
        stack.append((node, [], anchor))
        sizes.append(1)
    }

    private mutating func close() {
        guard let (node, children, anchor) = stack.popLast(), let size = sizes.popLast() else { return }
        var done = node
        if case .mapping = node.kind {
            var pairs: [YAMLNode.Pair] = []
            pairs.reserveCapacity(children.count / 2)
            var index = 0
            while index + 1 < children.count {
                let key = children[index]
                if let earlier = pairs.first(where: { $0.key.sameContent(as: key) }) {
                    diagnostics.append(
                        .error(
                            "duplicate key '\(key.text ?? "…")' (first defined at line \(earlier.key.location.line))",
                            at: key.location, length: key.length,
                            hint: "remove one of the two, or merge their values"))
                }
                pairs.append(YAMLNode.Pair(key: key, value: children[index + 1]))
                index += 2
            }
            done.kind = .mapping(pairs)
        } else {
            done.kind = .sequence(children)
        }
        finish(done, anchor: anchor, size: size, counted: true)
    }

    /// Attaches a finished node to its parent (or ends a document), counting its size.
    private mutating func finish(_ node: YAMLNode, anchor: String?, size: Int, counted: Bool = false) {
        // Collections counted themselves as their children arrived; scalars and aliases count here.
        if !counted {
            nodeCount += size
            if nodeCount > maxNodes {
                diagnostics.append(
                    .error(
                        "YAML document expands to more than \(maxNodes) values", at: node.location,
                        hint: "aliases ('*name') that repeat large anchors multiply the document; write the values out"
                    ))
                aborted = true
                return
            }
        }
        if let anchor { anchors[anchor] = (node, size) }
        if stack.isEmpty {
            documents.append(node)
        } else {
            stack[stack.count - 1].children.append(node)
            sizes[sizes.count - 1] += size
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
