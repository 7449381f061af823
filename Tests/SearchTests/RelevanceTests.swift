@testable import Checks
import Content
import Foundation
@testable import Model
@testable import Search
@testable import Support
import Testing

/// Issue #21 on Tests/Fixtures/relevance: what an entry is (its collection, enum labels, flags)
/// is indexed with it, and display rows carry passages from further down.
@Suite struct RelevanceTests {
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/relevance")

    static func model() throws -> SiteModel {
        let parsed = SiteChecks.validate(try SiteSource.read(siteFolder: site))
        let site = try #require(parsed.site, "\(parsed.diagnostics.map(\.description))")
        return SiteModel(site: site, now: LocalDateTime(date: LocalDate(year: 2026, month: 5, day: 1)!, hour: 0, minute: 0))
    }

    /// Titles of the documents whose postings hold the term of `word`.
    static func titles(_ word: String, corpus: SearchCorpus, index: InvertedIndex) -> Set<String> {
        let term = Analyzer().token(word).term
        guard let found = index.terms.first(where: { $0.text == term }) else { return [] }
        return Set(found.docs.map { corpus.documents[Int($0)].title })
    }

    @Test func collectionWordsEnumLabelsAndFlagsAreIndexedForTheirEntries() throws {
        let corpus = SearchCorpus(model: try Self.model())
        let index = InvertedIndex(documents: corpus.documents, memo: AnalysisMemo(context: ""))
        let calls: Set = ["Kvietimas teikti paraiškas nr. 1", "Kvietimas teikti paraiškas nr. 2", "Kvietimas teikti paraiškas nr. 3"]
        #expect(Self.titles("galimybės", corpus: corpus, index: index) == calls)
        #expect(Self.titles("finansavimo", corpus: corpus, index: index) == calls.union(["Metų apžvalga nr. 1", "Metų apžvalga nr. 2"]))
        #expect(Self.titles("straipsnis", corpus: corpus, index: index) == ["Metų apžvalga nr. 1", "Metų apžvalga nr. 2"])
        #expect(Self.titles("nuotolinis", corpus: corpus, index: index) == ["Katalogo paslaptys"])
        #expect(Self.titles("kontaktinis", corpus: corpus, index: index) == ["Įvadiniai kursai"])
        // Only the entry whose flag is true: the other has for_new_staff: false.
        #expect(Self.titles("naujiems", corpus: corpus, index: index) == ["Įvadiniai kursai"])
        let training = try #require(corpus.documents.first { $0.title == "Įvadiniai kursai" })
        let weights = training.texts.filter { $0.text.contains("naujiems darbuotojams") }.map(\.weight)
        #expect(weights == [SearchCorpus.Weight.label])
        #expect(SearchCorpus.Weight.text < SearchCorpus.Weight.label && SearchCorpus.Weight.label < SearchCorpus.Weight.title)
    }

    @Test func displayRowsCarryAPassageFromFarDownTheBody() throws {
        let corpus = SearchCorpus(model: try Self.model())
        let article = try #require(corpus.documents.first { $0.title == "Metų apžvalga nr. 1" })
        let parts = article.snippet.split(separator: Passages.separator).map(String.init)
        #expect(parts.count > 1)
        #expect(!parts[0].contains("finansavimas"))
        #expect(parts.dropFirst().contains("Ataskaitoje aptariamas ir projektų finansavimas, kurį skyrė savivaldybė."))
        #expect(parts.dropFirst().reduce(0) { $0 + $1.count } <= Passages.budget)
        let inverted = InvertedIndex(documents: corpus.documents, memo: AnalysisMemo(context: ""))
        var writer = IndexWriter()
        _ = writer.write(corpus, inverted, folder: "paieska/index")
        let number = try #require(corpus.documents.firstIndex { $0.title == "Metų apžvalga nr. 1" })
        let shard = try #require(writer.files.first { $0.path.contains("/d-") && $0.path.hasSuffix("/\(number).json") })
        let row = try #require(try JSONSerialization.jsonObject(with: Data(shard.bytes)) as? [[Any]]).first
        #expect(row?[3] as? [String] == parts)
    }

    @Test func sentencesAreCutAtEndsAndLongOnesAtSpaces() {
        #expect(Passages.sentences("Pirmas sakinys.  Antras?\nTrečias") == ["Pirmas sakinys.", "Antras?", "Trečias"])
        let long = Array(repeating: "žodis", count: 60).joined(separator: " ")
        let pieces = Passages.sentences(long, longest: 40)
        #expect(pieces.allSatisfy { $0.count <= 41 } && pieces.count > 5 && pieces[1].hasPrefix("… "))
        // A passage already in the lead, or adding no word beyond it and the title, is left out.
        #expect(Passages.choose(lead: "Vienas du trys.", title: "Keturi", sources: ["Vienas du trys. Keturi trys. Penki šeši."]) == ["Penki šeši."])
    }
}
