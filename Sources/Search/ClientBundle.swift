import Foundation

/// The browser client as served: one module made of `Client/lithuanian.js` (the stemmer, in a
/// scope of its own, so its names cannot meet the client's), then the client's modules in the
/// order they import each other (`indeksas.js`, `rezultatai.js`, `paieska.js`) without their
/// imports, so the page loads one file and nothing waits on a second request. Whole-line
/// comments are left out: they are for readers of the sources, and the client counts against
/// the 30 KB a page fetches before the first query (docs/search.md).
enum ClientBundle {
    /// The file the stemmer comes from: what the client imports `stem` from.
    static let stemmer = "lithuanian.js"

    /// `stemmer`'s text scoped, then each of `modules` (name and text, each after those it
    /// imports) without its import lines, each of which must name the stemmer or an earlier
    /// module: the sources are the program's own, so a mistake stops the program at once.
    static func join(stemmer: String, modules: [(name: String, text: String)]) -> String {
        precondition(stemmer.components(separatedBy: "export function stem(").count == 2, "lithuanian.js exports stem")
        let scoped = stemmer.replacingOccurrences(of: "export function stem(", with: "function stem(")
        var joined = served("const { stem } = (() => {\n" + scoped + "return { stem };\n})();\n")
        var earlier: Set = [Self.stemmer]
        for (name, text) in modules {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                guard line.hasPrefix("import ") else { return true }
                let source = line.split(separator: "'").dropFirst().first.map { String($0.dropFirst(2)) } ?? ""
                precondition(line.hasSuffix("';") && earlier.contains(source), "\(name) imports \(source) before it is joined")
                return false
            }
            joined += served(lines.joined(separator: "\n"))
            if !joined.hasSuffix("\n") { joined += "\n" }
            earlier.insert(name)
        }
        return joined
    }

    /// `text` as served: without its comment lines, and without the indentation of lines outside
    /// template literals (a tenth of the client's bytes; lines stay, so semicolons are
    /// inserted where they were).
    static func served(_ text: String) -> String { withoutIndentation(withoutCommentLines(text)) }

    /// `text` with each line's leading spaces left out, but for the lines that go on a template
    /// literal (after a line with an odd number of backticks, until one closes it).
    static func withoutIndentation(_ text: String) -> String {
        var inTemplate = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let kept = inTemplate ? line : line.drop { $0 == " " }
            if line.count(where: { $0 == "`" }) % 2 == 1 { inTemplate.toggle() }
            return kept
        }.joined(separator: "\n")
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
