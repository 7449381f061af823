@testable import Search
import Testing

/// The Swift port of Snowball 3.1.1's Lithuanian stemmer. Word for word against Snowball's own
/// code on every word of the portal and the bench corpus: scripts/check-stemmer (scripts/test).
@Suite struct LithuanianStemmerTests {
    /// Stems snowballstemmer 3.1.1 gives, one for each rule of the algorithm.
    static let oracle: [(String, String)] = [
        ("moteris", "moter"), ("moteriai", "moter"), ("kompiuteriai", "kompiuter"), ("šaltiniuose", "šaltin"),
        ("vienuolynuose", "vienuolyn"), ("apskritimas", "apskritim"), ("aerodromuose", "aerodrom"), ("abėcėlė", "abėc"),
        ("aitės", "ait"), ("okatės", "okat"), ("ojime", "ojim"), ("asius", "as"), ("esiu", "es"), ("kačiai", "kat"),
        ("medžiai", "med"), ("pradžioje", "prad"), ("ūgdymas", "ūgdym"), ("vaikystė", "vaikyst"),
        ("bibliotekininkai", "bibliotekinink"), ("skaitytojams", "skait"), ("dainuodavome", "dainuo"),
    ]

    @Test func stemsAsSnowballDoes() {
        let stemmer = LithuanianStemmer()
        for (word, stem) in Self.oracle { #expect(stemmer.stem(word) == stem, "\(word)") }
    }

    @Test func joinsWhatLibstemmer22Split() {
        // Snowball 2.2 (Debian 12's libstemmer) and 3.0 gave these pairs two stems each.
        let stemmer = LithuanianStemmer()
        for pair in [("moteris", "moteriai"), ("seseris", "seseriai"), ("kompiuteris", "kompiuteriai"), ("printeris", "printeriai")] {
            #expect(stemmer.stem(pair.0) == stemmer.stem(pair.1), "\(pair)")
        }
    }

    @Test func regionStartsAfterTheFirstConsonantAfterAVowel() {
        #expect(LithuanianStemmer.region(Array("knyga".unicodeScalars)) == 4)
        // A leading `a` of a word longer than 6 is skipped: `apskrit|imas`, not `ap|skritimas`.
        #expect(LithuanianStemmer.region(Array("apskritimas".unicodeScalars)) == 7)
        #expect(LithuanianStemmer.region(Array("antis".unicodeScalars)) == 2)
        #expect(LithuanianStemmer.region(Array("str".unicodeScalars)) == 3)
    }

    @Test func shortAndUnusualWordsNeitherCrashNorGrow() {
        let stemmer = LithuanianStemmer()
        for word in ["", "a", "ą", "dž", "gd", "č", "2024", "ǆemal", "σοφια", "x'"] {
            #expect(stemmer.stem(word).unicodeScalars.count <= word.unicodeScalars.count + 2, "\(word)")
        }
        #expect(stemmer.stem("") == "")
    }
}
