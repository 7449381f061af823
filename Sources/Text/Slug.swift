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
        func write(_ unit: Unit) {
            guard unit != separator else { return pendingDash = true }
            if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(UInt8(unit))
        }
        if text.unicodeScalars.allSatisfy({ $0.value < latinEnd }) {
            // Lithuanian and other Latin letters by table: decomposing the text cost more
            // than all else in making a slug.
            for scalar in text.unicodeScalars {
                if scalar.value < 0x80 { units(of: scalar, write) } else { latin[Int(scalar.value) - 0x80].forEach(write) }
            }
        } else {
            for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars { units(of: scalar, write) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A byte of the slug, or `separator`.
    private typealias Unit = Int16
    private static let separator: Unit = -1

    /// What one scalar of a decomposed text adds to the slug.
    private static func units(of scalar: Unicode.Scalar, _ write: (Unit) -> Void) {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A: write(Unit(v))
        case 0x41...0x5A: write(Unit(v + 0x20))
        case 0x0300...0x036F: return  // combining marks left by decomposition
        default:
            if let spelled = spelledOut[scalar] {
                spelled.utf8.forEach { write(Unit($0)) }
            } else {
                write(separator)
            }
        }
    }

    /// Scalars below this (Latin-1 and Latin Extended-A) are looked up in `latin`.
    private static let latinEnd: UInt32 = 0x180

    /// What each scalar of U+0080…U+017F adds, worked out once from its decomposition by
    /// the same rules as any other text.
    private static let latin: [[Unit]] = (UInt32(0x80)..<latinEnd).map { value in
        var result: [Unit] = []
        for scalar in String(Character(Unicode.Scalar(value)!)).decomposedStringWithCanonicalMapping.unicodeScalars {
            units(of: scalar) { result.append($0) }
        }
        return result
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "þ": "th", "ı": "i",
    ]
}
