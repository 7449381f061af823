/// Hands out heading ids that are unique within a page, as Hugo and GitHub do:
/// `rezultatai`, `rezultatai-1`, `rezultatai-2`…
struct HeadingIDs {
    /// Used when a heading's text has no letters or digits to slug.
    static let fallback = "skyrius"

    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// Marks an id the page already has (footnotes' `fn-…`, `fnref-…`) as taken.
    mutating func reserve(_ id: String) {
        used.insert(id)
    }

    mutating func unique(_ slug: String) -> String {
        let base = slug.isEmpty ? Self.fallback : slug
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base, default: 1]
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }
}
