internal import CMark

/// A borrowed `cmark_node *` with the few accessors this module reads.
///
/// Positions are cmark's: 1-based lines and byte columns, `0` when unknown.
struct Node {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    /// Blocks carry the `CMARK_NODE_TYPE_BLOCK` bit pattern, extension blocks (tables) included.
    var isBlock: Bool { type.rawValue & 0xC000 == 0x8000 }

    /// Extension node types are allocated after the last core type, so only they need a name check.
    var isExtensionBlock: Bool { isBlock && type.rawValue > CMARK_NODE_FOOTNOTE_DEFINITION.rawValue }

    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    var firstChild: Node? { cmark_node_first_child(pointer).map(Node.init) }
    var previous: Node? { cmark_node_previous(pointer).map(Node.init) }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }

    /// Calls `body` with the literal's bytes (text, code, raw HTML); empty for other nodes.
    ///
    /// The bytes belong to the node: do not keep them past `body`.
    func withLiteral<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let literal = cmark_node_get_literal(pointer) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        var length = 0
        while literal[length] != 0 { length += 1 }
        return literal.withMemoryRebound(to: UInt8.self, capacity: length) {
            body(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Whether cmark's type name (`table_row`, `table_cell`…) is `name`.
    func hasTypeName(_ name: StaticString) -> Bool {
        guard let typeName = cmark_node_get_type_string(pointer) else { return false }
        return name.withUTF8Buffer { expected in
            for (index, byte) in expected.enumerated() where UInt8(bitPattern: typeName[index]) != byte {
                return false
            }
            return typeName[expected.count] == 0
        }
    }
}
