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

    /// Analyses every document on all cores (a stemmer per worker), or takes its analysis from
    /// `memo` when its texts are unchanged, then merges in document order.
    ///
    /// Documents go a batch at a time, each batch merged before the next is analysed: every
    /// document's word list in memory at once cost more than the index itself at 100k entries.
    ///
    /// `texts` gathers a document's texts again when the memo named its analysis by entry
    /// (so the corpus left them out) but the analysis cannot be read after all.
    init(
        documents: [SearchCorpus.Document], memo last: AnalysisMemo,
        texts: @escaping @Sendable (SearchCorpus.Document) -> [(weight: Double, text: String)] = { $0.texts }
    ) {
        let analyzers = AnalyzerPool(count: Parallelism.cores)
        var analyses: [String: ArraySlice<UInt8>] = [:]
        var reused: Set<String> = []
        var terms: [Term] = []
        var ids: [String: Int] = [:]
        var lengths: [Float] = []
        lengths.reserveCapacity(documents.count)
        var number: Int32 = 0
        for batch in stride(from: 0, to: documents.count, by: Self.batchSize) {
            let results = analyzers.map(batch..<Swift.min(batch + Self.batchSize, documents.count)) {
                analyzer, index -> (key: String, terms: DocumentTerms, encoded: ArraySlice<UInt8>, reused: Bool) in
                let key = documents[index].textKey
                if let encoded = last.analyses[key], let terms = DocumentTerms(decoding: encoded) {
                    return (key, terms, encoded, true)
                }
                var document = documents[index]
                if document.texts.isEmpty { document.texts = texts(document) }
                let terms = Self.analyse(document, analyzer)
                return (key, terms, terms.encoded[...], false)
            }
            for result in results {
                analyses[result.key] = result.encoded
                if result.reused { reused.insert(result.key) }
                for (form, text, weight) in result.terms.words {
                    let id: Int
                    if let known = ids[text] {
                        id = known
                    } else {
                        id = terms.count
                        ids[text] = id
                        terms.append(Term(text: text, forms: []))
                    }
                    let bit: Int
                    if let i = terms[id].forms.firstIndex(of: form) {
                        bit = i
                    } else {
                        bit = terms[id].forms.count
                        terms[id].forms.append(form)
                    }
                    if terms[id].docs.last != number {
                        terms[id].docs.append(number)
                        terms[id].tf.append(0)
                        terms[id].masks.append(0)
                    }
                    let last = terms[id].docs.count - 1
                    terms[id].tf[last] += Float(weight)
                    if bit < 31 { terms[id].masks[last] |= 1 << UInt32(bit) }
                }
                lengths.append(result.terms.length)
                number += 1
            }
        }
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
        self.terms = terms.map(Self.sortingForms)
        self.lengths = lengths
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
