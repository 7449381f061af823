import Config
import Diagnostics

/// A CSV file as Lithuanian Excel saves it (`;`, or `,` elsewhere; the text is decoded first,
/// so a byte order mark and CRLF are gone), read into cells that know their line and column.
struct CSVTable {
    struct Cell {
        var text: String
        var line: Int
        /// In characters, 1-based: where an editor finds the cell's first character.
        var column: Int
    }

    struct Record {
        var cells: [Cell]
        var line: Int
        /// The column just after the record's last character, for "too few cells".
        var endColumn: Int
        var endLine: Int
    }

    var separator: Character = ";"
    var records: [Record] = []
    var diagnostics: [Diagnostic] = []

    /// Reads `text` (LF line ends); the separator is the one the header row has more of.
    init(_ text: String, path: String) {
        let header = text.prefix { $0 != "\n" }
        separator = header.count(where: { $0 == "," }) > header.count(where: { $0 == ";" }) ? "," : ";"
        var line = 1, column = 1
        var cells: [Cell] = []
        var recordLine = 1
        var current = ""
        var cellStart = (line: 1, column: 1)
        var quoted = false, inQuotes = false, afterQuote = false, reportedAfterQuote = false
        var quoteStart = (line: 1, column: 1)
        var chars = text.makeIterator()
        var pending: Character? = nil
        func location(_ l: Int, _ c: Int) -> SourceLocation { SourceLocation(file: path, line: l, column: c) }
        func endCell() {
            cells.append(Cell(text: current, line: cellStart.line, column: cellStart.column))
            current = ""
            quoted = false
            afterQuote = false
            reportedAfterQuote = false
        }
        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" {
                        current.append("\"")
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                    column += 1
                    pending = next
                    continue
                }
                current.append(c)
                if c == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            if c == separator {
                endCell()
                column += 1
                cellStart = (line, column)
                continue
            }
            if c == "\n" {
                let wasQuoted = quoted
                endCell()
                // A blank line is no row (Excel ends files with one).
                if !(cells.count == 1 && cells[0].text.allSatisfy(\.isWhitespace) && !wasQuoted) {
                    records.append(Record(cells: cells, line: recordLine, endColumn: column, endLine: line))
                }
                cells = []
                line += 1
                column = 1
                recordLine = line
                cellStart = (line, column)
                continue
            }
            if c == "\"", current.allSatisfy(\.isWhitespace), !quoted {
                quoted = true
                inQuotes = true
                current = ""
                quoteStart = (line, column)
                column += 1
                continue
            }
            if afterQuote, !c.isWhitespace, !reportedAfterQuote {
                reportedAfterQuote = true
                diagnostics.append(
                    DatasetMessages.error(
                        DatasetMessages.textAfterQuote, at: location(line, column),
                        hint: DatasetMessages.unclosedQuoteHint))
            }
            if !afterQuote { current.append(c) }
            column += 1
        }
        if inQuotes {
            diagnostics.append(
                DatasetMessages.error(
                    DatasetMessages.unclosedQuote, at: location(quoteStart.line, quoteStart.column),
                    hint: DatasetMessages.unclosedQuoteHint))
            return
        }
        if !current.isEmpty || !cells.isEmpty || quoted {
            endCell()
            records.append(Record(cells: cells, line: recordLine, endColumn: column, endLine: line))
        }
    }
}
