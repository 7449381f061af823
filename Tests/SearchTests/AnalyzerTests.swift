import Foundation
@testable import Search
import Testing
@testable import YAML

@Suite struct AnalyzerTests {
    static let paradigms: [[String]] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/search/paradigms.json")
        return (try? JSONDecoder().decode([[String]].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func everyCaseOfEachNounIsOneTerm() throws {
        try #require(Self.paradigms.count >= 20)
        let analyzer = Analyzer()
        for forms in Self.paradigms {
            let terms = Set(forms.map { analyzer.token($0).term })
            #expect(terms.count == 1, "\(forms[0]): \(terms.sorted())")
        }
    }

    @Test func formsWithoutDiacriticsReachTheSameTerm() {
        let analyzer = Analyzer()
        #expect(analyzer.token("bibliotekų").term == "bibliotek")
        #expect(analyzer.token("bibliotekose").term == "bibliotek")
        #expect(analyzer.token("biblioteku").term == "bibliotek")
        #expect(analyzer.token("savivaldybėse").term == analyzer.token("savivaldybes").term)
    }

    @Test func stemmingComesBeforeFolding() {
        // Snowball reads the ending's diacritics: the folded spelling alone gives another stem.
        // `erdvese` (folded first) stems to `erdves`, `bendruomeneje` to `bendruomenej`.
        let analyzer = Analyzer()
        #expect(analyzer.token("erdvėse").term == "erdv")
        #expect(analyzer.token("erdvėse").form == "erdvese")
        #expect(analyzer.token("bendruomenėje").term == analyzer.token("bendruomenė").term)
        #expect(analyzer.token("erdvese").term != analyzer.token("erdvėse").term)
    }

    @Test func foldingDropsLithuanianAndOtherDiacritics() {
        #expect(Analyzer.fold("ąčęėįšųūž") == "aceeisuuz")
        #expect(Analyzer.fold("bibliotēka") == "biblioteka")
        #expect(Analyzer.fold("plain") == "plain")
    }

    @Test func wordsAreNormalisedLowercaseRunsOfLettersAndDigits() {
        // "Š" written as S + combining caron: NFC joins it before lowercasing.
        let words = Array(Analyzer.Words("PAVB-2024-001: S\u{030C}iaulių „Knygų“ naktis!"))
        #expect(words == ["pavb", "2024", "001", "šiaulių", "knygų", "naktis"])
    }

    @Test func tokensKeepTextOrder() {
        let tokens = Analyzer().tokens("Bibliotekose skaitoma knygų")
        #expect(tokens.map(\.form) == ["bibliotekose", "skaitoma", "knygu"])
        #expect(tokens.map(\.term) == ["bibliotek", "skaitom", "knyg"])
    }
}

@Suite struct AnalyzerLowercaseTests {
    /// Every scalar the fast path lowercases, against `lowercased()` and NFC.
    @Test func theFastLowercaseAgreesWithFoundation() {
        for value in UInt32(0)...0x17F {
            guard let scalar = Unicode.Scalar(value), let lowered = Analyzer.simpleLowercase(scalar) else { continue }
            let text = String(scalar)
            #expect(String(lowered) == text.precomposedStringWithCanonicalMapping.lowercased(), "U+\(String(value, radix: 16))")
        }
        #expect(Analyzer.simpleLowercase("İ") == nil && Analyzer.simpleLowercase("Ÿ") == nil && Analyzer.simpleLowercase("Σ") == nil)
    }

    @Test func wordsOutsideTheFastPathAreLowercasedByFoundation() {
        let words = Array(Analyzer.Words("ŽALIA ÄRZTE İSTANBUL ΣΟΦΙΑ ŸVES ǅemal"))
        #expect(words == ["žalia", "ärzte", "i\u{307}stanbul", "σοφια", "ÿves", "ǆemal"])
    }
}
