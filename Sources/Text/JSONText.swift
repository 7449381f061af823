/// JSON string literals, for the data files and the search index's display shards.
package enum JSONText {
    /// A JSON string literal, on UTF-8 bytes: every character that needs escaping is ASCII,
    /// but for U+2028 and U+2029 (E2 80 A8/A9), which JavaScript reads as line breaks.
    package static func quote(_ text: String, htmlSafe: Bool = false, into out: inout String) {
        let utf8 = text.utf8
        func special(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || (htmlSafe && (byte == 0x3C || byte == 0x3E || byte == 0x26))
        }
        guard needsEscaping(utf8, special) else {
            // Appended piece by piece: a joined literal would be a string made and dropped per value.
            out.append("\"")
            out.append(text)
            out.append("\"")
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

    /// Whether any byte is `special`, or the text holds U+2028 or U+2029: other characters
    /// of E2 (Lithuanian quotes „“, dashes) go through unchanged and as they are.
    private static func needsEscaping(_ utf8: String.UTF8View, _ special: (UInt8) -> Bool) -> Bool {
        var afterE2 = 0  // 1 after E2, 2 after E2 80
        for byte in utf8 {
            if special(byte) || (afterE2 == 2 && (byte == 0xA8 || byte == 0xA9)) { return true }
            afterE2 = byte == 0xE2 ? 1 : (afterE2 == 1 && byte == 0x80 ? 2 : 0)
        }
        return false
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
