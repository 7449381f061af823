import Diagnostics

/// A content file split into its YAML front matter and Markdown body, with the file
/// line each part starts at, so diagnostics from either parser point into the file.
public struct FrontMatter: Sendable, Hashable {
    public var yaml: String
    /// File line of the first YAML line (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String
    public var bodyFirstLine: Int

    /// Splits `text` (already decoded, LF line ends) at the `---` lines.
    public static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(
                .error(
                    "missing front matter: the file must start with a line '---'", at: start,
                    hint: "start the file with '---', then the fields (title: …), then another '---' line"))
        }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." })
        else {
            return .failure(
                .error(
                    "front matter is not closed: no '---' line after the fields", at: start,
                    hint: "add a line '---' after the last field, before the text"))
        }
        let yaml = lines[lines.startIndex..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
