import Foundation
import YAML

/// A JSON value, compared the way the conformance suite means it: numbers numerically, objects unordered.
enum JSONValue: Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The value of a YAML node under the core schema, or `nil` when it has no JSON form
    /// (a collection as a mapping key, or a NaN).
    init?(_ node: YAMLNode) {
        switch node.kind {
        case .scalar:
            switch node.resolved {
            case .null: self = .null
            case .bool(let b): self = .bool(b)
            case .int(let i): self = .number(Double(i))
            case .float(let f) where f.isNaN: return nil
            case .float(let f): self = .number(f)
            case .string(let s): self = .string(s)
            }
        case .sequence(let items):
            var values: [JSONValue] = []
            for item in items {
                guard let value = JSONValue(item) else { return nil }
                values.append(value)
            }
            self = .array(values)
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs {
                guard let key = pair.key.text, let value = JSONValue(pair.value) else { return nil }
                object[key] = value
            }
            self = .object(object)
        }
    }

    /// Every JSON document of `text`, which may hold several one after another (one per YAML document).
    static func documents(_ text: String) throws -> [JSONValue] {
        try splitDocuments(text).map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }

    /// Splits concatenated JSON texts: a document ends where brackets balance outside strings,
    /// or, for a top-level number, `true`, `false` or `null`, at the next whitespace.
    static func splitDocuments(_ text: String) -> [String] {
        var documents: [String] = []
        var current = String.UnicodeScalarView()
        var depth = 0
        var inString = false
        var escaped = false
        func flush() {
            if !current.isEmpty { documents.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        // Scalars, not Characters: a quote followed by a combining mark is still a quote.
        for character in text.unicodeScalars {
            if inString {
                current.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                    if depth == 0 { flush() }
                }
            } else if " \t\n\r".unicodeScalars.contains(character) {
                if depth == 0 { flush() }
            } else {
                current.append(character)
                switch character {
                case "\"": inString = true
                case "[", "{": depth += 1
                case "]", "}":
                    depth -= 1
                    if depth == 0 { flush() }
                default: break
                }
            }
        }
        flush()
        return documents
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .string(let s): return "\"\(s)\""
        case .array(let a): return "[\(a.map(\.description).joined(separator: ", "))]"
        case .object(let o):
            return "{\(o.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", "))}"
        }
    }
}
