import Content
import Foundation
import Testing

@testable import Search

/// The last build's merged index, patched where documents changed: the result is the index
/// merged afresh, or the patch is refused.
@Suite struct IndexMemoTests {
    let context = AnalysisMemo.context(engine: "test")

    func written(_ memo: IndexMemo) -> [UInt8] {
        var bytes: [UInt8] = []
        memo.encode { bytes += $0; return true }
        return bytes
    }

    /// Terms as the index files see them: by text, forms sorted, postings in document order.
    func canonical(_ index: InvertedIndex) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: index.terms.map { term in
            (term.text, term.forms + zip(zip(term.docs, term.tf), term.masks).map { "\($0.0) \($0.1) \($1)" })
        })
    }

    /// The fixture's documents, an index merged from them and the memos it left, as read back.
    func merged() throws -> (documents: [SearchCorpus.Document], memo: AnalysisMemo, merged: IndexMemo) {
        let documents = SearchCorpus(model: try IndexWriterTests.model()).documents
        let index = InvertedIndex(documents: documents, memo: AnalysisMemo(context: context))
        #expect(!index.patched)
        var analyses: [UInt8] = []
        index.memo.encode { analyses += $0; return true }
        return (
            documents, AnalysisMemo(decoding: analyses, context: context),
            IndexMemo(decoding: written(index.merged), context: IndexMemo.context(analyses: context))
        )
    }

    func changing(_ documents: [SearchCorpus.Document], _ index: Int, to texts: [(weight: Double, text: String)]) -> [SearchCorpus.Document] {
        var changed = documents
        changed[index].texts = texts
        changed[index].textKey = AnalysisMemo.key(texts)
        return changed
    }

    @Test func theMemoReadsBackAsWritten() throws {
        let (documents, _, merged) = try merged()
        #expect(merged.keys == documents.map(\.textKey))
        #expect(merged.terms.count > 50)
        let again = IndexMemo(decoding: written(merged), context: merged.context)
        #expect(again.keys == merged.keys && again.lengths == merged.lengths)
        #expect(again.terms.map(\.text) == merged.terms.map(\.text) && again.terms.map(\.docs) == merged.terms.map(\.docs))
        #expect(again.terms.map(\.forms) == merged.terms.map(\.forms) && again.terms.map(\.masks) == merged.terms.map(\.masks))
    }

    @Test func manyTermsSpanRecords() {
        let terms = (0..<(2 * IndexMemo.termsPerRecord + 5)).map { i in
            InvertedIndex.Term(text: "t\(i)", forms: ["a\(i)", "b\(i)"], docs: [0, Int32(i % 3 + 1)], tf: [1, 2.5], masks: [1, 3])
        }
        let memo = IndexMemo(context: "c", keys: ["k0", "k1", "k2", "k3"], lengths: [1, 2, 3, 4], terms: terms, isChanged: true)
        let read = IndexMemo(decoding: written(memo), context: "c")
        #expect(read.terms.map(\.text) == terms.map(\.text) && read.terms.map(\.docs) == terms.map(\.docs))
        #expect(read.terms.map(\.tf) == terms.map(\.tf) && read.terms.map(\.masks) == terms.map(\.masks))
        #expect(read.keys == memo.keys && read.lengths == memo.lengths && !read.isChanged)
        // A posting of a document past the last is damage, whatever the checksum says.
        let beyond = IndexMemo(context: "c", keys: ["k0"], lengths: [1], terms: terms, isChanged: true)
        #expect(IndexMemo(decoding: written(beyond), context: "c").terms.isEmpty)
    }

    @Test func damageOrAnotherContextReadsNothing() throws {
        let (_, _, merged) = try merged()
        var bytes = written(merged)
        #expect(IndexMemo(decoding: bytes, context: "other").keys.isEmpty)
        bytes[bytes.count / 2] ^= 0x08
        #expect(IndexMemo(decoding: bytes, context: merged.context).terms.isEmpty)
        #expect(IndexMemo(decoding: Array(bytes.prefix(bytes.count - 9)), context: merged.context).keys.isEmpty)
    }

    @Test func unchangedDocumentsPatchNothing() throws {
        let (documents, memo, merged) = try merged()
        let index = InvertedIndex(documents: documents, memo: memo, merged: merged)
        #expect(index.patched && !index.merged.isChanged)
        #expect(canonical(index) == canonical(InvertedIndex(documents: documents, memo: AnalysisMemo(context: context))))
    }

    @Test func aChangedDocumentIsPatchedToTheFreshIndex() throws {
        let (documents, memo, merged) = try merged()
        // New words and terms, and words of other documents in new forms; every word the
        // document had is gone, so forms only it had must leave their terms.
        for (index, texts) in [
            (0, [(1.0, "visiškai naujas žodis bibliotekininkams"), (3, "Skaitymo skatinimas bibliotekose")]),
            (documents.count - 1, [(1.0, "projektų projektas projektams")]),
            (2, []),
        ] {
            let changed = changing(documents, index, to: texts)
            let patched = InvertedIndex(documents: changed, memo: memo, merged: merged)
            #expect(patched.patched && patched.merged.isChanged)
            let fresh = InvertedIndex(documents: changed, memo: AnalysisMemo(context: context))
            #expect(canonical(patched) == canonical(fresh))
            #expect(patched.lengths == fresh.lengths)
            #expect(patched.merged.keys == changed.map(\.textKey))
            // The patched memo patches again: back to the original texts.
            let back = InvertedIndex(documents: documents, memo: patched.memo, merged: patched.merged)
            #expect(back.patched)
            #expect(canonical(back) == canonical(InvertedIndex(documents: documents, memo: AnalysisMemo(context: context))))
        }
    }

    @Test func otherDocumentsMergeAfresh() throws {
        let (documents, memo, merged) = try merged()
        let fewer = Array(documents.dropLast())
        let index = InvertedIndex(documents: fewer, memo: memo, merged: merged)
        #expect(!index.patched)
        #expect(canonical(index) == canonical(InvertedIndex(documents: fewer, memo: AnalysisMemo(context: context))))
        var many = documents
        for i in many.indices.prefix(InvertedIndex.mostPatched + 1) {
            many = changing(many, i, to: [(1, "pakeista \(i)")])
        }
        #expect(many.count > InvertedIndex.mostPatched, "the fixture has enough documents")
        #expect(!InvertedIndex(documents: many, memo: memo, merged: merged).patched)
    }

    /// Mask bits of a term with more than 31 forms follow the order merging first saw them in,
    /// which a patch cannot know.
    @Test func aTermOfManyFormsRefusesThePatch() {
        let forms = (0..<32).map { "zodis\($0)" }
        var merging = InvertedIndex.Merging()
        merging.add(0, .init(words: forms.prefix(20).map { ($0, "zod", 1) }, length: 20))
        merging.add(1, .init(words: [("kita", "kit", 1)], length: 1))
        merging.add(2, .init(words: forms.suffix(12).map { ($0, "zod", 1) }, length: 12))
        var refused = merging
        let removedFromMany = refused.remove(0)
        #expect(!removedFromMany, "removing from a term of 32 forms")
        var fewer = InvertedIndex.Merging()
        fewer.add(0, .init(words: forms.prefix(31).map { ($0, "zod", 1) }, length: 31))
        fewer.add(1, .init(words: [("kita", "kit", 1)], length: 1))
        let removed = fewer.remove(1)
        #expect(removed)
        var grown = fewer
        let inserted = grown.insert(1, .init(words: [("zodis31", "zod", 1)], length: 1))
        #expect(!inserted, "a 32nd form")
        let removedAll = fewer.remove(0)
        #expect(removedAll)
        #expect(fewer.terms.first { $0.text == "zod" }?.forms == [], "forms only the removed document had are gone")
    }
}
