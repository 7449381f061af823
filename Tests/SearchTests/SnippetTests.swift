@testable import Search
import Testing

@Suite struct SnippetTests {
    @Test func whitespaceRunsOfEveryKindBecomeOneSpace() {
        #expect(SearchCorpus.snippet(of: "  Vaikų\t\tskaitymo\r\nvasara\u{00A0}\u{2003}Panevėžyje ", limit: 200)
            == "Vaikų skaitymo vasara Panevėžyje")
    }

    @Test func aLongTextIsCutAtASpaceWithinTheLimit() {
        #expect(SearchCorpus.snippet(of: "Bibliotekų\ntinklo  plėtra regione", limit: 20) == "Bibliotekų tinklo …")
        #expect(SearchCorpus.snippet(of: "Bibliotekų tinklo", limit: 17) == "Bibliotekų tinklo", "exactly the limit is not cut")
    }

    @Test func otherControlCharactersAreNotSpaces() {
        #expect(SearchCorpus.snippet(of: "a\u{1F}b", limit: 10) == "a\u{1F}b")
    }
}
