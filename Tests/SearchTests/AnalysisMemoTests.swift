import Foundation
@testable import Model
@testable import Search
import Testing

/// Word analyses reused across builds: the index made from them is the index made afresh.
@Suite struct AnalysisMemoTests {
    func written(_ memo: AnalysisMemo) -> [UInt8] { memoBytes(memo.encode) }

    func files(_ index: SearchIndex) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.bytes) })
    }

    @Test func aReusedAnalysisMakesTheSameIndex() throws {
        let model = try IndexWriterTests.model()
        let context = AnalysisMemo.context
        let fresh = SearchIndex.build(model, memo: AnalysisMemo(context: context))
        #expect(fresh.analyses.count > 0 && !fresh.analyses.freshness.isSameAsLast)
        let memo = AnalysisMemo(decoding: written(fresh.analyses), context: context)
        #expect(memo.count == fresh.analyses.count)
        let reused = SearchIndex.build(model, memo: memo)
        #expect(reused.analyses.freshness.isSameAsLast, "every document's texts are unchanged")
        #expect(files(reused) == files(fresh))
        #expect(reused.root == fresh.root)
    }

    @Test func changedTextsAreAnalysedAgain() throws {
        let model = try IndexWriterTests.model()
        let context = AnalysisMemo.context
        let fresh = SearchIndex.build(model, memo: AnalysisMemo(context: context))
        // Keys are the texts' fingerprints: a document whose texts changed is analysed afresh.
        let documents = SearchCorpus(model: model).documents
        var changed = documents
        changed[0].texts.append((1, "visiškai naujas žodis"))
        changed[0].textKey = AnalysisMemo.key(changed[0].texts)
        let memo = AnalysisMemo(decoding: written(fresh.analyses), context: context)
        let index = InvertedIndex(documents: changed, memo: memo)
        #expect(!index.memo.freshness.isSameAsLast)
        #expect(index.terms.contains { $0.forms.contains("zodis") })
        let again = InvertedIndex(documents: changed, memo: AnalysisMemo(context: context))
        #expect(index.terms.map(\.text) == again.terms.map(\.text))
        #expect(index.terms.map(\.docs) == again.terms.map(\.docs))
        #expect(index.lengths == again.lengths)
    }

    /// Keys standing in for `EntryPageKeys.whole`: one per entry.
    static func entryKeys(_ model: SiteModel, changing changed: Int? = nil) -> [String?] {
        model.site.entries.indices.map { $0 == changed ? "changed-\($0)" : "entry-\($0)" }
    }

    /// A model, entry keys for it, an index built with them and the memo that build wrote.
    func builtWithEntryKeys() throws -> (model: SiteModel, keys: [String?], fresh: SearchIndex, memo: AnalysisMemo) {
        let model = try IndexWriterTests.model()
        let context = AnalysisMemo.context
        let keys = Self.entryKeys(model)
        let fresh = SearchIndex.build(model, memo: AnalysisMemo(context: context), entryKeys: keys)
        return (model, keys, fresh, AnalysisMemo(decoding: written(fresh.analyses), context: context))
    }

    @Test func anUnchangedEntryTakesItsDocumentFromTheMemo() throws {
        let (model, keys, fresh, memo) = try builtWithEntryKeys()
        let corpus = SearchCorpus(model: model, entryKeys: keys, memo: memo)
        #expect(corpus.documents.allSatisfy { $0.texts.isEmpty }, "no entry's texts are gathered again")
        let reused = SearchIndex.build(model, memo: memo, entryKeys: keys)
        #expect(reused.analyses.freshness.isSameAsLast)
        #expect(files(reused) == files(fresh))

        let changed = SearchCorpus(model: model, entryKeys: Self.entryKeys(model, changing: 3), memo: memo)
        #expect(changed.documents.filter { !$0.texts.isEmpty }.map(\.entry) == [3], "only the changed entry is gathered")
        #expect(changed.documents.map(\.textKey) == corpus.documents.map(\.textKey))
        #expect(changed.documents.map(\.snippet) == corpus.documents.map(\.snippet))
    }

    /// A known entry's files' terms come from the memo: no page of its PDFs is read again.
    @Test func aKnownEntryTakesItsFilesTermsFromTheMemo() throws {
        let (model, keys, _, read) = try builtWithEntryKeys()
        let key = try #require(keys[2])
        var known = try #require(read.known(key))
        #expect(known.attachments.isEmpty, "the fixture's entry 2 has no PDF")
        known.attachments = [AttachmentTerms(title: "Ataskaita", url: "/projektai/a/ataskaita.pdf", pages: ["biudzet": 3, "vaik": 1])]
        var memo = read
        memo.documents[key] = known.encoded[...]
        let round = try #require(memo.known(key))
        #expect(round.attachments.map(\.title) == ["Ataskaita"] && round.attachments.first?.pages == ["biudzet": 3, "vaik": 1])
        let corpus = SearchCorpus(model: model, entryKeys: keys, memo: memo)
        let document = try #require(corpus.documents.first { $0.entry == 2 })
        #expect(document.attachments.first?.pages == ["biudzet": 3, "vaik": 1], "taken from the memo, not made again")
        // A memo record cut short reads as none.
        memo.documents[key] = known.encoded.dropLast(2)
        #expect(memo.known(key) == nil)
    }

    @Test func anUnreadableAnalysisIsMadeFromTheEntryAgain() throws {
        let (model, keys, fresh, read) = try builtWithEntryKeys()
        var memo = read
        let first = try #require(SearchCorpus(model: model, entryKeys: keys, memo: memo).documents.first)
        memo.analyses[first.textKey] = [0xFF][...]
        let rebuilt = SearchIndex.build(model, memo: memo, entryKeys: keys)
        #expect(files(rebuilt) == files(fresh))
    }

    @Test func anotherContextOrDamageReadsNothing() throws {
        let model = try IndexWriterTests.model()
        let context = AnalysisMemo.context
        var bytes = written(SearchIndex.build(model, memo: AnalysisMemo(context: context)).analyses)
        #expect(AnalysisMemo(decoding: bytes, context: context).count > 0)
        #expect(AnalysisMemo(decoding: bytes, context: "another " + AnalysisMemo.context).count == 0)
        bytes[bytes.count / 2] ^= 0x40
        #expect(AnalysisMemo(decoding: bytes, context: context).count == 0)
        #expect(AnalysisMemo(decoding: Array(bytes.prefix(100)), context: context).count == 0)
    }

    @Test func theContextNamesTheStemmersWork() {
        // A stemmer that changed under the same program would give other terms: they are in the context.
        #expect(AnalysisMemo.context.contains("bibliotek"))
    }
}

/// The bytes a memo's `encode` writes.
func memoBytes(_ encode: (([UInt8]) -> Bool) -> Void) -> [UInt8] {
    var bytes: [UInt8] = []
    encode { bytes += $0; return true }
    return bytes
}
