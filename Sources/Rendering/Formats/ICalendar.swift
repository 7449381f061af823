/// RFC 5545 content lines: TEXT values escaped, lines folded at 75 octets without ever
/// splitting a UTF-8 character, every line ended by CRLF.
struct ICalendar {
    private(set) var bytes: [UInt8] = []

    /// Octets per line before folding, CRLF not counted (RFC 5545 §3.1).
    static let lineLimit = 75

    /// A property whose value is already in its final form (dates, URIs, durations).
    mutating func line(_ name: String, _ value: String) {
        bytes += Self.fold(Array("\(name):\(value)".utf8))
        bytes += [0x0D, 0x0A]
    }

    /// A TEXT property, escaped.
    mutating func text(_ name: String, _ value: String) {
        line(name, Self.escape(value))
    }

    /// `CATEGORIES`-style lists: each value escaped, joined by unescaped commas.
    mutating func list(_ name: String, _ values: [String]) {
        line(name, values.map(Self.escape).joined(separator: ","))
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value >= 0x20 && scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// Folds one unfolded line: CRLF and a space before the octet that would pass the limit,
    /// moved back to the start of a multi-byte character when it would land inside one.
    static func fold(_ line: [UInt8]) -> [UInt8] {
        guard line.count > lineLimit else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(line.count + line.count / 70 * 3)
        var start = 0
        var limit = lineLimit
        while line.count - start > limit {
            var end = start + limit
            while end > start, line[end] & 0xC0 == 0x80 { end -= 1 }  // inside a UTF-8 sequence
            out += line[start..<end]
            out += [0x0D, 0x0A, 0x20]
            start = end
            limit = lineLimit - 1  // the leading space counts
        }
        out += line[start...]
        return out
    }
}
