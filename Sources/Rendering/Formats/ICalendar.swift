/// RFC 5545 content lines: TEXT values escaped, lines folded at 75 octets without ever
/// splitting a UTF-8 character, every line ended by CRLF.
struct ICalendar {
    private(set) var bytes: [UInt8] = []

    /// Octets per line before folding, CRLF not counted (RFC 5545 §3.1).
    static let lineLimit = 75

    /// A property whose value is already in its final form (dates, URIs, durations).
    mutating func line(_ name: String, _ value: String) {
        line(name, value: Array(value.utf8))
    }

    /// A TEXT property, escaped.
    mutating func text(_ name: String, _ value: String) {
        line(name, value: Self.escape(value))
    }

    /// `CATEGORIES`-style lists: each value escaped, joined by unescaped commas.
    mutating func list(_ name: String, _ values: [String]) {
        line(name, value: Array(values.map(Self.escape).joined(separator: [UInt8(ascii: ",")])))
    }

    /// Lines written before (by another `ICalendar`), as they are.
    mutating func append(lines: [UInt8]) { bytes += lines }

    private mutating func line(_ name: String, value: [UInt8]) {
        bytes += Self.fold(Array(name.utf8) + [UInt8(ascii: ":")] + value)
        bytes += [0x0D, 0x0A]
    }

    /// TEXT escaping on UTF-8 bytes: backslash, semicolon, comma and line breaks (RFC 5545
    /// §3.3.11); other control characters are not allowed in TEXT and are dropped. Every byte
    /// involved is ASCII, so multi-byte characters pass through untouched.
    static func escape(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): out += [UInt8(ascii: "\\"), byte]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0A: if !previousCR { out += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            default: if byte >= 0x20 && byte != 0x7F { out.append(byte) }
            }
            previousCR = byte == 0x0D
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
