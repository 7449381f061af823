/// Turns offsets into parsed text into the line and column an editor shows.
///
/// libyaml's marks count columns in Unicode scalars and also end lines at U+0085, U+2028
/// and U+2029, which editors and `DiagnosticPrinter` do not. So positions are recomputed
/// from a mark's scalar offset: lines end at "\n" only and columns count `Character`s
/// (a letter with a combining accent is one column). Lookups mostly move forward through
/// the text, so a cursor keeps a whole document's lookups linear.
struct LineIndex {
    private let text: String
    private let firstLine: Int

    /// The cursor: a scalar offset and its index, the line it is on and where that line starts.
    private var offset = 0
    private var position: String.Index
    private var line = 0
    private var lineStartOffset = 0
    private var lineStart: String.Index
    /// The column of `position`, so that the next lookup on this line counts on from there.
    private var column = 1

    /// - Parameter firstLine: the line number of the text's first line.
    init(_ text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
        position = text.startIndex
        lineStart = text.startIndex
    }

    /// The 1-based line and column of the Unicode scalar at `scalarOffset` (libyaml's `mark.index`).
    mutating func location(scalarOffset target: Int) -> (line: Int, column: Int) {
        if target < lineStartOffset { self = LineIndex(text, firstLine: firstLine) }
        if target < offset { (offset, position, column) = (lineStartOffset, lineStart, 1) }
        let scalars = text.unicodeScalars
        var counted = position
        // Scalars below U+0300 (no combining marks, joiners or selectors) are one column
        // each, but CR before LF, which ends the line and the count with it: characters
        // are counted only when a scalar could join its neighbour.
        var scalarsSinceCounted = 0
        var mayJoin = false
        while offset < target, position < scalars.endIndex {
            let scalar = scalars[position]
            scalars.formIndex(after: &position)
            offset += 1
            scalarsSinceCounted += 1
            if scalar.value >= 0x300 { mayJoin = true }
            if scalar == "\n" {
                line += 1
                (lineStartOffset, lineStart, counted, column) = (offset, position, position, 1)
                (scalarsSinceCounted, mayJoin) = (0, false)
            }
        }
        column += mayJoin ? text[counted..<position].count : scalarsSinceCounted
        return (firstLine + line, column)
    }

    /// The 1-based line and column of the byte at `byteOffset` (libyaml's reader errors count bytes).
    mutating func location(byteOffset: Int) -> (line: Int, column: Int) {
        // A scalar starts at every byte that is not a UTF-8 continuation byte (10xxxxxx).
        let scalarOffset = text.utf8.prefix(byteOffset).reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return location(scalarOffset: scalarOffset)
    }

    /// The line holding the scalar at `scalarOffset`, split there, so that hints can look at
    /// what libyaml stopped on.
    func line(splitAt scalarOffset: Int) -> (before: Substring, after: Substring) {
        let scalars = text.unicodeScalars
        let split =
            scalars.index(scalars.startIndex, offsetBy: scalarOffset, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let start = scalars[..<split].lastIndex(of: "\n").map(scalars.index(after:)) ?? scalars.startIndex
        let end = scalars[split...].firstIndex(of: "\n") ?? scalars.endIndex
        return (text[start..<split], text[split..<end])
    }
}
