import Checks
import Config
import Testing
import YAML

/// site.yml with `settings` at the top level, `collection` in its one collection.
enum SiteYML {
    static func decode(
        _ settings: String, baseURL: String = "https://example.lt/", collection: String = ""
    ) throws -> (SiteConfig?, [String]) {
        let text = """
            title: T
            base_url: \(baseURL)
            \(settings)collections:
              knygos:
                title: Knygos
                singular: Knyga
                counts: {one: knyga, few: knygos, other: knygų}
                \(collection)fields: {title: string}

            """
        let (config, diagnostics) = SiteConfig.decode(try YAMLParser().parseDocument(text, file: "site.yml"))
        return (config, diagnostics.map { "\($0.description) | \($0.hint ?? "")" })
    }
}

/// `base_url` starts canonical links, `og:url` and Atom ids: an absolute http(s) address only.
@Suite struct BaseURLTests {
    @Test(arguments: ["zinynas", "\"javascript:alert(1)//\"", "ftp://example.lt/", "https:///zinynas/", "/zinynas/",
        "\"https://example.lt/?a=1\"", "\"https://exa mple.lt/\"", "'https://example.lt/\"><script>'"])
    func baseURLMustBeAnAbsoluteHTTPAddress(_ url: String) throws {
        let (config, diagnostics) = try SiteYML.decode("", baseURL: url)
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:2:11: error: 'base_url' in site.yml must be an absolute http or https address of the site | e.g. base_url: https://biblioteka.lt/"
        ])
    }

    @Test(arguments: ["https://example.lt/", "http://127.0.0.1:1313/", "https://example.lt/zinynas", "HTTPS://Example.LT/a/b/"])
    func httpAddressesWithAHostAreTaken(_ url: String) throws {
        let (config, diagnostics) = try SiteYML.decode("", baseURL: url)
        #expect(diagnostics.isEmpty)
        #expect(config?.baseURL == url)
    }

    /// `serve` replaces `base_url` with its own address, past the check of site.yml.
    @Test func thePreviewsAddressReplacesIt() throws {
        let checked = SiteChecks.validate(try Fixtures.invalidSite("_base"), baseURL: "http://localhost:1313/")
        #expect(checked.site?.config.baseURL == "http://localhost:1313/")
    }
}
