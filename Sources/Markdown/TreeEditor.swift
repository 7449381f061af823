internal import CMark

/// The edits cmark's HTML renderer has no option for: raw HTML shown as text and heading ids.
///
/// Replaced nodes are not freed at once: the text nodes moved out of a heading still point
/// into the heading's buffer, so `freeDetached()` must wait until the HTML is rendered.
struct TreeEditor {
    private var detached: [OpaquePointer] = []

    /// Replaces a raw HTML node by the same characters as text, which the renderer escapes.
    mutating func showAsText(_ rawHTML: OpaquePointer) {
        let isBlock = cmark_node_get_type(rawHTML) == CMARK_NODE_HTML_BLOCK
        let literal = Node(rawHTML).withLiteral { bytes in
            // A block's literal ends with its line break, which would end up inside the `<p>`.
            var count = bytes.count
            while count > 0, bytes[count - 1] == UInt8(ascii: "\n") || bytes[count - 1] == UInt8(ascii: "\r") {
                count -= 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
        }
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(text, literal)
        var replacement = text
        if isBlock {
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else {
                cmark_node_free(text)
                return
            }
            cmark_node_append_child(paragraph, text)
            replacement = paragraph
        }
        replace(rawHTML, with: replacement)
    }

    /// Replaces `<hN>…</hN>` by the same markup with an `id`.
    ///
    /// The heading becomes a custom block holding one custom inline that carries the tags, so
    /// the output keeps cmark's shape (`<h2 id="x">Text</h2>`, no line breaks inside).
    mutating func setID(_ id: String, of heading: OpaquePointer, level: Int) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let tags = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(tags, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(tags, "</h\(level)>")
        cmark_node_append_child(block, tags)
        guard replace(heading, with: block) else { return }
        while let child = cmark_node_first_child(heading) {
            cmark_node_unlink(child)
            cmark_node_append_child(tags, child)
        }
    }

    /// Frees the replaced nodes; call once the tree is no longer rendered.
    func freeDetached() {
        for node in detached {
            cmark_node_free(node)
        }
    }

    /// Puts `replacement` where `node` was, or frees it if cmark refuses.
    @discardableResult
    private mutating func replace(_ node: OpaquePointer, with replacement: OpaquePointer) -> Bool {
        guard cmark_node_replace(node, replacement) == 1 else {
            cmark_node_free(replacement)
            return false
        }
        detached.append(node)
        return true
    }
}
