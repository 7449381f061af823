import Foundation

/// Spreadsheet files as Lithuanian Excel opens them: UTF-8 with a byte order mark (else
/// Excel guesses a legacy code page and breaks ą, č, ę…), `;` between cells, CRLF rows.
enum CSV {
    static let separator: Character = ";"

    static func document(header: [String], rows: [[String]]) -> [UInt8] {
        var text = ""
        for row in [header] + rows {
            text += row.map(cell).joined(separator: String(separator)) + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// A cell, quoted when it holds the separator, quotes, line breaks or edge spaces (RFC 4180).
    static func cell(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
