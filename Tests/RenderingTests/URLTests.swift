@testable import Rendering
import Testing

@Suite struct URLTests {
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
}
