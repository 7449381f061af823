import Foundation

/// ASCII URL slugs: `Šiaulių ąžuolai` → `siauliu-azuolai`.
package enum Slug {
    /// Transliterates to ASCII by dropping diacritics, lowercases, and joins words with `-`.
    ///
    /// Letters without a decomposition (`ø`, `ł`, `ß`) are spelled out; other characters
    /// outside ASCII letters and digits separate words. The result may be empty.
    package static func make(_ text: String) -> String {
        var slug = Builder(capacity: text.utf8.count)
        if text.unicodeScalars.allSatisfy({ $0.value < latinEnd }) {
            // Lithuanian and other Latin letters by table: decomposing the text cost more
            // than all else in making a slug.
            for scalar in text.unicodeScalars {
                if scalar.value < 0x80 {
                    units(of: scalar, into: &slug)
                } else {
                    for unit in latin[Int(scalar.value) - 0x80] { slug.write(unit) }
                }
            }
        } else {
            for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars { units(of: scalar, into: &slug) }
        }
        return String(decoding: slug.bytes, as: UTF8.self)
    }

    /// A byte of the slug, or `separator`.
    private typealias Unit = Int16
    private static let separator: Unit = -1

    /// The slug's bytes, with one dash for each run of separators between words.
    private struct Builder {
        var bytes: [UInt8] = []
        var pendingDash = false

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        mutating func write(_ unit: Unit) {
            guard unit != separator else { return pendingDash = true }
            if pendingDash, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingDash = false
            bytes.append(UInt8(unit))
        }
    }

    /// What one scalar of a decomposed text adds to the slug.
    private static func units(of scalar: Unicode.Scalar, into slug: inout Builder) {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A: slug.write(Unit(v))
        case 0x41...0x5A: slug.write(Unit(v + 0x20))
        case 0x0300...0x036F: return  // combining marks left by decomposition
        default:
            if let spelled = spelledOut[scalar] {
                for byte in spelled.utf8 { slug.write(Unit(byte)) }
            } else {
                slug.write(separator)
            }
        }
    }

    /// Scalars below this (Latin-1 and Latin Extended-A) are looked up in `latin`.
    private static let latinEnd: UInt32 = 0x180

    /// What each scalar of U+0080…U+017F adds, worked out once from its decomposition by
    /// the same rules as any other text.
    private static let latin: [[Unit]] = (UInt32(0x80)..<latinEnd).map { value in
        // Recorded as units: a separator must stay one, not become a dash here.
        var units: [Unit] = []
        for scalar in String(Character(Unicode.Scalar(value)!)).decomposedStringWithCanonicalMapping.unicodeScalars {
            var one = Builder(capacity: 4)
            Self.units(of: scalar, into: &one)
            units += one.pendingDash ? [separator] : one.bytes.map(Unit.init)
        }
        return units
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "þ": "th", "ı": "i",
    ]
}
