// The English catalogue's helpers: counted nouns, summaries, months.
extension Message {
    /// A rule between fields says its own verb ("must not be before"), a type takes "be".
    var isRule: Bool {
        switch self {
        case .expectNotBefore, .expectNotAfter, .expectNotAbove: true
        default: false
        }
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func englishSummary(errors: Int, warnings: Int, files: Int) -> String {
        var parts: [String] = []
        if errors > 0 || warnings == 0 { parts.append(errors == 0 ? "no errors" : count(errors, "error")) }
        if warnings > 0 { parts.append(count(warnings, "warning")) }
        let head = parts.joined(separator: ", ")
        return files > 0 ? "\(head) in \(count(files, "file"))" : head
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    static func noun(_ noun: Noun) -> String {
        switch noun {
        case .keys: "keys"
        case .fields: "fields"
        case .collections: "collections"
        case .names: "names"
        case .values: "values"
        case .files: "files"
        case .headings: "headings"
        case .types: "types"
        case .templates: "templates"
        case .kinds: "kinds"
        case .datasets: "datasets"
        case .columns: "columns"
        }
    }
}
