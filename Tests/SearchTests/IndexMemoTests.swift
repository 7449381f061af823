import Foundation
@testable import Search
@testable import Support
import Testing

/// The last build's merged index, patched where documents changed: the result is the index
/// merged afresh, or the patch is refused.
@Suite struct IndexMemoTests {
    let context = AnalysisMemo.context

    func written(_ memo: IndexMemo) -> [UInt8] { memoBytes(memo.encode) }

    /// Terms as the index files see them: by text, forms sorted, postings in document order.
    func canonical(_ index: InvertedIndex) -> [String: [String]] { canonical(index.terms) }

    func canonical(_ terms: [InvertedIndex.Term]) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: terms.map { term in
            (term.text, term.forms + zip(zip(term.docs, term.tf), term.masks).map { "\($0.0) \($0.1) \($1)" })
        })
    }

    /// The fixture's documents, an index merged from them and the memos it left, as read back.
    func merged() throws -> (documents: [SearchCorpus.Document], memo: AnalysisMemo, merged: IndexMemo) {
        let documents = SearchCorpus(model: try IndexWriterTests.model()).documents
        let index = InvertedIndex(documents: documents, memo: AnalysisMemo(context: context))
        #expect(!index.patched)
        return (
            documents, AnalysisMemo(decoding: memoBytes(index.memo.encode), context: context),
            IndexMemo(decoding: written(index.merged), context: IndexMemo.context(analyses: context))
        )
    }

    func changing(_ documents: [SearchCorpus.Document], _ index: Int, to texts: [(weight: Double, text: String)]) -> [SearchCorpus.Document] {
        var changed = documents
        changed[index].texts = texts
        changed[index].textKey = AnalysisMemo.key(texts)
        return changed
    }

    /// A patch tables the next analysis memo only when it is worth writing; then it holds
    /// what a full merge's would.
    @Test func aPatchTablesTheAnalysisMemoOnlyWhenItIsWorthWriting() throws {
        let (base, _, _) = try merged()
        // Four copies of the fixture with texts of their own: a corpus where one change is
        // less than 1 % of the memo.
        let documents = (0..<4).flatMap { copy in
            base.map { document in
                var document = document
                document.texts.append((weight: 1, text: "kopija\(copy)"))
                document.textKey = AnalysisMemo.key(document.texts)
                return document
            }
        }
        let first = InvertedIndex(documents: documents, memo: AnalysisMemo(context: context))
        let memo = AnalysisMemo(decoding: memoBytes(first.memo.encode), context: context)
        let merged = IndexMemo(decoding: written(first.merged), context: IndexMemo.context(analyses: context))
        let one = changing(documents, 7, to: [(weight: 1, text: "Visiškai naujas sakinys.")])
        let small = InvertedIndex(documents: one, memo: memo, merged: merged)
        #expect(small.patched && !small.memo.freshness.isWorthWriting)
        #expect(small.memo.count == 0, "not tabled: it is not written")
        var many = documents
        for index in stride(from: 3, to: 200, by: 25) {
            many = changing(many, index, to: [(weight: 1, text: "Naujas tekstas \(index).")])
        }
        let large = InvertedIndex(documents: many, memo: memo, merged: merged)
        let full = InvertedIndex(documents: many, memo: memo)
        #expect(large.patched && large.memo.freshness.isWorthWriting)
        #expect(Set(large.memo.analyses.keys) == Set(full.memo.analyses.keys))
        #expect(large.memo.analyses.keys.allSatisfy { large.memo.analyses[$0] == full.memo.analyses[$0] })
        #expect(large.memo.freshness.outdated == full.memo.freshness.outdated)
        #expect(large.memo.freshness.unused == full.memo.freshness.unused)
    }

    @Test func theMemoReadsBackAsWritten() throws {
        let (documents, _, merged) = try merged()
        #expect(merged.keys == documents.map(\.textKey))
        #expect(merged.terms.count > 50)
        let again = IndexMemo(decoding: written(merged), context: merged.context)
        #expect(again.keys == merged.keys && again.lengths == merged.lengths)
        #expect(again.terms.map(\.text) == merged.terms.map(\.text) && again.terms.map(\.docs) == merged.terms.map(\.docs))
        #expect(again.terms.map(\.forms) == merged.terms.map(\.forms) && again.terms.map(\.masks) == merged.terms.map(\.masks))
        #expect(again.terms.map(\.tf) == merged.terms.map(\.tf))
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

    /// What a checksum cannot catch, a memo no merge could have written, reads nothing: the
    /// index made from it would be wrong or could not be written.
    @Test func anImpossibleIndexReadsNothing() {
        let sound = InvertedIndex.Term(text: "zod", forms: ["zodis", "zodzio"], docs: [0, 1], tf: [1, 2], masks: [1, 2])
        func reads(_ terms: [InvertedIndex.Term], lengths: [Float] = [1, 1]) -> Bool {
            let memo = IndexMemo(context: "c", keys: ["a", "b"], lengths: lengths, terms: terms, isChanged: true)
            return !IndexMemo(decoding: written(memo), context: "c").keys.isEmpty
        }
        #expect(reads([sound]))
        var other = sound
        other.text = "kit"
        #expect(reads([sound, other]))
        #expect(!reads([sound, sound]), "a term twice")
        #expect(!reads([sound], lengths: [1, .nan]))
        for damage in [
            { (t: inout InvertedIndex.Term) in t.tf[1] = .nan }, { $0.tf[0] = .infinity }, { $0.tf[0] = 0 },
            { $0.masks[0] = 4 }, { $0.masks[1] = 0 }, { $0.forms.reverse() }, { $0.forms = ["zodis", "zodis"] },
            { $0.docs = [1, 1] },
        ] {
            var term = sound
            damage(&term)
            #expect(!reads([term]), "\(term)")
        }
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
        for i in many.indices.prefix(InvertedIndex.mostPatched) {
            many = changing(many, i, to: [(1, "pakeista \(i)")])
        }
        #expect(many.count > InvertedIndex.mostPatched, "the fixture has enough documents")
        let most = InvertedIndex(documents: many, memo: memo, merged: merged)
        #expect(most.patched, "as many as may be are patched")
        #expect(canonical(most) == canonical(InvertedIndex(documents: many, memo: AnalysisMemo(context: context))))
        many = changing(many, InvertedIndex.mostPatched, to: [(1, "dar viena")])
        #expect(!InvertedIndex(documents: many, memo: memo, merged: merged).patched)
    }

    /// A removed document's form before the forms others keep: their mask bits move down, and
    /// back up when it returns.
    @Test func formsKeepTheirBitsInByteOrder() {
        let documents: [InvertedIndex.DocumentTerms] = [
            .init(words: [("c", "t", 1), ("a", "t", 2)], length: 3), .init(words: [("b", "t", 1)], length: 1),
            .init(words: [("c", "t", 1)], length: 1),
        ]
        var merging = InvertedIndex.Merging()
        for (number, document) in documents.enumerated() { merging.add(Int32(number), document) }
        let fresh = merging.sorted()
        #expect(fresh[0].forms == ["a", "b", "c"] && fresh[0].masks == [0b101, 0b010, 0b100])
        var patched = InvertedIndex.Merging(terms: fresh)
        let removed = patched.remove(1)
        #expect(removed)
        #expect(patched.terms[0].forms == ["a", "c"] && patched.terms[0].masks == [0b11, 0b10])
        let inserted = patched.insert(1, documents[1])
        #expect(inserted)
        #expect(patched.terms[0].forms == fresh[0].forms && patched.terms[0].masks == fresh[0].masks)
        #expect(patched.terms[0].docs == fresh[0].docs && patched.terms[0].tf == fresh[0].tf)
    }

    /// Random documents over a few terms, some of more than 31 forms, edited at random (new
    /// words, swapped or copied documents, emptied ones): a patch it does not refuse gives the
    /// terms merging afresh gives.
    @Test func randomEditsPatchToTheFreshMerge() {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407  // a fixed sequence: failures repeat
            return Int((seed >> 33) % UInt64(bound))
        }
        let vocabulary: [(term: String, forms: Int)] = [("a", 3), ("b", 12), ("c", 60), ("c", 60), ("d", 1), ("e", 33)]
        func document() -> InvertedIndex.DocumentTerms {
            var words: [(form: String, term: String, weight: Double)] = []
            for _ in 0..<next(next(2) == 0 ? 4 : 20) {
                let (term, forms) = vocabulary[next(vocabulary.count)]
                let form = "\(term)\(next(forms))"
                if !words.contains(where: { $0.form == form }) { words.append((form, term, Double(next(4) + 1) * 0.5)) }
            }
            return .init(words: words, length: Float(words.count))
        }
        func merged(_ documents: [InvertedIndex.DocumentTerms]) -> [String: [String]] {
            var merging = InvertedIndex.Merging()
            for (number, document) in documents.enumerated() { merging.add(Int32(number), document) }
            return canonical(merging.sorted())
        }
        var (patchedCount, refused) = (0, 0)
        for _ in 0..<300 {
            let before = (0..<(next(40) + 2)).map { _ in document() }
            var after = before
            for _ in 0..<(next(3) + 1) {
                let i = next(after.count)
                switch next(4) {
                case 0: after[i] = document()
                case 1: after.swapAt(i, next(after.count))
                case 2: after[i] = after[next(after.count)]
                default: after[i] = .init(words: [], length: 0)
                }
            }
            var merging = InvertedIndex.Merging()
            for (number, document) in before.enumerated() { merging.add(Int32(number), document) }
            var patch = InvertedIndex.Merging(terms: merging.sorted())
            var accepted = true
            for i in after.indices where after[i].words.map(\.form) != before[i].words.map(\.form)
                || after[i].words.map(\.weight) != before[i].words.map(\.weight)
            {
                accepted = accepted && patch.remove(Int32(i)) && patch.insert(Int32(i), after[i])
            }
            if accepted {
                patchedCount += 1
                #expect(canonical(patch.terms.filter { !$0.docs.isEmpty }) == merged(after))
            } else {
                refused += 1
            }
        }
        #expect(patchedCount > 30 && refused > 30, "both ways are tried: \(patchedCount) patched, \(refused) refused")
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
