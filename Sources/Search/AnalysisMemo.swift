import Content
import Text

/// Word analyses of the last build's documents, by fingerprint of each document's weighted
/// texts: splitting, normalising and stemming is most of indexing, and an edit changes the
/// texts of few documents. Used only under the same context (engine and stemmer).
public struct AnalysisMemo: Sendable {
    public let context: String
    /// Encoded `InvertedIndex.DocumentTerms` by text fingerprint.
    var analyses: [String: ArraySlice<UInt8>]
    /// How this build's analyses differ from the memo read.
    public internal(set) var freshness = MemoFreshness()

    public var count: Int { analyses.count }

    public init(context: String) {
        self.context = context
        analyses = [:]
    }

    init(context: String, analyses: [String: ArraySlice<UInt8>]) {
        self.context = context
        self.analyses = analyses
    }

    /// The memo in `bytes` (a `CacheFile`); empty when damaged or of another context.
    public init(decoding bytes: [UInt8], context: String) {
        self.init(context: context)
        analyses = CacheFile.read(bytes, context: context) ?? [:]
    }

    /// Writes the memo through `write`, a slice at a time.
    public func encode(_ write: ([UInt8]) -> Bool) {
        let analyses = self.analyses
        CacheFile.write(context: context, keys: analyses.keys.sorted(), value: { Array(analyses[$0]!) }, to: write)
    }

    /// What an analysis depends on besides the text: the engine (`engine`) and the stemmer's
    /// library, which a system update may change under the same program.
    public static func context(engine: String) -> String {
        let analyzer = Analyzer()
        let probe = ["bibliotekose", "skaitymo", "projektų", "mokymams", "kompiuteriai", "renginių"]
        return "search-analysis 1 \(engine) " + probe.map { analyzer.token($0).term }.joined(separator: " ")
    }

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
