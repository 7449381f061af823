import Content
import Foundation
import Synchronization
import Text

/// The inverted index in memory: terms with their surface forms and postings.
struct InvertedIndex {
    struct Term {
        var text: String
        /// Folded surface forms, in the order their mask bits are numbered.
        var forms: [String]
        /// Ascending document numbers.
        var docs: [Int32] = []
        /// Field-weighted term frequency per posting.
        var tf: [Float] = []
        /// Bit i: the document contains `forms[i]` (forms past 31 share no bit).
        var masks: [UInt32] = []
    }

    var terms: [Term]
    /// Weighted length per document.
    var lengths: [Float]

    /// This build's analyses, for the next build to reuse.
    var memo: AnalysisMemo
    /// This build's merged terms, for the next build to patch.
    var merged: IndexMemo
    /// Whether the last build's merged terms were patched rather than all documents merged.
    private(set) var patched = false

    /// Analyses every document on all cores (a stemmer per worker), or takes its analysis from
    /// `memo` when its texts are unchanged, then merges in document order.
    ///
    /// Documents go a batch at a time, each batch merged before the next is analysed: every
    /// document's word list in memory at once cost more than the index itself at 100k entries.
    ///
    /// When the last build's merged index (`merged`) has the same documents, and few of them
    /// have other texts now, only those are analysed and their postings replaced.
    ///
    /// `texts` gathers a document's texts again when the memo named its analysis by entry
    /// (so the corpus left them out) but the analysis cannot be read after all.
    init(
        documents: [SearchCorpus.Document], memo last: AnalysisMemo, merged: IndexMemo? = nil,
        texts: @escaping @Sendable (SearchCorpus.Document) -> [(weight: Double, text: String)] = { $0.texts }
    ) {
        if let merged, let patched = Self(patching: merged, documents: documents, memo: last, texts: texts) {
            self = patched
            return
        }
        let analyzers = AnalyzerPool(count: Parallelism.cores)
        var analyses: [String: ArraySlice<UInt8>] = [:]
        var reused: Set<String> = []
        var merging = Merging()
        var lengths: [Float] = []
        lengths.reserveCapacity(documents.count)
        for batch in stride(from: 0, to: documents.count, by: Self.batchSize) {
            let results = analyzers.map(batch..<Swift.min(batch + Self.batchSize, documents.count)) { analyzer, index in
                Self.analysis(of: documents[index], memo: last, analyzer: analyzer, texts: texts)
            }
            for (offset, result) in results.enumerated() {
                analyses[result.key] = result.encoded
                if result.reused { reused.insert(result.key) }
                merging.add(Int32(batch + offset), result.terms)
                lengths.append(result.terms.length)
            }
        }
        self.init(
            merged: merging.terms, lengths: lengths, documents: documents, last: last, analyses: analyses, reused: reused,
            isChanged: true)
    }

    /// The index of `saved` with the postings of documents whose texts changed replaced; `nil`
    /// when that could differ from merging afresh: other documents, too many changed, or a
    /// changed document in a term of more than 31 forms, whose mask bits follow the order
    /// merging first saw its forms in.
    private init?(
        patching saved: IndexMemo, documents: [SearchCorpus.Document], memo last: AnalysisMemo,
        texts: @escaping @Sendable (SearchCorpus.Document) -> [(weight: Double, text: String)]
    ) {
        guard saved.keys.count == documents.count, saved.context == IndexMemo.context(analyses: last.context) else { return nil }
        let changed = documents.indices.filter { documents[$0].textKey != saved.keys[$0] }
        guard changed.count <= Self.mostPatched else { return nil }
        var analyses: [String: ArraySlice<UInt8>] = [:]
        var reused: Set<String> = []
        for (index, document) in documents.enumerated() where document.textKey == saved.keys[index] {
            if let encoded = last.analyses[document.textKey] {
                analyses[document.textKey] = encoded
                reused.insert(document.textKey)
            }
        }
        var merging = Merging(terms: saved.terms)
        var lengths = saved.lengths
        let analyzer = Analyzer()
        for index in changed {
            let result = Self.analysis(of: documents[index], memo: last, analyzer: analyzer, texts: texts)
            analyses[result.key] = result.encoded
            if result.reused { reused.insert(result.key) }
            guard merging.remove(Int32(index)) else { return nil }
            guard merging.insert(Int32(index), result.terms) else { return nil }
            lengths[index] = result.terms.length
        }
        self.init(
            merged: merging.terms.filter { !$0.docs.isEmpty }, lengths: lengths, documents: documents, last: last,
            analyses: analyses, reused: reused, isChanged: !changed.isEmpty)
        patched = true
    }

