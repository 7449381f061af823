import Content
import Foundation

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

    /// Analyses every document on all cores (a stemmer per chunk), then merges in document order.
    init(documents: [SearchCorpus.Document]) {
        let chunks = Swift.min(documents.count, Parallelism.cores * 4)
        let bounds = (0..<chunks).map { ($0 * documents.count / chunks, ($0 + 1) * documents.count / chunks) }
        let analysed = bounds.parallelMap { (start, end) -> [DocumentTerms] in
            let analyzer = Analyzer()
            return (start..<end).map { Self.analyse(documents[$0], analyzer) }
        }
        var terms: [Term] = []
        var ids: [String: Int] = [:]
        var lengths: [Float] = []
        lengths.reserveCapacity(documents.count)
        var number: Int32 = 0
        for chunk in analysed {
            for doc in chunk {
                for (form, text, weight) in doc.words {
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
                lengths.append(doc.length)
                number += 1
            }
        }
        self.terms = terms.map(Self.sortingForms)
        self.lengths = lengths
    }

    private struct DocumentTerms: Sendable {
        var words: [(form: String, term: String, weight: Double)]
        var length: Float
    }

    private static func analyse(_ doc: SearchCorpus.Document, _ analyzer: Analyzer) -> DocumentTerms {
        var weights: [Token: Double] = [:]
        var order: [Token] = []
        var length = 0.0
        for (weight, text) in doc.texts {
            Analyzer.words(text) { word in
                let token = analyzer.token(word)
                if weights[token] == nil { order.append(token) }
                weights[token, default: 0] += weight
                length += weight
            }
        }
        return DocumentTerms(words: order.map { ($0.form, $0.term, weights[$0]!) }, length: Float(length))
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
