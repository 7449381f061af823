/// HTML escaping on UTF-8 bytes (the hot path of every page).
package enum HTMLEscaping {
    /// Appends `text` to `out` with `& < > " '` escaped, so it is safe in element content
    /// and in quoted attributes.
    @inlinable
    package static func append(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
    }

    /// `text` with `& < > " '` escaped (itself when it has none).
    package static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` holds a character that `append` escapes.
    @inlinable
    package static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
    }
}
