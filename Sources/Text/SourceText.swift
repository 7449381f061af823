import Diagnostics

/// Turns a file's bytes into text the parsers accept: valid UTF-8, no byte order mark, LF line ends.
package enum SourceText {
    /// Decodes `bytes`, or returns a diagnostic at the line and column of the first invalid byte.
    package static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = firstInvalidUTF8(body) {
            let hex = String(body[offset], radix: 16, uppercase: true)
            return .failure(
                .error(.notUTF8(byte: hex, offset: offset), at: location(of: offset, in: body, path: path), hint: .notUTF8Hint))
        }
        // A NUL byte is no text (a damaged or binary file); the Markdown parser would replace it
        // with three bytes and every position after it would be off.
        if let offset = body.firstIndex(of: 0) {
            return .failure(
                .error(.nulByte(offset: offset - body.startIndex), at: location(of: offset, in: body, path: path), hint: .nulByteHint))
        }
        var text = String(decoding: body, as: UTF8.self)
        if text.utf8.contains(0x0D) {
            text = text.replacing("\r\n", with: "\n")
        }
        return .success(text)
    }

    /// The line and column (in characters) of `offset` in `body`.
    private static func location(of offset: Int, in body: ArraySlice<UInt8>, path: String) -> SourceLocation {
        let before = body[body.startIndex..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
        let column = String(decoding: body[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The offset of the first byte that does not continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let count: Int
            let minimum: UInt32
            switch b {
            case 0xC2...0xDF: count = 1; minimum = 0x80
            case 0xE0...0xEF: count = 2; minimum = 0x800
            case 0xF0...0xF4: count = 3; minimum = 0x10000
            default: return i
            }
            guard i + count < bytes.endIndex else { return i }
            var scalar = UInt32(b) & (count == 1 ? 0x1F : count == 2 ? 0x0F : 0x07)
            for k in 1...count {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += count + 1
        }
        return nil
    }
}
