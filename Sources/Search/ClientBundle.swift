import Foundation

/// The browser client as served: one module made of `Client/lithuanian.js` (the stemmer, in a
/// scope of its own, so its names cannot meet the client's) and `Client/paieska.js` without its
/// import of it, so the page loads one file and nothing waits on a second request. Whole-line
/// comments are left out: they are for readers of the sources, and the client counts against
/// the 30 KB a page fetches before the first query (docs/search.md).
enum ClientBundle {
    static let importLine = "import { stem } from './lithuanian.js';"

    static func join(stemmer: String, client: String) -> String {
        precondition(client.contains(importLine + "\n"), "paieska.js imports the stemmer on a line of its own")
        precondition(stemmer.components(separatedBy: "export function stem(").count == 2, "lithuanian.js exports stem")
        let scoped = stemmer.replacingOccurrences(of: "export function stem(", with: "function stem(")
        return withoutCommentLines("const { stem } = (() => {\n" + scoped + "return { stem };\n})();\n")
            + withoutCommentLines(client.replacingOccurrences(of: importLine + "\n", with: ""))
    }

    /// `text` without the lines that are only a comment (`// …`, `/** … */` on one or more
    /// lines). The client's sources keep every comment on lines of their own or after code,
    /// and no string or template literal has a line that starts with `//` or `/*`.
    static func withoutCommentLines(_ text: String) -> String {
        var kept: [Substring] = [], inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if inBlock {
                inBlock = !trimmed.contains("*/")
            } else if trimmed.hasPrefix("//") {
                continue
            } else if trimmed.hasPrefix("/*") {
                // A comment that closes on its line and is followed by code keeps the line.
                if let end = trimmed.range(of: "*/") {
                    if !trimmed[end.upperBound...].allSatisfy(\.isWhitespace) { kept.append(line) }
                } else {
                    inBlock = true
                }
            } else {
                kept.append(line)
            }
        }
        return kept.joined(separator: "\n")
    }
}
