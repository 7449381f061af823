internal import CMark
package import Diagnostics

/// An image in a body (`![alt](src "title")`), for the alt-text rule (WCAG 1.1.1).
package struct MarkdownImage: Sendable, Hashable {
    package var destination: String
    /// The alt text as HTML shows it: the plain text of the brackets.
    package var alt: String
    package var title: String
    /// The image's `!`.
    package var location: SourceLocation
}

extension MarkdownImage {
    /// The plain text of an image node's children, as cmark writes it into `alt`.
    static func altText(of node: OpaquePointer) -> String {
        var bytes: [UInt8] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator), child != node else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                Node(child).withLiteral { bytes.append(contentsOf: $0) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func title(of node: OpaquePointer) -> String {
        cmark_node_get_title(node).map { String(cString: $0) } ?? ""
    }
}
