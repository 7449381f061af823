internal import CYAML
import Diagnostics

/// Parses YAML text into located node trees through libyaml's event API.
package struct YAMLParser: Sendable {
    /// The most nodes a document may hold once aliases are expanded; beyond it the
    /// document is rejected (a "billion laughs" alias bomb would otherwise exhaust memory).
    package var maxNodes: Int
    /// The deepest nesting accepted, so that hostile input cannot overflow the stack.
    package var maxDepth: Int

    /// The version of the libyaml library in use (a system update may change what it reads).
    package static var libraryVersion: String { String(cString: yaml_get_version_string()) }

    package init(maxNodes: Int = 100_000, maxDepth: Int = 200) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// Parses every document of a YAML stream.
    ///
    /// - Parameters:
    ///   - file: the path shown in diagnostics.
    ///   - firstLine: the file line of the text's first line (front matter starts at line 2).
    /// - Throws: `DiagnosticsError` with every problem found (syntax errors stop at the first).
    package func parseStream(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticsError) -> [YAMLNode] {
        // Editors hide a byte order mark, so positions are counted from after it.
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        // libyaml asserts a non-null input, which an empty array need not provide.
        guard !body.isEmpty else { return [] }
        var builder = TreeBuilder(
            file: file, lines: LineIndex(body, firstLine: firstLine), maxNodes: maxNodes, maxDepth: maxDepth)
        let bytes = Array(body.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticsError([.error(.yamlParserInit, at: nil)])
        }
        defer { yaml_parser_delete(&parser) }
        let count = bytes.count
        return try bytes.withUnsafeBufferPointer { buffer throws(DiagnosticsError) -> [YAMLNode] in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw DiagnosticsError((builder.diagnostics + [builder.syntaxError(parser)]).sorted())
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                builder.handle(event)
                if builder.aborted { break }
            }
            // Duplicate keys are found as mappings close, inner ones first: report them in text order.
            if !builder.diagnostics.isEmpty { throw DiagnosticsError(builder.diagnostics.sorted()) }
            return builder.documents
        }
    }

    /// Parses text that must hold exactly one document (an empty text gives an empty mapping).
    package func parseDocument(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticsError) -> YAMLNode {
        let documents = try parseStream(text, file: file, firstLine: firstLine)
        if documents.count > 1 {
            let extra = documents[1].location
            throw DiagnosticsError([
                .error(.yamlDocuments(count: documents.count), at: extra, hint: .yamlDocumentsHint)
            ])
        }
        return documents.first
            ?? YAMLNode(.mapping([]), at: SourceLocation(file: file, line: firstLine, column: 1))
    }
}

/// Turns the event stream into trees, tracking anchors, duplicate keys and size.
private struct TreeBuilder {
    let file: String
    var lines: LineIndex
    let maxNodes: Int
    let maxDepth: Int

    var documents: [YAMLNode] = []
    var diagnostics: [Diagnostic] = []
    var aborted = false

    /// Open collections: the node being built (with its items so far) and its anchor.
    private var stack: [(node: YAMLNode, children: [YAMLNode], anchor: String?)] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Node count of every open collection so far (itself included), to size anchored collections.
    private var sizes: [Int] = []
    /// Nodes in the current document with aliases expanded, checked against `maxNodes`.
    private var nodeCount = 0

    init(file: String, lines: LineIndex, maxNodes: Int, maxDepth: Int) {
        self.file = file
        self.lines = lines
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
        let (line, column) = lines.location(scalarOffset: Int(mark.index))
        return SourceLocation(file: file, line: line, column: column)
    }