    /// The index of merged `terms`, with the memos for the next build.
    private init(
        merged: [Term], lengths: [Float], documents: [SearchCorpus.Document], last: AnalysisMemo,
        analyses: [String: ArraySlice<UInt8>], reused: Set<String>, isChanged: Bool
    ) {
        var known: [String: ArraySlice<UInt8>] = [:]
        var knownReused = 0
        for document in documents {
            guard let entryKey = document.entryKey else { continue }
            if let last = last.documents[entryKey] {
                known[entryKey] = last
                knownReused += 1
            } else {
                known[entryKey] = AnalysisMemo.Known(textKey: document.textKey, snippet: document.snippet).encoded[...]
            }
        }
        memo = AnalysisMemo(context: last.context, analyses: analyses, documents: known)
        let count = analyses.count + known.count
        let fromLast = reused.count + knownReused
        memo.freshness = MemoFreshness(outdated: count - fromLast, unused: last.count - fromLast, count: count)
        self.merged = IndexMemo(
            context: IndexMemo.context(analyses: last.context), keys: documents.map(\.textKey), lengths: lengths,
            terms: merged, isChanged: isChanged)
        self.terms = merged.map(Self.sortingForms)
        self.lengths = lengths
    }

    /// More changed documents than this are merged afresh: each is looked for in every term.
    static let mostPatched = 32

    /// A document's analysis: from `memo` when its texts are unchanged, else made by `analyzer`.
    private static func analysis(
        of document: SearchCorpus.Document, memo: AnalysisMemo, analyzer: Analyzer,
        texts: (SearchCorpus.Document) -> [(weight: Double, text: String)]
    ) -> (key: String, terms: DocumentTerms, encoded: ArraySlice<UInt8>, reused: Bool) {
        let key = document.textKey
        if let encoded = memo.analyses[key], let terms = DocumentTerms(decoding: encoded) {
            return (key, terms, encoded, true)
        }
        var document = document
        if document.texts.isEmpty { document.texts = texts(document) }
        let terms = Self.analyse(document, analyzer)
        return (key, terms, terms.encoded[...], false)
    }

    /// Terms and their postings as documents are added in order, or replaced in place.
    struct Merging {
        private(set) var terms: [Term]
        private var ids: [String: Int]?

        init(terms: [Term] = []) {
            self.terms = terms
            ids = terms.isEmpty ? [:] : nil
        }

        /// Appends the postings of document `number`, which follows every document added so far.
        mutating func add(_ number: Int32, _ document: DocumentTerms) {
            for (form, text, weight) in document.words {
                let id = id(of: text)
                let bit = bit(of: form, in: id)
                if terms[id].docs.last != number {
                    terms[id].docs.append(number)
                    terms[id].tf.append(0)
                    terms[id].masks.append(0)
                }
                let last = terms[id].docs.count - 1
                terms[id].tf[last] += Float(weight)
                if bit < 31 { terms[id].masks[last] |= 1 << UInt32(bit) }
            }
        }

        /// Inserts the postings of document `number`, which has none yet; false when a term it
        /// reaches would hold more than 31 forms.
        mutating func insert(_ number: Int32, _ document: DocumentTerms) -> Bool {
            var places: [Int: Int] = [:]  // term id → its posting's place
            for (form, text, weight) in document.words {
                let id = id(of: text)
                let bit = bit(of: form, in: id)
                guard terms[id].forms.count <= 31 else { return false }
                let place: Int
                if let known = places[id] {
                    place = known
                } else {
                    place = terms[id].docs.firstIndex(after: number)
                    terms[id].docs.insert(number, at: place)
                    terms[id].tf.insert(0, at: place)
                    terms[id].masks.insert(0, at: place)
                    places[id] = place
                }
                terms[id].tf[place] += Float(weight)
                terms[id].masks[place] |= 1 << UInt32(bit)
            }
            return true
        }

        /// Removes every posting of document `number`, and the forms only it had; false when a
        /// term it was in has more than 31 forms.
        mutating func remove(_ number: Int32) -> Bool {
            for id in terms.indices {
                let place = terms[id].docs.firstIndex(after: number - 1)
                guard place < terms[id].docs.count, terms[id].docs[place] == number else { continue }
                guard terms[id].forms.count <= 31 else { return false }
                terms[id].docs.remove(at: place)
                terms[id].tf.remove(at: place)
                terms[id].masks.remove(at: place)
                dropUnusedForms(of: id)
            }
            return true
        }

        private mutating func dropUnusedForms(of id: Int) {
            let used = terms[id].masks.reduce(0, |)
            let all: UInt32 = terms[id].forms.count == 32 ? .max : (1 << UInt32(terms[id].forms.count)) - 1
            guard used != all else { return }
            var newBit: [UInt32?] = []
            var kept = 0
            for bit in terms[id].forms.indices {
                newBit.append(used & (1 << UInt32(bit)) != 0 ? UInt32(kept) : nil)
                if newBit[bit] != nil { kept += 1 }
            }
            terms[id].forms = terms[id].forms.indices.filter { newBit[$0] != nil }.map { terms[id].forms[$0] }
            terms[id].masks = terms[id].masks.map { mask in
                var out: UInt32 = 0
                for (old, new) in newBit.enumerated() where mask & (1 << UInt32(old)) != 0 { out |= 1 << new! }
                return out
            }
        }

