/// The text a search result can show: the lead (the first ~200 characters, as before) and a
/// few short passages from further on, so that a match deep in an entry is shown in context.
///
/// The query is not known when the index is built and a result must not cost the whole text,
/// so the passages are chosen to cover as many of the entry's words as fit in `budget`
/// characters: sentences (or labelled field values) that bring the most words not yet in the
/// title, the lead or an earlier choice, per character. The browser shows the passage holding
/// most of the query's words (`pickPassage` in `Client/paieska.js`), else the lead.
///
/// They travel in the document's snippet string, separated by `separator`, so the analysis
/// memo keeps one string per entry; the display shards write them as a JSON array.
enum Passages {
    static let separator: Character = "\u{1F}"
    /// Characters of passages beyond the lead, per document.
    static let budget = 280
    /// A sentence longer than this is cut into pieces at spaces.
    static let longest = 160

    /// `lead`, then the chosen passages in reading order, joined by `separator`.
    static func joined(lead: String, title: String, sources: [String]) -> String {
        let chosen = choose(lead: lead, title: title, sources: sources)
        return chosen.isEmpty ? lead : ([lead] + chosen).joined(separator: String(separator))
    }

    /// The passages after the lead, in reading order.
    static func choose(lead: String, title: String, sources: [String], budget: Int = budget) -> [String] {
        var covered = Set(Analyzer.Words(title).map(Analyzer.fold))
        covered.formUnion(Analyzer.Words(lead).map(Analyzer.fold))
        let leadText = lead.hasSuffix(" …") ? String(lead.dropLast(2)) : lead
        var candidates: [(place: Int, text: String, length: Int, words: [String])] = []
        for source in sources {
            for piece in sentences(source) where !leadText.contains(piece) {
                // Distinct words of 3+ letters, in order (a set per piece cost more than this).
                var words: [String] = []
                for word in Analyzer.Words(piece) where word.utf8.count >= 3 {
                    let folded = Analyzer.fold(word)
                    if folded.count >= 3, !covered.contains(folded), !words.contains(folded) { words.append(folded) }
                }
                if !words.isEmpty { candidates.append((candidates.count, piece, piece.count, words)) }
            }
        }
        var left = budget
        var picked: [Int] = []
        var open = candidates.indices.filter { candidates[$0].length <= left }
        while !open.isEmpty {
            var best: (slot: Int, score: Double)?
            for (slot, i) in open.enumerated() {
                let gain = candidates[i].words.reduce(0) { covered.contains($1) ? $0 : $0 + 1 }
                let score = Double(gain) / Double(candidates[i].length + 20)
                if gain > 0, best.map({ score > $0.score }) ?? true { best = (slot, score) }
            }
            guard let best else { break }
            let chosen = open.remove(at: best.slot)
            picked.append(chosen)
            covered.formUnion(candidates[chosen].words)
            left -= candidates[chosen].length + 1
            open.removeAll { candidates[$0].length > left }
        }
        return picked.sorted().map { candidates[$0].text }
    }

    /// The sentences of `text` with whitespace runs as one space; a sentence longer than
    /// `longest` characters is cut at spaces into pieces, each after the first begun by "…".
    static func sentences(_ text: String, longest: Int = longest) -> [String] {
        var out: [String] = []
        var words: [Substring] = []
        // Split on whitespace runs; a word ending in . ! ? … ends a sentence ("2026 m." ends
        // one too, which only shortens a passage).
        for word in text.split(whereSeparator: \.isWhitespace) {
            words.append(word)
            if let last = word.last, ".!?…".contains(last) {
                out += pieces(words.joined(separator: " "), longest: longest)
                words.removeAll(keepingCapacity: true)
            }
        }
        out += pieces(words.joined(separator: " "), longest: longest)
        return out
    }

    private static func pieces(_ sentence: String, longest: Int) -> [String] {
        guard !sentence.isEmpty else { return [] }
        guard sentence.count > longest else { return [sentence] }
        var out: [String] = []
        var current = ""
        for word in sentence.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > longest {
                out.append(current)
                current = "…"
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty, current != "…" { out.append(current) }
        // A single word longer than `longest` stays whole: a passage never cuts a word.
        return out
    }
}