    mutating func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // Reader errors (a control character, say) carry a byte offset and the character, not a mark.
            let (line, column) = lines.location(byteOffset: parser.problem_offset)
            let character = parser.problem_value >= 0 ? Self.hex(parser.problem_value) : ""
            return .error(
                .yamlInvisible(problem: problem, character: character), at: SourceLocation(file: file, line: line, column: column),
                hint: .yamlInvisibleHint)
        }
        let context = parser.context.map { String(cString: $0) }
        let message = Message.yamlSyntax(problem: problem, context: context, line: context.map { _ in location(parser.context_mark).line })
        // An unclosed quote is only noticed where the text ends (or a '---' line): point at the
        // quote that opens it instead.
        if context == "while scanning a quoted scalar", problem.hasPrefix("found unexpected") {
            return .error(
                message, at: location(parser.context_mark),
                hint: .yamlUnclosedQuoteHint)
        }
        let line = lines.line(splitAt: Int(parser.problem_mark.index))
        return .error(message, at: location(parser.problem_mark), hint: Self.hint(for: problem, on: line))
    }

    /// What to do about a libyaml problem, judged also by the line it occurred on.
    static func hint(for problem: String, on line: (before: Substring, after: Substring)) -> Message {
        // libyaml rarely names a stray tab; it reports the token the tab interrupts.
        if line.after.first == "\t" || problem.contains("tab") { return .yamlTabs }
        if problem.contains("mapping values are not allowed") {
            // When the line's first ':' is the culprit, the key is indented under a value and
            // reads as that value's continuation; otherwise a value contains ': '.
            if !line.before.contains(":") { return .yamlIndentedKey }
            return .yamlQuoteColon
        }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>") { return .yamlIndentation }
        if problem.contains("found character that cannot start any token") { return .yamlSpecialCharacter }
        return .yamlCheckNear
    }

    private static func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    mutating func handle(_ event: yaml_event_t) {
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
            let (start, length) = span(event)
            let node = YAMLNode(.scalar(text, style), tag: Self.string(s.tag), at: start, length: length)
            finish(node, anchor: Self.string(s.anchor), size: 1)
        case YAML_SEQUENCE_START_EVENT:
            let e = event.data.sequence_start
            open(
                YAMLNode(.sequence([]), tag: Self.string(e.tag), at: location(event.start_mark)),
                anchor: Self.string(e.anchor))
        case YAML_MAPPING_START_EVENT:
            let e = event.data.mapping_start
            open(
                YAMLNode(.mapping([]), tag: Self.string(e.tag), at: location(event.start_mark)),
                anchor: Self.string(e.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            let (start, length) = span(event)
            guard let (target, size) = anchors[name] else {
                diagnostics.append(
                    .error(.yamlUnknownAlias(name), at: start, length: length, hint: .yamlUnknownAliasHint(name)))
                aborted = true
                return
            }
            // The copy points at the alias, so that problems with it are reported where it is used.
            var copy = target
            copy.location = start
            copy.length = length
            finish(copy, anchor: nil, size: size)
        default:
            break
        }
    }

    /// Where the event starts, and how many characters it spans on that line.
    private mutating func span(_ event: yaml_event_t) -> (SourceLocation, Int) {
        let start = location(event.start_mark)
        let end = location(event.end_mark)
        return (start, end.line == start.line ? max(1, end.column - start.column) : 1)
    }

    private mutating func open(_ node: YAMLNode, anchor: String?) {
        if stack.count >= maxDepth {
            diagnostics.append(.error(.yamlTooDeep(levels: maxDepth), at: node.location))
            aborted = true
            return
        }
        guard count(1, at: node.location) else { return }
        stack.append((node, [], anchor))
        sizes.append(1)
    }

    private mutating func close() {
        guard let (node, children, anchor) = stack.popLast(), let size = sizes.popLast() else { return }
        var done = node
        if case .mapping = node.kind {
            done.kind = .mapping(pairs(of: children))
        } else {
            done.kind = .sequence(children)
        }
        attach(done, anchor: anchor, size: size)
    }

    /// Pairs up a mapping's keys and values, reporting each key equal to an earlier one.
    private mutating func pairs(of children: [YAMLNode]) -> [YAMLNode.Pair] {
        var pairs: [YAMLNode.Pair] = []
        pairs.reserveCapacity(children.count / 2)
        // Scalar keys are compared by resolved value through a dictionary, so that large
        // mappings stay linear; collection keys (rare) are compared one by one.
        var scalarKeys: [Scalar: YAMLNode] = [:]
        var collectionKeys: [YAMLNode] = []
        for index in stride(from: 0, to: children.count - 1, by: 2) {
            let key = children[index]
            let earlier: YAMLNode?
            if case .scalar = key.kind {
                let resolved = key.resolved
                earlier = scalarKeys[resolved]
                if earlier == nil { scalarKeys[resolved] = key }
            } else {
                earlier = collectionKeys.first { $0.sameContent(as: key) }
                if earlier == nil { collectionKeys.append(key) }
            }
            if let earlier {
                diagnostics.append(
                    .error(
                        .duplicateKey(key.text, shape: key.shape, firstLine: earlier.location.line), at: key.location, length: key.length,
                        hint: .duplicateKeyHint))
            }
            pairs.append(YAMLNode.Pair(key: key, value: children[index + 1]))
        }
        return pairs
    }

    /// Scalars and aliases add to the document's node count; open collections counted themselves.
    private mutating func finish(_ node: YAMLNode, anchor: String?, size: Int) {
        guard count(size, at: node.location) else { return }
        attach(node, anchor: anchor, size: size)
    }

    /// Adds `size` nodes to the document; past `maxNodes` the document is rejected.
    private mutating func count(_ size: Int, at location: SourceLocation) -> Bool {
        nodeCount += size
        guard nodeCount > maxNodes else { return true }
        diagnostics.append(
            .error(.yamlTooLarge(values: maxNodes), at: location, hint: .yamlTooLargeHint))
        aborted = true
        return false
    }

    /// Hands a finished node to its parent, or ends the document with it.
    private mutating func attach(_ node: YAMLNode, anchor: String?, size: Int) {
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
