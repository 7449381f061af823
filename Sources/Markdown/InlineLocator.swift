/// Finds where inline constructs (links, images, footnote references) start in the source.
///
/// cmark-gfm 0.29 gets these positions wrong in known ways: on a paragraph's continuation
/// lines it assumes the first line's indentation, bare autolinks (`www.…`) are one byte early
/// or have no position, and a link title spanning lines desynchronises the line count. So the
/// locator corrects the first case, checks every answer against the source bytes, and
/// otherwise searches forward from the previous inline of the same block (inlines come in
/// source order).
struct InlineLocator {
    private let source: BodyLines
    private var blockLine = 1
    private var blockColumn = 1
    private var blockEnd = 0
    /// No later inline of the current block starts before this offset.
    private var cursor = 0

    init(source: BodyLines) {
        self.source = source
    }

    /// Starts a block whose inlines come next; positions are cmark's (lines, byte columns).
    mutating func enterBlock(line: Int, column: Int, endLine: Int) {
        guard line > 0 else { return }
        blockLine = line
        blockColumn = max(column, 1)
        blockEnd = source.end(ofLine: max(line, endLine))
        cursor = source.offset(line: line, column: column)
    }

    /// The offset of a construct that starts with one of `openers` (`[`, `![`, `<`, `[^`).
    mutating func locate(openers: [[UInt8]], line: Int, column: Int) -> Int {
        let hint = hint(line: line, column: column)
        let found: Int
        if let hint, hint >= cursor, openers.contains(where: { source.matches($0, at: hint) }) {
            found = hint
        } else if let searched = openers.compactMap({ source.find($0, from: cursor, before: blockEnd) }).min() {
            found = searched
        } else {
            found = hint ?? cursor
        }
        cursor = found + 1
        return found
    }

    /// The offset of a bare autolink, which starts with its own `text`.
    mutating func locate(text: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> Int {
        let token = Array(text)
        let hint = hint(line: line, column: column)
        let from = hint.map { max(cursor, $0 - 1) } ?? cursor
        let found =
            source.find(token, from: from, before: blockEnd)
            ?? source.find(token, from: cursor, before: blockEnd)
            ?? hint ?? cursor
        cursor = found + token.count
        return found
    }

    /// cmark's position as an offset, corrected for continuation lines; `nil` when it has none.
    ///
    /// On line `n > 1` of a block cmark reports `blockColumn + k` for the `k`-th byte of the
    /// line's text after its container prefix and indentation.
    private func hint(line: Int, column: Int) -> Int? {
        guard line > 0, column > 0, line <= source.lineCount else { return nil }
        if line == blockLine { return source.offset(line: line, column: column) }
        let start = source.contentStart(ofLine: line)
        return min(start + max(column - blockColumn, 0), source.end(ofLine: line))
    }
}
