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
}
