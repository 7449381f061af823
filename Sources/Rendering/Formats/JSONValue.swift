import Support
import Text

/// A JSON value, written deterministically: members keep their order, numbers their text.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number as JSON text (`12500.5`), so exact decimals are never rounded.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
    /// A value serialised before, written as it is: it must have been serialised with the
    /// same options at the indent it is written at (a row kept from the last build).
    case raw(String)

    /// The JSON text; `pretty` indents by two spaces, `htmlSafe` also escapes `<`, `>` and `&`
    /// so the text can sit inside a `<script>` element.
    /// The document's text in pieces, with each of `rows` where a `row` placeholder stands
    /// (in order): rows serialised before are not copied into one string with the rest.
    func serialized(pretty: Bool, splicing rows: [ArraySlice<UInt8>]) -> [ArraySlice<UInt8>] {
        let text = Array(serialized(pretty: pretty).utf8)
        var pieces: [ArraySlice<UInt8>] = []
        pieces.reserveCapacity(2 * rows.count + 1)
        var rest = text[...]
        var next = rows.makeIterator()
        // A control character is always escaped in JSON text, so a bare NUL is a placeholder.
        while let marker = rest.firstIndex(of: 0) {
            pieces.append(rest[..<marker])
            if let row = next.next() { pieces.append(row) }
            rest = rest[(marker + 1)...]
        }
        pieces.append(rest)
        return pieces
    }

    /// Where `serialized(pretty:splicing:)` puts the next row.
    static let row = JSONValue.raw("\u{0}")
    /// The indent of an item of an array that is a member of the top-level object (an API
    /// file's `entries`, an export's `rows`): where rows are serialised to be spliced.
    static let rowIndent = "    "
    static let newline: ArraySlice<UInt8> = [0x0A]

    /// `indent` is the indent of the line the value starts on, for a value that will sit
    /// inside another as `raw`.
    func serialized(pretty: Bool = false, htmlSafe: Bool = false, indent: String = "") -> String {
        var out = ""
        write(to: &out, pretty: pretty, htmlSafe: htmlSafe, indent: indent)
        return out
    }

    private func write(to out: inout String, pretty: Bool, htmlSafe: Bool, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n), .raw(let n): out += n
        case .string(let s): JSONText.quote(s, htmlSafe: htmlSafe, into: &out)
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
                JSONText.quote(member.key, htmlSafe: htmlSafe, into: &out)
                out += pretty ? ": " : ":"
                member.value.write(to: &out, pretty: pretty, htmlSafe: htmlSafe, indent: inner)
            }
            out += pretty ? "\n" + indent + "}" : "}"
        }
    }

}
