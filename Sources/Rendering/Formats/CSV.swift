/// Spreadsheet files as Lithuanian Excel opens them: UTF-8 with a byte order mark (else
/// Excel guesses a legacy code page and breaks ą, č, ę…), `;` between cells, CRLF rows.
enum CSV {
    static let separator = UInt8(ascii: ";")

    /// The file's pieces: `rows` are lines made by `row`.
    static func document(header: [String], rows: [ArraySlice<UInt8>]) -> [ArraySlice<UInt8>] {
        [([0xEF, 0xBB, 0xBF] + row(header))[...]] + rows
    }

    /// One line, CRLF included.
    static func row(_ cells: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, text) in cells.enumerated() {
            if i > 0 { out.append(separator) }
            cell(text, into: &out)
        }
        out += [0x0D, 0x0A]
        return out
    }

    /// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
    /// return first: OWASP's list) gets an apostrophe before it, so a title like
    /// `=HYPERLINK(…)` opens as text. Numbers are not text: pass them as they are.
    static func inert(_ text: String) -> String {
        guard let first = text.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else { return text }
        return "'" + text
    }

    /// A cell, quoted when it holds the separator, quotes, line breaks or edge spaces (RFC 4180).
    static func cell(_ text: String) -> String {
        var out: [UInt8] = []
        cell(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Works on UTF-8 bytes: everything that needs quoting is ASCII but for the line breaks
    /// U+0085, U+2028 and U+2029 (`Character.isNewline` counts them too).
    private static func cell(_ text: String, into out: inout [UInt8]) {
        let utf8 = text.utf8
        var needsQuotes = utf8.first == 0x20 || utf8.last == 0x20
        var mayBreakLine = false  // a lead byte of U+0085 (C2) or U+2028/9 (E2)
        for byte in utf8 {
            if byte == separator || byte == 0x22 || (0x0A...0x0D).contains(byte) {
                needsQuotes = true
                break
            }
            if byte == 0xC2 || byte == 0xE2 { mayBreakLine = true }
        }
        if !needsQuotes, mayBreakLine { needsQuotes = text.contains(where: \.isNewline) }
        guard needsQuotes else { return out += utf8 }
        out.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }
}
