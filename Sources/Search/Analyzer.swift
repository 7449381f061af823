import Foundation
import Support

/// One word of a text as the index sees it.
package struct Token: Sendable, Hashable {
    /// The surface form, lowercase, without diacritics (`bibliotekose`, `biblioteku`).
    package var form: String
    /// The index term: the Snowball stem of the diacritic form, then folded (`bibliotek`).
    package var term: String
}

/// Turns text into index terms: NFC, lowercase, Unicode word split, Snowball stem of the
/// diacritic form (`LithuanianStemmer`), then diacritic folding.
///
/// Stemming comes before folding because the Lithuanian stemmer reads the endings'
/// diacritics (`-ą`, `-ų`, `-ė`): folding first loses forms. Holds a vocabulary, so one per worker.
package final class Analyzer {
    private let stemmer = LithuanianStemmer()
    private var vocabulary = Vocabulary()

    /// Words and their tokens, as far as this analyzer has met them.
    struct Vocabulary {
        /// Word → token id; a corpus repeats few distinct words, so this saves most stemming.
        private var ids: [String: Int] = [:]
        /// Tokens by id, and ids by token: words that differ only in diacritics share a token.
        private var tokensByID: [Token] = []
        private var idsByToken: [Token: Int] = [:]

        /// A number for the word's token, the same for every word with that token (in this
        /// analyzer): documents count their words by it without hashing two strings a word.
        mutating func id(of word: String, stemmer: LithuanianStemmer) -> Int {
            if let known = ids[word] { return known }
            let stem = Analyzer.isStemmed(word) ? stemmer.stem(word) : word
            let token = Token(form: Analyzer.fold(word), term: Analyzer.fold(stem.isEmpty ? word : stem))
            let id = idsByToken[token] ?? tokensByID.count
            if id == tokensByID.count {
                tokensByID.append(token)
                idsByToken[token] = id
            }
            ids[word] = id
            return id
        }

        func token(id: Int) -> Token { tokensByID[id] }
    }

    package init() {}

    /// The tokens of a text, in order.
    package func tokens(_ text: String) -> [Token] { Words(text).map(token) }

    /// The token of one already split, lowercase word.
    package func token(_ word: String) -> Token {
        let id = vocabulary.id(of: word, stemmer: stemmer)  // first: it may add the token
        return vocabulary.token(id: id)
    }

    /// Runs `body` with the vocabulary held for all of it: a document's words take one
    /// exclusive access to it, not one each (those checks were a sixth of analysing).
    func withVocabulary<R>(_ body: (inout Vocabulary, LithuanianStemmer) -> R) -> R { body(&vocabulary, stemmer) }

    /// The words of a text: NFC, lowercase, runs of letters and digits.
    ///
    /// Words are cut first and normalised one by one. A word of ASCII, Latin-1 and Latin
    /// Extended-A letters (Lithuanian's ą–ž among them) is lowercased here, scalar by scalar,
    /// exactly as `lowercased()` would, and is NFC already (no combining mark, no singleton);
    /// any other word goes through Foundation's normaliser and `lowercased()`, which
    /// dominated indexing when run on every word. An iterator, not a callback: state captured
    /// by closures was checked for exclusive access on every scalar.
    package struct Words: Sequence, IteratorProtocol {
        private var scalars: String.UnicodeScalarView.Iterator
        private var raw: [UInt8] = []
        private var lower: [UInt8] = []
        private var simple = true

        package init(_ text: String) {
            scalars = text.unicodeScalars.makeIterator()
            raw.reserveCapacity(32)
            lower.reserveCapacity(32)
        }

        package mutating func next() -> String? {
            while let scalar = scalars.next() {
                guard isWordScalar(scalar) else {
                    if let word = take() { return word }
                    continue
                }
                UTF8.encode(scalar) { raw.append($0) }
                guard simple else { continue }
                if let lowered = simpleLowercase(scalar) {
                    if lowered.isASCII {
                        lower.append(UInt8(lowered.value))
                    } else {
                        UTF8.encode(lowered) { lower.append($0) }
                    }
                } else {
                    simple = false
                }
            }
            return take()
        }

        /// The word gathered so far, if any, leaving the buffers empty.
        private mutating func take() -> String? {
            guard !raw.isEmpty else { return nil }
            let word = simple
                ? String(decoding: lower, as: UTF8.self)
                : String(decoding: raw, as: UTF8.self).precomposedStringWithCanonicalMapping.lowercased()
            raw.removeAll(keepingCapacity: true)
            lower.removeAll(keepingCapacity: true)
            simple = true
            return word
        }
    }

    /// The lowercase of a scalar whose lowercase is one scalar by a rule of its block, else
    /// `nil`: ASCII, Latin-1 (À–Þ), and Latin Extended-A's upper/lower pairs.
    static func simpleLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)
        case 0...0x7F: return scalar
        case 0xC0...0xDE where v != 0xD7: return Unicode.Scalar(v + 0x20)
        case 0xDF...0xFF where v != 0xF7: return scalar
        // Pairs with the capital first at an even code point (Ā ā … Į į, Ĳ ĳ … Ķ ķ, Ŋ ŋ … Ŷ ŷ).
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177: return Unicode.Scalar(v | 1)
        // Pairs with the capital first at an odd code point (Ĺ ĺ … Ň ň, Ź ź … Ž ž).
        case 0x139...0x148, 0x179...0x17E: return Unicode.Scalar(v % 2 == 1 ? v + 1 : v)
        // Lowercase letters without a pair here (ı ĸ ŉ ſ); İ and Ÿ lowercase otherwise.
        case 0x131, 0x138, 0x149, 0x17F: return scalar
        default: return nil
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if scalar.isASCII {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        // Latin-1 and Latin Extended-A letters (Lithuanian's among them) without a property lookup.
        if (0xC0...0x17F).contains(v) { return v != 0xD7 && v != 0xF7 }
        let properties = scalar.properties
        // Combining marks stay inside a word (a decomposed letter that NFC could not compose).
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber: return true
        default: return properties.isAlphabetic
        }
    }

    /// Whether the stemmer sees the word: it has a letter (numbers stay as they are).
    package static func isStemmed(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Drops diacritics: `ąčęėįšųūž` → `aceeisuuz`; other scripts lose their combining marks too.
    package static func fold(_ word: String) -> String {
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
