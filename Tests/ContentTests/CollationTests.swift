import Foundation
import Testing
import Text

/// Sort keys from ICU order as Foundation's Lithuanian comparison does, case-insensitively.
@Suite struct CollationTests {
    static let words = [
        "žuvis", "Zebras", "šaltinis", "sala", "Sala", "tiltas", "čiobrelis", "cukrus", "dėžė", "ąžuolas", "Ąžuolas",
        "anykštėnai", "yla", "ieva", "jonas", "Įvadas", "įvadas į bibliotekininkystę", "ėjimas", "eglė", "ęsti",
        "ūkis", "ukmergė", "ųjų", "PAVB-2026-001", "PAVB-2026-010", "PAVB-2026-1", "pavb 2026", "10 žingsnių",
        "9 patarimai", "Biblioteka „Šviesa“", "Biblioteka - šviesa", "", " ", "Kūrybiškas paslaugos biblioteka",
        "Kūrybiškos dirbtuvės", "Kurybiskas", "Øresund", "Éclair", "eclair",
    ]

    static func foundationOrder(_ a: String, _ b: String) -> Bool {
        let result = a.compare(b, options: [.caseInsensitive], range: nil, locale: Locale(identifier: "lt"))
        return result == .orderedSame ? a < b : result == .orderedAscending
    }

    @Test func keysOrderAsFoundationDoes() {
        let keys = Collation.keys(Self.words)
        for i in Self.words.indices {
            for j in Self.words.indices {
                #expect(
                    (keys[i] < keys[j]) == Self.foundationOrder(Self.words[i], Self.words[j]),
                    "\(Self.words[i]) vs \(Self.words[j])")
            }
        }
    }

    @Test func caseDoesNotOrderButBreaksTies() {
        let keys = Collation.keys(["sala", "Sala", "Salos", "saldus"])
        #expect(keys[1] < keys[0], "equal but for case: code points decide (S before s)")
        #expect(keys[0] < keys[3] && keys[3] < keys[2], "sala < saldus < Salos, case aside")
    }

    @Test func letterWithCaronFollowsItsBaseLetter() {
        // s < š at the first letter, whatever follows (Foundation's own comparison gets this pair wrong).
        #expect(Collation.isOrderedBefore("SČ", "Š"))
        #expect(Collation.isOrderedBefore("sz", "ša"))
    }

    @Test func manyTextsGetTheKeysEachWouldAlone() {
        // Past one slice the keys are made on all cores, a collator per slice.
        let texts = (0..<3000).map { "Šiaulių \($0 % 7 == 0 ? "Ąžuolas" : "biblioteka") \($0)" }
        let keys = Collation.keys(texts)
        #expect(keys.count == texts.count)
        #expect(zip(texts, keys).allSatisfy { text, key in Collation.keys([text])[0] == key })
    }
}
