import Content
import Testing

@testable import Rendering

@Suite struct URLAndExcerptTests {
    func urls(_ baseURL: String) throws -> URLBuilder {
        var config = try OutputsFixture.model().config
        config.baseURL = baseURL
        return URLBuilder(config: config)
    }

    @Test func absoluteURLsKeepTheBasePathOnce() throws {
        #expect(try urls("https://pavb.lt/zinynas/").absolute("/projektai/x/") == "https://pavb.lt/zinynas/projektai/x/")
        #expect(try urls("https://pavb.lt/zinynas").absolute("/") == "https://pavb.lt/zinynas/")
        #expect(try urls("https://pavb.lt/").absolute("/projektai/") == "https://pavb.lt/projektai/")
        #expect(try urls("https://pavb.lt").absolute("/projektai/") == "https://pavb.lt/projektai/")
    }

    @Test func anExcerptJoinsLinesAndCutsAtAWord() {
        #expect(PageContexts.excerpt("\nPirma eilutė.\r\n\r\nAntra\u{2028}trečia\n") == "Pirma eilutė. Antra trečia")
        #expect(PageContexts.excerpt("Vienas du, trys keturi", limit: 13) == "Vienas du…", "the cut drops the comma before it")
        #expect(PageContexts.excerpt("Vienas du", limit: 9) == "Vienas du")
        #expect(PageContexts.excerpt("Vienas\n\u{301}du", limit: 9) == "Vienas \u{301}du", "the space and the mark are one character")
    }

    /// The scalar way gives what the character way gives, on texts it takes.
    @Test func excerptsByScalarEqualExcerptsByCharacter() throws {
        let pieces = [
            "Skaitymo", " ", "skatinimas", "ąčęėįšųūž", "ĄČĘĖĮŠŲŪŽ", ", ", ". ", "; ", ": ", "–", "-", "„kabutės“", "\n",
            "\r\n", "\n\n", "\r", "\u{85}", "12 500,50 €", "\u{A0}", "…", "x", "žodis.",
        ]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407  // a fixed sequence: failures repeat
            return Int((seed >> 33) % UInt64(bound))
        }
        for round in 0..<3000 {
            let text = (0..<next(120)).map { _ in pieces[next(pieces.count)] }.joined()
            let limit = [3, 9, 13, 40, 240][round % 5]
            let byScalar = try #require(PageContexts.scalarExcerpt(text, limit: limit), "\(text.debugDescription)")
            #expect(byScalar == PageContexts.characterExcerpt(text, limit: limit), "\(text.debugDescription) at \(limit)")
        }
        #expect(PageContexts.scalarExcerpt("Vienas\n\u{301}du", limit: 9) == nil, "a combining mark joins its neighbour")
        #expect(PageContexts.scalarExcerpt("Ačiū 👍🏽", limit: 9) == nil)
    }
}
