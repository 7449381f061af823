internal import CMark

/// Collects what the page needs from cmark's tree in one pass, before the tree is edited.
struct DocumentWalker {
    /// A heading whose id is not known until every footnote id has been seen.
    struct PendingHeading {
        var node: OpaquePointer
        var level: Int
        var text: String
        var offset: Int
    }

    private(set) var headings: [PendingHeading] = []
    private(set) var links: [(destination: String, offset: Int, node: OpaquePointer)] = []
    /// The `id`s cmark gives footnote markers and definitions, which headings must not reuse.
    private(set) var footnoteIDs: [String] = []
    /// Raw HTML nodes to show as text; empty when raw HTML is allowed.
    private(set) var rawHTML: [OpaquePointer] = []
    private(set) var plainText: PlainTextBuffer

    private let source: BodyLines
    private let collectsRawHTML: Bool
    private var locator: InlineLocator
    /// The text of the heading being walked, `nil` outside headings.
    private var headingText: [UInt8]?
    private var footnoteReferenceCounts: [String: Int] = [:]

    init(source: BodyLines, collectsRawHTML: Bool) {
        self.source = source
        self.collectsRawHTML = collectsRawHTML
        locator = InlineLocator(source: source)
        plainText = PlainTextBuffer(capacity: source.bytes.count)
    }

    mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(Node(node), entering: event == CMARK_EVENT_ENTER)
        }
    }

    /// Leaf nodes (text, code, breaks, raw HTML, code blocks) only ever arrive `entering`.
    private mutating func visit(_ node: Node, entering: Bool) {
        if entering, node.isBlock {
            locator.enterBlock(line: node.startLine, column: node.startColumn, endLine: node.endLine)
        }
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            node.withLiteral { text in
                plainText.append(text)
                headingText?.append(contentsOf: text)
            }
        case CMARK_NODE_SOFTBREAK:
            plainText.append(UInt8(ascii: " "))
            headingText?.append(UInt8(ascii: " "))
        case CMARK_NODE_LINEBREAK:
            plainText.append(UInt8(ascii: "\n"))
            headingText?.append(UInt8(ascii: " "))
        case CMARK_NODE_HTML_INLINE:
            if collectsRawHTML { rawHTML.append(node.pointer) }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            if entering { collectLink(node) }
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            collectFootnoteReference(node)
        case CMARK_NODE_HEADING:
            if entering {
                headingText = []
            } else {
                finishHeading(node)
                // A heading ends a sentence: excerpts and snippets that run on into the text
                // read "Programa. Pirma dalis…", not "Programa Pirma dalis…".
                plainText.endSentence()
                plainText.endBlock()
            }
        case CMARK_NODE_PARAGRAPH:
            if !entering { plainText.endBlock() }
        case CMARK_NODE_CODE_BLOCK:
            node.withLiteral { plainText.append($0) }
            plainText.endBlock()
        case CMARK_NODE_HTML_BLOCK:
            if collectsRawHTML { rawHTML.append(node.pointer) }
            node.withLiteral { plainText.appendStrippingTags($0) }
            plainText.endBlock()
        default:
            if node.isExtensionBlock { visitTablePart(node, entering: entering) }
        }
    }

    /// Rows become lines and cells are separated by tabs.
    private mutating func visitTablePart(_ node: Node, entering: Bool) {
        if entering, node.hasTypeName("table_cell"), node.previous != nil {
            plainText.append(UInt8(ascii: "\t"))
        } else if !entering, node.hasTypeName("table_row") || node.hasTypeName("table_header") {
            plainText.endBlock()
        }
    }

    private mutating func collectLink(_ node: Node) {
        let offset: Int
        if let text = node.firstChild, text.type == CMARK_NODE_TEXT, node.isBareAutolink(firstChild: text) {
            offset = text.withLiteral { locator.locate(text: $0, line: node.startLine, column: node.startColumn) }
        } else {
            let openers = node.type == CMARK_NODE_IMAGE ? Self.imageOpeners : Self.linkOpeners
            offset = locator.locate(openers: openers, line: node.startLine, column: node.startColumn)
        }
        links.append((node.url, offset, node.pointer))
    }

    /// Reserves `fn-label`, `fnref-label` and `fnref-label-2`… (the label as written in `[^label]`).
    private mutating func collectFootnoteReference(_ node: Node) {
        let start = locator.locate(openers: Self.footnoteOpeners, line: node.startLine, column: node.startColumn)
        let end = source.end(ofLine: source.line(containing: start))
        var label: [UInt8] = []
        var offset = start + 2  // past `[^`
        while offset < end, source.bytes[offset] != UInt8(ascii: "]") {
            let byte = source.bytes[offset]
            label.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte)
            offset += 1
        }
        let name = String(decoding: label, as: UTF8.self)
        let count = footnoteReferenceCounts[name, default: 0] + 1
        footnoteReferenceCounts[name] = count
        footnoteIDs.append(count == 1 ? "fnref-\(name)" : "fnref-\(name)-\(count)")
        if count == 1 { footnoteIDs.append("fn-\(name)") }
    }

    private mutating func finishHeading(_ node: Node) {
        let text = String(decoding: headingText ?? [], as: UTF8.self)
        headingText = nil
        let offset = source.offset(line: node.startLine, column: node.startColumn)
        headings.append(PendingHeading(node: node.pointer, level: node.headingLevel, text: text, offset: offset))
    }

    private static let linkOpeners = [Array("[".utf8), Array("<".utf8)]
    private static let imageOpeners = [Array("![".utf8)]
    private static let footnoteOpeners = [Array("[^".utf8)]
}

extension Node {
    /// Bare autolinks (`www.…`, `https://…`, `vardas@example.com`) start with their text, whereas
    /// a `[` or `<` precedes the text of every other link; cmark may also give them no position.
    fileprivate func isBareAutolink(firstChild text: Node) -> Bool {
        startLine == 0 || (text.startLine == startLine && text.startColumn == startColumn)
    }
}
