@testable import Checks
import Content
import Foundation
@testable import Model
@testable import Search
@testable import Support
import Testing

/// The index of the search fixture, written and read back.
@Suite struct IndexWriterTests {
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/search")

    static func model() throws -> SiteModel {
        let parsed = SiteChecks.validate(try SiteSource.read(siteFolder: site))
        let site = try #require(parsed.site, "\(parsed.diagnostics.map(\.description))")
        return SiteModel(site: site, now: LocalDateTime(date: LocalDate(year: 2026, month: 5, day: 1)!, hour: 0, minute: 0))
    }

    @Test func postingsGoByImpactThenDocument() {
        var seed: UInt64 = 7
        for count in [0, 1, 2, 17, 500] {
            let impacts = (0..<count).map { _ in
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return Int((seed >> 33) % UInt64(IndexWriter.levels)) + 1
            }
            let expected = impacts.indices.sorted { impacts[$0] != impacts[$1] ? impacts[$0] > impacts[$1] : $0 < $1 }
            #expect(IndexWriter.byImpact(impacts) == expected)
        }
    }

    @Test func displayShardsReadBackAsJSON() throws {
        var corpus = SearchCorpus(model: try Self.model())
        corpus.documents[0].title = "„Kabutės“ \"ir\" \\ kelias/į\nnaują\u{2028}eilutę\u{1}"
        corpus.documents[0].snippet = "</script> & <b>"
        let inverted = InvertedIndex(documents: corpus.documents, memo: AnalysisMemo(context: ""))
        var writer = IndexWriter()
        _ = writer.write(corpus, inverted, folder: "paieska/index")
        let shard = try #require(writer.files.first { $0.path.contains("/d-") && $0.path.hasSuffix("/0.json") })
        let rows = try JSONDecoder().decode([[String]].self, from: Data(shard.bytes))
        #expect(rows.count == 1, "one document a display file")
        let first = corpus.documents[0]
        #expect(rows[0] == [first.title, first.url, first.date?.description ?? "", first.snippet])
        #expect(!shard.bytes.contains(0x0A), "line breaks are escaped")
        let text = String(decoding: shard.bytes, as: UTF8.self)
        #expect(text.contains("\\u2028") && text.contains("\\u0001") && text.contains("„Kabutės“"))
    }

    /// Terms whose postings blocks have the same bytes share a file: each path is written once
    /// (two writers of one path would race on its temporary file).
    @Test func everyFileIsListedOnce() throws {
        let corpus = SearchCorpus(model: try Self.model())
        let inverted = InvertedIndex(documents: corpus.documents, memo: AnalysisMemo(context: ""))
        for (inline, first) in [(64, 128), (1, 1)] {
            var writer = IndexWriter()
            writer.settings.inlinePostings = inline
            writer.settings.firstBlock = first
            _ = writer.write(corpus, inverted, folder: "paieska/index")
            #expect(Set(writer.files.map(\.path)).count == writer.files.count)
        }
    }

    @Test func postingsRoundTrip() throws {
        let model = try Self.model()
        let corpus = SearchCorpus(model: model)
        let inverted = InvertedIndex(documents: corpus.documents, memo: AnalysisMemo(context: ""))
        var writer = IndexWriter()
        let root = writer.write(corpus, inverted, folder: "paieska/index")
        let reader = try IndexReader(files: writer.files, root: "/paieska/index/" + root)
        let terms = reader.terms()
        #expect(terms.count == inverted.terms.count)
        let byForms = Dictionary(uniqueKeysWithValues: inverted.terms.map { ($0.forms, $0) })
        for term in terms {
            let original = try #require(byForms[term.forms])
            #expect(term.df == original.docs.count)
            #expect(term.postings.map(\.doc).sorted() == original.docs.map(Int.init))
            let masks = Dictionary(uniqueKeysWithValues: zip(original.docs.map(Int.init), original.masks.map(Int.init)))
            for posting in term.postings where term.forms.count > 1 { #expect(masks[posting.doc] == posting.mask) }
            // Highest impact first: the first block holds the top of a one-word query.
            #expect(term.postings.map(\.q) == term.postings.map(\.q).sorted(by: >))
            #expect(term.counts.values.reduce(0, +) >= term.df)
        }
        // Every surface form and stem finds its term through the dictionary.
        let dictionary = reader.dictionary()
        #expect(dictionary.map(\.0) == dictionary.map(\.0).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for (key, value) in dictionary {
            let term = terms[value >> 1]
            #expect(value & 1 == 1 || term.forms.contains(key), "\(key)")
        }
    }

