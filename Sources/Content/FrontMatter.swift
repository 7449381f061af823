import Diagnostics
import Support

/// A content file split into its YAML front matter and Markdown body, with the file
/// line each part starts at, so diagnostics from either parser point into the file.
package struct FrontMatter: Sendable, Hashable {
    package var yaml: String
    /// File line of the first YAML line (the line after the opening `---`).
    package var yamlFirstLine: Int
    package var body: String
    package var bodyFirstLine: Int

    /// Splits `text` (already decoded, LF line ends) at the `---` lines.
    package static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        // Scans lines on UTF-8 bytes up to the closing fence only: the body is never split.
        var lines = Lines(text)
        guard let first = lines.next(), Self.isFence(text[first], dots: false) else {
            return .failure(
                .error(.missingFrontMatter, at: start, hint: .missingFrontMatterHint))
        }
        let yamlStart = lines.position
        var number = 1
        while let line = lines.next() {
            number += 1
            guard Self.isFence(text[line], dots: true) else { continue }
            let yaml = yamlStart < line.lowerBound ? text[yamlStart..<text.utf8.index(before: line.lowerBound)] : ""
            return .success(FrontMatter(yaml: String(yaml), yamlFirstLine: 2, body: String(text[lines.position...]), bodyFirstLine: number + 1))
        }
        return .failure(
            .error(.unclosedFrontMatter, at: start, hint: .unclosedFrontMatterHint))
    }

    /// `---` (or `...` closing it), trailing spaces and tabs allowed.
    private static func isFence(_ line: Substring, dots: Bool) -> Bool {
        var line = line
        while let last = line.utf8.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
        return line == "---" || (dots && line == "...")
    }

    /// The lines of a text as ranges without their `\n`; `position` is where the next starts.
    private struct Lines {
        let text: String
        var position: String.Index

        init(_ text: String) {
            self.text = text
            position = text.startIndex
        }

        mutating func next() -> Range<String.Index>? {
            guard position < text.endIndex else { return nil }
            let utf8 = text.utf8
            guard let newline = utf8[position...].firstIndex(of: 0x0A) else {
                defer { position = text.endIndex }
                return position..<text.endIndex
            }
            defer { position = utf8.index(after: newline) }
            return position..<newline
        }
    }
}

