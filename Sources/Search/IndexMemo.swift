import Cache
import Support

/// The last build's merged index: its documents' text keys in order, and every term with its
/// postings as the index files hold them (forms in byte order). An edit of a few entries then
/// replaces their postings in place instead of merging all documents again, which at 10,000
/// entries cost more than everything else search does in a one-entry rebuild.
///
/// Used only under the analyses' context: the index is a function of the analyses alone.
package struct IndexMemo: Memo {
    package static let file = CacheStore.File.searchIndex

    package let context: String
    /// The text key (`AnalysisMemo.key`) of each document, in document order.
    var keys: [String] = []
    var lengths: [Float] = []
    /// Terms in no particular order, each text once, forms in byte order.
    var terms: [InvertedIndex.Term] = []
    /// Whether this differs from the memo read: only then is it written.
    package internal(set) var isChanged = false

    package init(context: String) { self.context = context }

    init(context: String, keys: [String], lengths: [Float], terms: [InvertedIndex.Term], isChanged: Bool) {
        self.context = context
        self.keys = keys
        self.lengths = lengths
        self.terms = terms
        self.isChanged = isChanged
    }

    /// What a merged index depends on: the analyses' context (engine and stemmer).
    package static func context(analyses: String) -> String { analyses + " merged 2" }

    package var isWorthWriting: Bool { isChanged }

    /// Terms per record, so records decode in parallel and encode a slice at a time.
    static let termsPerRecord = 1024
    private static let documentsKey = "documents"
    private static func termsKey(_ record: Int) -> String { "terms \(record)" }

    /// The memo in `bytes` (a `CacheFile`); empty when damaged, of another context, or not an
    /// index merging could have made (see `terms(_:documents:)`).
    package init(decoding bytes: [UInt8], context: String) {
        self.init(context: context)
        guard let records = CacheFile.read(bytes, context: context), let documents = records[Self.documentsKey],
            let (keys, lengths, termRecords) = Self.documents(documents), records.count == termRecords + 1
        else { return }
        let decoded = (0..<termRecords).map { records[Self.termsKey($0)] }.parallelMap { record in
            record.flatMap { Self.terms($0, documents: keys.count) }
        }
        var terms: [InvertedIndex.Term] = []
        for record in decoded {
            guard let record else { return }
            terms += record
        }
        guard Set(terms.lazy.map(\.text)).count == terms.count else { return }
        self.keys = keys
        self.lengths = lengths
        self.terms = terms
    }

    /// Writes the memo through `write`, a slice of records at a time.
    package func encode(_ write: ([UInt8]) -> Bool) {
        let termRecords = (terms.count + Self.termsPerRecord - 1) / Self.termsPerRecord
        let recordOfKey = Dictionary(uniqueKeysWithValues: (0..<termRecords).map { (Self.termsKey($0), $0) })
        CacheFile.write(
            context: context, keys: [Self.documentsKey] + (0..<termRecords).map(Self.termsKey),
            value: { [self] key in
                guard let record = recordOfKey[key] else { return encodedDocuments(termRecords: termRecords) }
                let start = record * Self.termsPerRecord
                return Self.encoded(terms[start..<min(start + Self.termsPerRecord, terms.count)])
            }, to: write)
    }

    /// Document count, each document's key and length, then the number of term records.
    private func encodedDocuments(termRecords: Int) -> [UInt8] {
        var w = ByteWriter(capacity: keys.count * 70)
        w.varint(keys.count)
        for (key, length) in zip(keys, lengths) {
            w.string(key)
            w.float(length)
        }
        w.varint(termRecords)
        return w.bytes
    }

    private static func documents(_ bytes: ArraySlice<UInt8>) -> ([String], [Float], Int)? {
        bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            guard let count = try? r.varint(), count <= raw.count else { return nil }
            var keys: [String] = []
            var lengths: [Float] = []
            keys.reserveCapacity(count)
            lengths.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = try? r.string(), let length = try? r.float(), length.isFinite, length >= 0 else { return nil }
                keys.append(key)
                lengths.append(length)
            }
            guard let termRecords = try? r.varint(), r.isAtEnd else { return nil }
            return (keys, lengths, termRecords)
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
            var previous = -1
            for doc in term.docs {
                w.varint(Int(doc) - previous)
                previous = Int(doc)
            }
            for tf in term.tf { w.float(tf) }
            for mask in term.masks { w.varint(Int(mask)) }
        }
        return w.bytes
    }

    /// The terms of one record; `nil` unless each term has forms in strictly ascending byte
    /// order, postings of ascending documents below `documents`, positive finite frequencies,
    /// and masks naming only its forms (each posting at least one, when all have a bit).
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
                    for _ in 0..<forms {
                        let form = try r.string()
                        guard term.forms.last.map({ $0.utf8.lexicographicallyPrecedes(form.utf8) }) ?? true else { return nil }
                        term.forms.append(form)
                    }
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
                    term.tf = try (0..<postings).map { _ throws(ByteReader.Malformed) in
                        let tf = try r.float()
                        guard tf.isFinite, tf > 0 else { throw ByteReader.Malformed() }
                        return tf
                    }
                    let bits = min(forms, 31)
                    term.masks = try (0..<postings).map { _ throws(ByteReader.Malformed) in
                        let mask = try r.varint()
                        guard mask >> bits == 0, mask != 0 || forms > 31 else { throw ByteReader.Malformed() }
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