    @Test func documentsAreNumberedInCollectionAndYearRanges() throws {
        let corpus = SearchCorpus(model: try Self.model())
        let keys = corpus.documents.map { [$0.collection, -($0.year ?? 0)] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
        let starts = corpus.ranges.map(\.start)
        #expect(starts == starts.sorted() && starts.first == 0)
        #expect(Set(corpus.ranges.map { "\($0.collection)-\($0.year ?? -1)" }).count == corpus.ranges.count)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let model = try Self.model()
        let a = SearchIndex.build(model), b = SearchIndex.build(model)
        #expect(a.root == b.root)
        #expect(a.files.map(\.path) == b.files.map(\.path))
        #expect(a.files.map(\.bytes) == b.files.map(\.bytes))
        #expect(a.files.allSatisfy { $0.path.hasPrefix("paieska/") })
    }

    @Test func quantisedImpactGrowsWithFrequencyAndSaturates() {
        let one = IndexWriter.impact(tf: 1, length: 100, average: 100)
        let five = IndexWriter.impact(tf: 5, length: 100, average: 100)
        let many = IndexWriter.impact(tf: 500, length: 100, average: 100)
        #expect(1 <= one && one < five && five < many && many == IndexWriter.levels)
        #expect(IndexWriter.impact(tf: 1, length: 400, average: 100) < one)
    }
}

@Suite struct ClientTests {
    @Test func theClientShipsAsOneSmallModule() {
        let client = String(decoding: SearchIndex.client, as: UTF8.self)
        // With the root file (7.6 KB at 10,000 entries), within the 30 KB before the first query.
        #expect(SearchIndex.client.count <= 22_500)
        #expect(!client.contains("import ") || !client.contains(" from '"), "no dependencies")
        #expect(client.contains("export class Index"))
        // The stemmer is inside, in a scope of its own; comment lines stay in the sources.
        #expect(client.hasPrefix("const { stem } = (() => {") && client.contains("tumėtės"))
        #expect(!client.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("//") })
    }

    @Test func commentLinesAreLeftOutAndCodeKept() {
        let source = "// a\nconst a = 1; // b\n  /** c */\n/*\n * d\n */\n/* e */ f();\nconst g = `\n  x`;\n"
        #expect(ClientBundle.withoutCommentLines(source) == "const a = 1; // b\n/* e */ f();\nconst g = `\n  x`;\n")
    }

    /// Indentation goes, but inside a template literal, where it is part of the text.
    @Test func indentationIsLeftOutOutsideTemplates() {
        let source = "function f() {\n  const a = `x ${1}`;\n  return `\n    kept`;\n}\n  g();\n"
        #expect(ClientBundle.withoutIndentation(source) == "function f() {\nconst a = `x ${1}`;\nreturn `\n    kept`;\n}\ng();\n")
    }

    /// Node.js before 22 (Debian 12 has 18) reads a `.js` file as CommonJS unless the nearest
    /// package.json says `"type": "module"`: the client's tests (Tests/Client) import it as one.
    @Test func nodeReadsTheClientAsAnESModule() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Search/Client")
        let data = try Data(contentsOf: folder.appendingPathComponent("package.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["type"] as? String == "module")
    }
}
