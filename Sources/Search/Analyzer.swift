import Foundation

/// One word of a text as the index sees it.
public struct Token: Sendable, Hashable {
    /// The surface form, lowercase, without diacritics (`bibliotekose`, `biblioteku`).
    public var form: String
    /// The index term: the Snowball stem of the diacritic form, then folded (`bibliotek`).
    public var term: String
}

/// Turns text into index terms: NFC, lowercase, Unicode word split, Snowball stem of the
/// diacritic form, then diacritic folding.
///
/// Stemming comes before folding because the Lithuanian stemmer reads the endings'
/// diacritics (`-ą`, `-ų`, `-ė`): folding first loses forms. Holds a stemmer, so one per worker.
public final class Analyzer {
    public static let language = "lithuanian"
    private let stemmer: Stemmer
    /// Word → token; a corpus repeats few distinct words, so this saves most stemming.
    private var cache: [String: Token] = [:]

    public init() {
        // Debian's libstemmer has had `lithuanian` since Snowball 2.1; without it nothing works.
        guard let stemmer = Stemmer(language: Self.language) else {
            preconditionFailure("SearchIndex.checkInstallation() reports a missing stemmer")
        }
        self.stemmer = stemmer
    }

    /// The tokens of a text, in order.
    public func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        Self.words(text) { result.append(token($0)) }
        return result
    }

    /// The token of one already split, lowercase word.
    public func token(_ word: String) -> Token {
        if let known = cache[word] { return known }
        let hasLetter = word.unicodeScalars.contains { $0.properties.isAlphabetic }
        let stem = hasLetter ? stemmer.stem(word) : word
        let token = Token(form: Self.fold(word), term: Self.fold(stem.isEmpty ? word : stem))
        cache[word] = token
        return token
    }

    /// Calls `body` with each word of `text`: NFC, lowercase, runs of letters and digits.
    ///
    /// Words are cut first and normalised one by one: a word of scalars below U+0300 (ASCII,
    /// Latin-1, Lithuanian's ą–ž) has no combining mark and no singleton, so it is NFC already
    /// and skips Foundation's normaliser, which dominated indexing when run on whole texts.
    public static func words(_ text: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var composed = true
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(word)
            body((composed ? text : text.precomposedStringWithCanonicalMapping).lowercased())
            word = String.UnicodeScalarView()
            composed = true
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                word.append(scalar)
                if scalar.value >= 0x300 { composed = false }
            } else {
                flush()
            }
        }
        flush()
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        let properties = scalar.properties
        // Combining marks stay inside a word (a decomposed letter that NFC could not compose).
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber: return true
        default: return properties.isAlphabetic
        }
    }

    /// Drops diacritics: `ąčęėįšųūž` → `aceeisuuz`; other scripts lose their combining marks too.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        var out = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }
}
