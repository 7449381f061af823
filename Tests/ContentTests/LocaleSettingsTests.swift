import Config
import Testing
import YAML

/// `time_zone` and `language` are checked where site.yml is read, so `check` finds what a
/// build would otherwise fail on, with the line and column.
@Suite struct LocaleSettingsTests {
    func decode(_ settings: String) throws -> (config: SiteConfig?, messages: [String]) {
        let text = settings + "\n" + SiteConfigTests.minimal
        let (config, diagnostics) = SiteConfig.decode(try YAMLParser().parseDocument(text, file: "site.yml"))
        return (config, diagnostics.map { "\($0.description) | \($0.hint ?? "")" })
    }

    /// IANA links are names of their zones too (`Europe/Kiev`, renamed `Europe/Kyiv` in 2022).
    @Test(arguments: ["Europe/Vilnius", "Europe/Kiev", "Europe/Kyiv", "UTC", "Etc/UTC"])
    func zonesAndTheirLinksPass(_ zone: String) throws {
        #expect(try decode("time_zone: \(zone)").config?.timeZone == zone)
    }

    /// `Europe/Vilna` is no IANA name (tzdata 2026 has no such link): an error with the nearest
    /// name by spelling, which is Vienna's.
    @Test func anUnknownNameGetsTheNearestZone() throws {
        let (config, messages) = try decode("time_zone: Europe/Vilna")
        #expect(config == nil && messages.first?.hasSuffix("did you mean 'Europe/Vienna'?") == true, "\(messages)")
    }

    @Test func aMisspelledZoneIsAnErrorWithAGuess() throws {
        let (config, messages) = try decode("time_zone: Europe/Vilnus")
        #expect(config == nil)
        #expect(messages == [
            "site.yml:1:12: error: 'time_zone' in site.yml must be an IANA time zone name; found 'Europe/Vilnus' | did you mean 'Europe/Vilnius'?"
        ])
    }

    @Test(arguments: ["lt", "en", "lt-LT", "sr-Latn", "en-GB"])
    func languageTagsPass(_ tag: String) throws {
        #expect(try decode("language: \(tag)").config?.language == tag)
    }

    @Test(arguments: ["english", "l", "lt_LT", "lt-", "Lietuvių", "lt-LT-verylongsubtag"])
    func otherLanguagesAreErrors(_ tag: String) throws {
        let (config, messages) = try decode("language: \"\(tag)\"")
        #expect(config == nil)
        #expect(messages.first?.hasPrefix("site.yml:1:11: error: 'language' in site.yml must be a language tag") == true, "\(messages)")
    }
}
