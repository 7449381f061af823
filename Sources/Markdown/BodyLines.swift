internal import Diagnostics

/// The UTF-8 bytes of a Markdown body and where its lines start.
///
/// cmark reports 1-based byte columns; locations want character columns, so offsets are
/// converted back by counting UTF-8 lead bytes on the line.
struct BodyLines {
    let bytes: [UInt8]
    /// Byte offset of each line's first byte; line breaks are `\n`, `\r\n` or `\r`, as in cmark.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                switch buffer[index] {
                case UInt8(ascii: "\n"):
                    starts.append(index + 1)
                case UInt8(ascii: "\r"):
                    if index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                default:
                    break
                }
                index += 1
            }
        }
        lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// Offset of the first byte of the 1-based `line`.
    func start(ofLine line: Int) -> Int {
        lineStarts[min(max(line, 1), lineCount) - 1]
    }

    /// Offset just past the last byte of `line`, before its line break.
    func end(ofLine line: Int) -> Int {
        let line = min(max(line, 1), lineCount)
        guard line < lineCount else { return bytes.count }
        var end = lineStarts[line] - 1
        if bytes[end] == UInt8(ascii: "\n"), end > lineStarts[line - 1], bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return end
    }

    /// The offset of a cmark position (1-based line and byte column), kept within the line.
    func offset(line: Int, column: Int) -> Int {
        min(start(ofLine: line) + max(column, 1) - 1, end(ofLine: line))
    }

    /// Where the text of a paragraph continuation line starts: after the indentation and any
    /// block quote markers (a paragraph continuation can never start with `>`).
    func contentStart(ofLine line: Int) -> Int {
        var offset = start(ofLine: line)
        let end = end(ofLine: line)
        while offset < end {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"): offset += 1
            default: return offset
            }
        }
        return offset
    }

    func matches(_ token: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + token.count <= bytes.count else { return false }
        return bytes[offset..<offset + token.count].elementsEqual(token)
    }

    /// The first offset in `from..<limit` where `token` starts.
    func find(_ token: [UInt8], from: Int, before limit: Int) -> Int? {
        guard let first = token.first else { return nil }
        let last = min(limit, bytes.count) - token.count
        var offset = max(from, 0)
        while offset <= last {
            if bytes[offset] == first, matches(token, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// The 1-based line containing `offset`.
    func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The location of `offset`, with the column counted in characters, as `DiagnosticPrinter` does.
    func location(of offset: Int, file: String, firstLine: Int) -> SourceLocation {
        // cmark's offsets stay within the text it was given; clamped all the same, since a
        // position is never worth a crash.
        let offset = min(max(offset, 0), bytes.count)
        let line = line(containing: offset)
        let prefix = bytes[start(ofLine: line)..<offset]
        var characters = 0
        for byte in prefix where byte & 0xC0 != 0x80 {
            // Below U+0300 every scalar is a character of its own (Lithuanian letters included);
            // from there on combining marks and joiners may merge scalars, so let String count.
            guard byte < 0xCC else {
                characters = String(decoding: prefix, as: UTF8.self).count
                break
            }
            characters += 1
        }
        return SourceLocation(file: file, line: line + firstLine - 1, column: characters + 1)
    }
}
