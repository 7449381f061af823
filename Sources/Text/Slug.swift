import Foundation

/// ASCII URL slugs: `Šiaulių ąžuolai` → `siauliu-azuolai`.
public enum Slug {
    /// Transliterates to ASCII by dropping diacritics, lowercases, and joins words with `-`.
    ///
    /// Letters without a decomposition (`ø`, `ł`, `ß`) are spelled out; other characters
    /// outside ASCII letters and digits separate words. The result may be empty.
    public static func make(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func emit(_ byte: UInt8) {
            if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(byte)
        }
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.decomposedStringWithCanonicalMapping
        for scalar in source.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x30...0x39, 0x61...0x7A: emit(UInt8(v))
            case 0x41...0x5A: emit(UInt8(v + 0x20))
            case 0x0300...0x036F: continue  // combining marks left by decomposition
            default:
                if let spelled = spelledOut[scalar] {
                    spelled.utf8.forEach(emit)
                } else {
                    pendingDash = true
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "þ": "th", "ı": "i",
    ]
}
