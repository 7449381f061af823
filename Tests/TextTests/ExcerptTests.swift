@testable import Support
import Testing
@testable import Text
@testable import YAML

@Suite struct ExcerptTests {
    @Test func anExcerptJoinsLinesAndCutsAtAWord() {
        #expect(Excerpt.of("\nPirma eilutė.\r\n\r\nAntra\u{2028}trečia\n") == "Pirma eilutė. Antra trečia")
        #expect(Excerpt.of("Vienas du, trys keturi", limit: 13) == "Vienas du…", "the cut drops the comma before it")
        #expect(Excerpt.of("Vienas du", limit: 9) == "Vienas du")
        #expect(Excerpt.of("Vienas\n\u{301}du", limit: 9) == "Vienas \u{301}du", "the space and the mark are one character")
    }

    /// The scalar way gives what the character way gives, on texts it takes.
    @Test func excerptsByScalarEqualExcerptsByCharacter() throws {
        let pieces = [
            "Skaitymo", " ", "skatinimas", "ąčęėįšųūž", "ĄČĘĖĮŠŲŪŽ", ", ", ". ", "; ", ": ", "–", "-", "„kabutės“", "\n",
            "\r\n", "\n\n", "\r", "\u{85}", "12 500,50 €", "\u{A0}", "…", "x", "žodis.", "©", "\u{AD}", "‼",
        ]
        let joining = ["\u{301}", "👍🏽", "\u{200D}", "\u{2028}"]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407  // a fixed sequence: failures repeat
            return Int((seed >> 33) % UInt64(bound))
        }
        for round in 0..<3000 {
            var text = (0..<next(120)).map { _ in pieces[next(pieces.count)] }.joined()
            let limit = [3, 9, 13, 40, 240][round % 5]
            if round % 4 == 3 {  // one piece that may join its neighbour, anywhere
                let place = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: next(text.unicodeScalars.count + 1))
                text.unicodeScalars.insert(contentsOf: joining[next(joining.count)].unicodeScalars, at: place)
            }
            let byCharacter = Excerpt.byCharacter(text, limit: limit)
            if round % 4 != 3 {
                let byScalar = try #require(Excerpt.byScalar(text, limit: limit), "\(text.debugDescription)")
                #expect(byScalar == byCharacter, "\(text.debugDescription) at \(limit)")
            } else if let byScalar = Excerpt.byScalar(text, limit: limit) {
                #expect(byScalar == byCharacter, "\(text.debugDescription) at \(limit)")
            }
        }
        #expect(Excerpt.byScalar("Vienas\n\u{301}du", limit: 9) == nil, "a combining mark joins its neighbour")
        #expect(Excerpt.byScalar("Ačiū 👍🏽", limit: 9) == nil)
    }

    /// Every scalar the scalar way takes is one character, and two of them are two (CR LF
    /// aside, which both ways read as one line break).
    @Test func scalarsTakenStandAlone() {
        let taken = (0..<0x2100).compactMap(Unicode.Scalar.init).filter(Excerpt.standsAlone)
        #expect(taken.count > 800)
        for first in taken {
            #expect(!first.properties.isGraphemeExtend && !first.properties.isJoinControl, "\(first.value)")
            for second in taken where first.value != 0x0D || second.value != 0x0A {
                var pair = String.UnicodeScalarView()
                pair.append(first)
                pair.append(second)
                if String(pair).count != 2 { Issue.record("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16)) join") }
            }
        }
    }
}
