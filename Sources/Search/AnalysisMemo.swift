import Cache
import Support

/// Word analyses of the last build's documents, by fingerprint of each document's weighted
/// texts: splitting, normalising and stemming is most of indexing, and an edit changes the
/// texts of few documents. Used only under the same context (engine and stemmer).
///
/// Each entry's document is also remembered by the key of the entry's inputs (see
/// `SearchIndex.build`): its text fingerprint and snippet, so an unchanged entry's texts are
/// not gathered and hashed again. Those keys change with what an entry reaches (and with
/// layouts or site.yml); the analyses, keyed by text, outlive them.
package struct AnalysisMemo: Memo {
    package static let file = CacheStore.File.analyses

    package let context: String
    /// Encoded `InvertedIndex.DocumentTerms` by text fingerprint.
    var analyses: [String: ArraySlice<UInt8>]
    /// Encoded `Known` documents by entry key.
    var documents: [String: ArraySlice<UInt8>] = [:]

    /// What is kept of an entry's document: the fingerprint of its texts, its snippet, and the
    /// terms of its files with their pages (tokenising every page of every PDF again was a
    /// quarter of a one-entry rebuild of a site with 100 reports; the entry key covers the
    /// files' fingerprints).
    struct Known {
        var textKey: String
        var snippet: String
        var attachments: [AttachmentTerms] = []

        var encoded: [UInt8] {
            var w = ByteWriter(capacity: 64 + snippet.utf8.count)
            w.string(textKey)
            w.string(snippet)
            w.varint(attachments.count)
            for attachment in attachments {
                w.string(attachment.title)
                w.string(attachment.url)
                w.varint(attachment.pages.count)
                for term in attachment.pages.keys.sorted() {
                    w.string(term)
                    w.varint(attachment.pages[term]!)
                }
            }
            return w.bytes
        }

        init(textKey: String, snippet: String, attachments: [AttachmentTerms] = []) {
            self.textKey = textKey
            self.snippet = snippet
            self.attachments = attachments
        }

        init?(decoding bytes: ArraySlice<UInt8>) {
            let known = bytes.withUnsafeBytes { raw -> Known? in
                var r = ByteReader(raw)
                return try? Self.read(&r)
            }
            guard let known else { return nil }
            self = known
        }

        private static func read(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Known {
            let textKey = try r.string(), snippet = try r.string()
            var attachments: [AttachmentTerms] = []
            for _ in 0..<min(try r.varint(), 1 << 16) {
                let title = try r.string(), url = try r.string()
                var pages: [String: Int] = [:]
                for _ in 0..<min(try r.varint(), 1 << 24) { pages[try r.string()] = try r.varint() }
                attachments.append(AttachmentTerms(title: title, url: url, pages: pages))
            }
            guard r.isAtEnd else { throw ByteReader.Malformed() }
            return Known(textKey: textKey, snippet: snippet, attachments: attachments)
        }
    }

    /// The document of the entry whose inputs have `key`, if its analysis is here too.
    func known(_ key: String) -> Known? {
        guard let known = documents[key].flatMap(Known.init(decoding:)), analyses[known.textKey] != nil else { return nil }
        return known
    }
    /// How this build's analyses differ from the memo read.
    package internal(set) var freshness = MemoFreshness()

    package var count: Int { analyses.count + documents.count }

    package init(context: String) {
        self.context = context
        analyses = [:]
    }

    init(context: String, analyses: [String: ArraySlice<UInt8>], documents: [String: ArraySlice<UInt8>]) {
        self.context = context
        self.analyses = analyses
        self.documents = documents
    }

    /// The memo in `bytes` (a `CacheFile`); empty when damaged or of another context.
    package init(decoding bytes: [UInt8], context: String) {
        self.init(context: context)
        for (key, value) in CacheFile.read(bytes, context: context) ?? [:] {
            if key.hasPrefix(Self.documentPrefix) {
                documents[String(key.dropFirst(Self.documentPrefix.count))] = value
            } else {
                analyses[key] = value
            }
        }
    }

    /// Marks an entry's record among the text fingerprints (hex digits, never this).
    static let documentPrefix = "entry "

    /// Writes the memo through `write`, a slice at a time.
    package func encode(_ write: ([UInt8]) -> Bool) {
        let records = analyses.merging(documents.map { (Self.documentPrefix + $0.key, $0.value) }) { a, _ in a }
        CacheFile.write(context: context, keys: records.keys.sorted(), value: { Array(records[$0]!) }, to: write)
    }

    /// What an analysis depends on besides the text and the engine (which the store stamps):
    /// the stemmer's library, which a system update may change under the same program.
    package static var context: String {
        let analyzer = Analyzer()
        let probe = ["bibliotekose", "skaitymo", "projektų", "mokymams", "kompiuteriai", "renginių"]
        return "search-analysis 4 " + probe.map { analyzer.token($0).term }.joined(separator: " ")
    }

    package var isWorthWriting: Bool { freshness.isWorthWriting }

    /// The key of a document: its weighted texts.
    static func key(_ texts: [(weight: Double, text: String)]) -> String {
        var hasher = Fingerprint()
        for (weight, text) in texts {
            hasher.combine(word: weight.bitPattern)
            hasher.combine(text)
        }
        return hasher.hexDigest
    }
}
