/// A JSON value, written deterministically: members keep their order, numbers their text.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number as JSON text (`12500.5`), so exact decimals are never rounded.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// The JSON text; `pretty` indents by two spaces, `htmlSafe` also escapes `<`, `>` and `&`
    /// so the text can sit inside a `<script>` element.
    func serialized(pretty: Bool = false, htmlSafe: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, htmlSafe: htmlSafe, indent: "")
        return out
    }

    private func write(to out: inout String, pretty: Bool, htmlSafe: Bool, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): Self.quote(s, htmlSafe: htmlSafe, into: &out)
        case .array(let items):
            guard !items.isEmpty else { return out += "[]" }
            let inner = indent + "  "
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + inner }
                item.write(to: &out, pretty: pretty, htmlSafe: htmlSafe, indent: inner)
            }
            out += pretty ? "\n" + indent + "]" : "]"
        case .object(let members):
            guard !members.isEmpty else { return out += "{}" }
            let inner = indent + "  "
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + inner }
                Self.quote(member.key, htmlSafe: htmlSafe, into: &out)
                out += pretty ? ": " : ":"
                member.value.write(to: &out, pretty: pretty, htmlSafe: htmlSafe, indent: inner)
            }
            out += pretty ? "\n" + indent + "}" : "}"
        }
    }

    private static func quote(_ text: String, htmlSafe: Bool, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where htmlSafe, ">" where htmlSafe, "&" where htmlSafe, "\u{2028}", "\u{2029}":
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 { out += unicodeEscape(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
