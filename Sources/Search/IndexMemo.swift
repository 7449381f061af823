import Content
import Text

/// The last build's merged index: its documents' text keys in order, and every term with its
/// postings as merging left them (forms in first-seen order). An edit of a few entries then
/// replaces their postings in place instead of merging all documents again, which at 10,000
/// entries cost more than everything else search does in a one-entry rebuild.
///
/// Used only under the analyses' context: the index is a function of the analyses alone.
public struct IndexMemo: Sendable {
    public let context: String
    /// The text key (`AnalysisMemo.key`) of each document, in document order.
    var keys: [String] = []
    var lengths: [Float] = []
    /// Terms in no particular order, forms in the order merging first saw them.
    var terms: [InvertedIndex.Term] = []
    /// Whether this differs from the memo read: only then is it written.
    public internal(set) var isChanged = false

    public init(context: String) { self.context = context }

    init(context: String, keys: [String], lengths: [Float], terms: [InvertedIndex.Term], isChanged: Bool) {
        self.context = context
        self.keys = keys
        self.lengths = lengths
        self.terms = terms
        self.isChanged = isChanged
    }

    /// What a merged index depends on: the analyses' context (engine and stemmer).
    public static func context(analyses: String) -> String { analyses + " merged 1" }

    /// Terms per record, so records decode in parallel and encode a slice at a time.
    static let termsPerRecord = 1024
    private static let documentsKey = "documents"

    /// The memo in `bytes` (a `CacheFile`); empty when damaged, of another context, or
    /// inconsistent (a posting of a document that is not there).
    public init(decoding bytes: [UInt8], context: String) {
        self.init(context: context)
        guard let records = CacheFile.read(bytes, context: context), let documents = records[Self.documentsKey],
            let (keys, lengths) = Self.documents(documents)
        else { return }
        let chunks = (0..<(records.count - 1)).map { records["terms \($0)"] }
        let decoded = chunks.parallelMap { chunk in chunk.flatMap { Self.terms($0, documents: keys.count) } }
        guard decoded.allSatisfy({ $0 != nil }) else { return }
        self.keys = keys
        self.lengths = lengths
        terms = decoded.flatMap { $0! }
    }

    /// Writes the memo through `write`, a slice of records at a time.
    public func encode(_ write: ([UInt8]) -> Bool) {
        let chunks = stride(from: 0, to: terms.count, by: Self.termsPerRecord).map { "terms \($0 / Self.termsPerRecord)" }
        CacheFile.write(context: context, keys: [Self.documentsKey] + chunks, value: { [self] key in
            guard key != Self.documentsKey, let chunk = Int(key.dropFirst("terms ".count)) else {
                var w = ByteWriter(capacity: keys.count * 70)
                w.varint(keys.count)
                for (key, length) in zip(keys, lengths) {
                    w.string(key)
                    w.float(length)
                }
                return w.bytes
            }
            let start = chunk * Self.termsPerRecord
            return Self.encoded(terms[start..<min(start + Self.termsPerRecord, terms.count)])
        }, to: write)
    }

    private static func documents(_ bytes: ArraySlice<UInt8>) -> ([String], [Float])? {
        bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            guard let count = try? r.varint(), count <= raw.count else { return nil }
            var keys: [String] = []
            var lengths: [Float] = []
            keys.reserveCapacity(count)
            lengths.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = try? r.string(), let length = try? r.float() else { return nil }
                keys.append(key)
                lengths.append(length)
            }
            return r.isAtEnd ? (keys, lengths) : nil
        }
    }

    /// Each term: text, forms, then its postings as document gaps, frequencies and masks.
    private static func encoded(_ terms: ArraySlice<InvertedIndex.Term>) -> [UInt8] {
        var w = ByteWriter(capacity: terms.count * 64)
        w.varint(terms.count)
        for term in terms {
            w.string(term.text)
            w.varint(term.forms.count)
            for form in term.forms { w.string(form) }
            w.varint(term.docs.count)
            var previous: Int32 = -1
            for doc in term.docs {
                w.varint(Int(doc - previous))
                previous = doc
            }
            for tf in term.tf { w.float(tf) }
            for mask in term.masks { w.varint(Int(mask)) }
        }
        return w.bytes
    }

    private static func terms(_ bytes: ArraySlice<UInt8>, documents: Int) -> [InvertedIndex.Term]? {
        bytes.withUnsafeBytes { raw -> [InvertedIndex.Term]? in
            var r = ByteReader(raw)
            do throws(ByteReader.Malformed) {
                let count = try r.varint()
                guard count <= raw.count else { return nil }
                var terms: [InvertedIndex.Term] = []
                terms.reserveCapacity(count)
                for _ in 0..<count {
                    var term = InvertedIndex.Term(text: try r.string(), forms: [])
                    let forms = try r.varint()
                    guard forms > 0, forms <= raw.count else { return nil }
                    for _ in 0..<forms { term.forms.append(try r.string()) }
                    let postings = try r.varint()
                    guard postings > 0, postings <= documents else { return nil }
                    term.docs.reserveCapacity(postings)
                    var doc = -1
                    for _ in 0..<postings {
                        let gap = try r.varint()
                        guard gap > 0, gap < documents - doc else { return nil }
                        doc += gap
                        term.docs.append(Int32(doc))
                    }
                    term.tf = try (0..<postings).map { _ throws(ByteReader.Malformed) in try r.float() }
                    term.masks = try (0..<postings).map { _ throws(ByteReader.Malformed) in
                        let mask = try r.varint()
                        guard mask <= UInt32.max else { throw ByteReader.Malformed() }
                        return UInt32(mask)
                    }
                    terms.append(term)
                }
                return r.isAtEnd ? terms : nil
            } catch {
                return nil
            }
        }
    }
}