        private mutating func id(of text: String) -> Int {
            if ids == nil { ids = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1.text, $0) }) }
            if let known = ids![text] { return known }
            terms.append(Term(text: text, forms: []))
            ids![text] = terms.count - 1
            return terms.count - 1
        }

        private mutating func bit(of form: String, in id: Int) -> Int {
            if let bit = terms[id].forms.firstIndex(of: form) { return bit }
            terms[id].forms.append(form)
            return terms[id].forms.count - 1
        }
    }

    /// Documents analysed before they are merged.
    static let batchSize = 4096

    /// The words of one document (form, term, summed weight, in first-seen order) and its
    /// weighted length.
    struct DocumentTerms: Sendable {
        var words: [(form: String, term: String, weight: Double)]
        var length: Float

        /// Length, word count, then each form, its term as the bytes it shares with the form
        /// plus the rest, and its weight (weights are floats in the index anyway).
        var encoded: [UInt8] {
            var w = ByteWriter(capacity: 16 * words.count + 8)
            w.float(length)
            w.varint(words.count)
            for (form, term, weight) in words {
                w.string(form)
                w.frontCoded(term, after: form)
                w.float(Float(weight))
            }
            return w.bytes
        }

        init(words: [(form: String, term: String, weight: Double)], length: Float) {
            self.words = words
            self.length = length
        }

        init?(decoding bytes: ArraySlice<UInt8>) {
            let decoded = bytes.withUnsafeBytes { raw -> DocumentTerms? in
                var r = ByteReader(raw)
                guard let length = try? r.float(), let count = try? r.varint(), count <= raw.count else { return nil }
                var words: [(form: String, term: String, weight: Double)] = []
                words.reserveCapacity(count)
                for _ in 0..<count {
                    guard let form = try? r.string(), let term = try? r.frontCoded(after: form), let weight = try? r.float()
                    else { return nil }
                    words.append((form, term, Double(weight)))
                }
                guard r.isAtEnd else { return nil }
                return DocumentTerms(words: words, length: length)
            }
            guard let decoded else { return nil }
            self = decoded
        }
    }

    private static func analyse(_ doc: SearchCorpus.Document, _ analyzer: Analyzer) -> DocumentTerms {
        var slots: [Int: Int] = [:]  // token id → its place in `order`
        var order: [Int] = []
        var weights: [Double] = []
        var length = 0.0
        for (weight, text) in doc.texts {
            Analyzer.words(text) { word in
                let id = analyzer.tokenID(word)
                if let slot = slots[id] {
                    weights[slot] += weight
                } else {
                    slots[id] = order.count
                    order.append(id)
                    weights.append(weight)
                }
                length += weight
            }
        }
        return DocumentTerms(
            words: zip(order, weights).map { id, weight in
                let token = analyzer.token(id: id)
                return (token.form, token.term, weight)
            },
            length: Float(length))
    }

    /// Forms in byte order, so the term's record front-codes them; mask bits follow.
    private static func sortingForms(_ term: Term) -> Term {
        let order = term.forms.indices.sorted { term.forms[$0].utf8.lexicographicallyPrecedes(term.forms[$1].utf8) }
        guard order != Array(term.forms.indices) else { return term }
        var newBit = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { newBit[old] = new }
        var result = term
        result.forms = order.map { term.forms[$0] }
        result.masks = term.masks.map { mask in
            var out: UInt32 = 0
            for old in 0..<Swift.min(31, order.count) where mask & (1 << UInt32(old)) != 0 {
                if newBit[old] < 31 { out |= 1 << UInt32(newBit[old]) }
            }
            return out
        }
        return result
    }
}

/// An analyzer per worker, kept for the whole index (each remembers the stems it made): a
/// batch is split into one contiguous run per worker, and results keep document order.
private final class AnalyzerPool: @unchecked Sendable {  // worker i alone uses analyzers[i]
    private let analyzers: [Analyzer]

    init(count: Int) { analyzers = (0..<Swift.max(1, count)).map { _ in Analyzer() } }

    func map<T: Sendable>(_ range: Range<Int>, _ body: @Sendable (Analyzer, Int) -> T) -> [T] {
        let workers = Swift.min(analyzers.count, range.count)
        guard workers > 1 else { return range.map { body(analyzers[0], $0) } }
        let runs = Mutex([[T]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = range.lowerBound + worker * range.count / workers
            let end = range.lowerBound + (worker + 1) * range.count / workers
            let run = (start..<end).map { body(self.analyzers[worker], $0) }
            runs.withLock { $0[worker] = run }
        }
        return runs.withLock { $0 }.flatMap { $0 }
    }
}

extension Array where Element == Int32 {
    /// In ascending numbers, the place of the first one above `number` (binary search).
    func firstIndex(after number: Int32) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] > number { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
