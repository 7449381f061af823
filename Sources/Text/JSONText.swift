/// JSON string literals, for the data files and the search index's display shards.
public enum JSONText {
    /// A JSON string literal, on UTF-8 bytes: every character that needs escaping is ASCII,
    /// but for U+2028 and U+2029 (E2 80 A8/A9), which JavaScript reads as line breaks.
    public static func quote(_ text: String, htmlSafe: Bool = false, into out: inout String) {
        let utf8 = text.utf8
        func special(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
                || (htmlSafe && (byte == 0x3C || byte == 0x3E || byte == 0x26))
        }
        guard utf8.contains(where: special) else {
            out += "\"" + text + "\""
            return
        }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(utf8.count + 16)
        var rest = utf8[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            switch byte {
            case 0x22: bytes += Array("\\\"".utf8)
            case 0x5C: bytes += Array("\\\\".utf8)
            case 0x0A: bytes += Array("\\n".utf8)
            case 0x0D: bytes += Array("\\r".utf8)
            case 0x09: bytes += Array("\\t".utf8)
            case 0xE2 where rest.starts(with: [0x80, 0xA8]) || rest.starts(with: [0x80, 0xA9]):
                bytes += Array(unicodeEscape(rest.dropFirst().first == 0xA8 ? 0x2028 : 0x2029).utf8)
                rest = rest.dropFirst(2)
            default:
                if byte < 0x20 || (htmlSafe && (byte == 0x3C || byte == 0x3E || byte == 0x26)) {
                    bytes += Array(unicodeEscape(UInt32(byte)).utf8)
                } else {
                    bytes.append(byte)
                }
            }
        }
        bytes.append(0x22)
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
