import Cache
import Foundation
import Support
import Synchronization

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
    /// document's word list in memory at once costs more than the index itself on a large site.
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
            terms: merging.sorted(), lengths: lengths, documents: documents, last: last, analyses: analyses,
            reused: reused, isChanged: true)
    }

    /// The index of `saved` with the postings of documents whose texts changed replaced; `nil`
    /// when that could differ from merging afresh: other documents, too many changed, or a
    /// changed document in a term of more than 31 forms, whose mask bits follow the order
    /// merging first met its forms in.
    private init?(
        patching saved: IndexMemo, documents: [SearchCorpus.Document], memo last: AnalysisMemo,
        texts: @escaping @Sendable (SearchCorpus.Document) -> [(weight: Double, text: String)]
    ) {
        guard saved.keys.count == documents.count, saved.context == IndexMemo.context(analyses: last.context) else { return nil }
        let changed = documents.indices.filter { documents[$0].textKey != saved.keys[$0] }
        guard changed.count <= Self.mostPatched else { return nil }
        // The changed documents' analyses; the others' stay in `last` (see `init(terms:…)`).
        var analyses: [String: ArraySlice<UInt8>] = [:]
        var reused: Set<String> = []
        var merging = Merging(terms: saved.terms)
        var lengths = saved.lengths
        let analyzer = Analyzer()
        for index in changed {
            let result = Self.analysis(of: documents[index], memo: last, analyzer: analyzer, texts: texts)
            analyses[result.key] = result.encoded
            if result.reused { reused.insert(result.key) }
            // The analysis it was merged with names its terms (analyses are keyed by text).
            let merged = last.analyses[saved.keys[index]].flatMap(DocumentTerms.init(decoding:))?.words.map(\.term)
            guard merging.remove(Int32(index), from: merged) else { return nil }
            guard merging.insert(Int32(index), result.terms) else { return nil }
            lengths[index] = result.terms.length
        }
        self.init(
            terms: merging.terms.filter { !$0.docs.isEmpty }, lengths: lengths, documents: documents, last: last,
            analyses: analyses, reused: reused, isChanged: !changed.isEmpty, othersInLast: true)
        patched = true
    }

    /// The index of merged `terms` (forms in byte order), with the memos for the next build.
    /// `analyses` are this build's, or, when `othersInLast`, those of the documents patched:
    /// the others' are in `last`, and the next analysis memo is made of both only when it is
    /// worth writing; otherwise a patch of a large site spends most of its time tabling records
    /// that are then not written.
    private init(
        terms: [Term], lengths: [Float], documents: [SearchCorpus.Document], last: AnalysisMemo,
        analyses: [String: ArraySlice<UInt8>], reused: Set<String>, isChanged: Bool, othersInLast: Bool = false
    ) {
        self.merged = IndexMemo(
            context: IndexMemo.context(analyses: last.context), keys: documents.map(\.textKey), lengths: lengths,
            terms: terms, isChanged: isChanged)
        self.terms = terms
        self.lengths = lengths
        var analyses = analyses
        var reused = reused
        if othersInLast {
            let freshness = Self.freshness(documents, last: last, patched: analyses, reused: reused)
            guard freshness.isWorthWriting else {
                memo = AnalysisMemo(context: last.context)
                memo.freshness = freshness
                return
            }
            for document in documents where analyses[document.textKey] == nil {
                if let encoded = last.analyses[document.textKey] {
                    analyses[document.textKey] = encoded
                    reused.insert(document.textKey)
                }
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
                known[entryKey] = AnalysisMemo.Known(
                    textKey: document.textKey, snippet: document.snippet, attachments: document.attachments
                ).encoded[...]
            }
        }
        memo = AnalysisMemo(context: last.context, analyses: analyses, documents: known)
        let count = analyses.count + known.count
        let fromLast = reused.count + knownReused
        memo.freshness = MemoFreshness(outdated: count - fromLast, unused: last.count - fromLast, count: count)
    }

    /// How far the next analysis memo would be from `last` after a patch, counted without
    /// tabling it: per document, so each of several documents with the same texts counts
    /// (the count only decides whether the memo is written).
    private static func freshness(
        _ documents: [SearchCorpus.Document], last: AnalysisMemo, patched: [String: ArraySlice<UInt8>], reused: Set<String>
    ) -> MemoFreshness {
        var count = 0
        var fromLast = 0
        for document in documents {
            if patched[document.textKey] != nil {
                count += 1
                if reused.contains(document.textKey) { fromLast += 1 }
            } else if last.analyses[document.textKey] != nil {
                count += 1
                fromLast += 1
            }
            guard let entryKey = document.entryKey else { continue }
            count += 1
            if last.documents[entryKey] != nil { fromLast += 1 }
        }
        return MemoFreshness(outdated: count - fromLast, unused: max(0, last.count - fromLast), count: count)
    }

    /// More changed documents than this are merged afresh: each whose last analysis is gone
    /// is looked for in every term.
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
        return analyzer.withVocabulary { vocabulary, stemmer in
            for (weight, text) in doc.texts {
                for word in Analyzer.Words(text) {
                    let id = vocabulary.id(of: word, stemmer: stemmer)
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
                    let token = vocabulary.token(id: id)
                    return (token.form, token.term, weight)
                },
                length: Float(length))
        }
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
