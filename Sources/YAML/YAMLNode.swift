import Diagnostics

/// A node of a parsed YAML document; every node keeps where it was written.
package struct YAMLNode: Sendable, Hashable {
    package enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package enum Kind: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    package struct Pair: Sendable, Hashable {
        package var key: YAMLNode
        package var value: YAMLNode
        package init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    package var kind: Kind
    /// The explicit tag (`!!str` expands to `tag:yaml.org,2002:str`), if one was written.
    package var tag: String?
    package var location: SourceLocation
    /// How many characters the node spans on its first line (for caret underlines).
    package var length: Int

    package init(_ kind: Kind, tag: String? = nil, at location: SourceLocation, length: Int = 1) {
        self.kind = kind
        self.tag = tag
        self.location = location
        self.length = length
    }

    /// The mapping's pairs, or `nil` when this is not a mapping.
    package var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The sequence's items, or `nil` when this is not a sequence.
    package var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The scalar's text, or `nil` when this is not a scalar.
    package var text: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The value of `key` when this is a mapping with a scalar key of that text.
    package subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.text == key }?.value
    }

    /// A short name of the node's shape for messages: "a list", "a mapping", "text".
    package var shapeDescription: String { shape.text(.en) }

    /// What the node is, for messages: a list, a mapping, text, a number…
    package var shape: Message {
        switch kind {
        case .scalar: return resolved.typeMessage
        case .sequence: return .shapeList
        case .mapping: return .shapeMapping
        }
    }
}

extension YAMLNode {
    /// Node equality for content only, ignoring where nodes were written.
    ///
    /// Scalars compare by resolved value (`1` equals `0x1`, not `"1"`), and mappings regardless
    /// of the order of their pairs, as YAML defines node equality.
    package func sameContent(as other: YAMLNode) -> Bool {
        switch (kind, other.kind) {
        case (.scalar, .scalar): return resolved == other.resolved
        case let (.sequence(a), .sequence(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameContent(as: $1) }
        case let (.mapping(a), .mapping(b)):
            return a.count == b.count
                && a.allSatisfy { pair in
                    b.contains { $0.key.sameContent(as: pair.key) && $0.value.sameContent(as: pair.value) }
                }
        default: return false
        }
    }
}
