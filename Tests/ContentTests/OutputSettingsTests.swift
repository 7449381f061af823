import Config
import Testing
import YAML

/// `feed`, `calendar`, `jsonld`, `export`, `feeds` and `api` in site.yml: decoded, and every
/// mistake reported where it is written.
@Suite struct OutputSettingsTests {
    /// A site whose collection `mokymai` has `outputs` (its settings start on line 15).
    func decode(_ outputs: String, site: String = "", date: String? = "sessions.start") throws -> (SiteConfig?, [String]) {
        let text = """
            title: T
            base_url: https://example.lt/
            \(site)collections:
              bibliotekos:
                title: Bibliotekos
                singular: Biblioteka
                counts: {one: biblioteka, few: bibliotekos, other: bibliotekų}
                fields:
                  title: string
              mokymai:
                title: Mokymai
                singular: Mokymai
                counts: {one: renginys, few: renginiai, other: renginių}
                \(date.map { "date: \($0)" } ?? "page_size: 20")
            \(outputs.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
                fields:
                  title: string
                  hours: integer
                  host: {type: ref, collection: bibliotekos}
                  sessions:
                    type: list
                    of: {type: object, fields: {start: datetime, end: datetime}}

            """
        let (config, diagnostics) = SiteConfig.decode(try YAMLParser().parseDocument(text, file: "site.yml"))
        return (config, diagnostics.map { "\($0.description) | \($0.hint ?? "")" })
    }

    @Test func decodesEverySetting() throws {
        let (config, diagnostics) = try decode(
            """
            feed: true
            calendar: {path: /mokymai.ics, events: sessions, start: start, end: end, per_entry: true, alarm_days: 2}
            export: {csv: mokymai.csv, json: mokymai.json, sort: -title}
            jsonld:
              "@type": Course
              name: "{title}"
              workload: {duration: hours, minutes: 45}
              host: {each: host, value: {"@type": Library, name: "{title}", url: "{@url}"}}
              start: "{sessions.@first.start}"
            """, site: "feeds: {path: atom.xml, limit: 10}\napi: duomenys\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let site = try #require(config)
        #expect(site.outputs.feedPath == "/atom.xml" && site.outputs.feedLimit == 10 && site.outputs.apiPath == "/duomenys/")
        let outputs = try #require(site.collection("mokymai")?.outputs)
        #expect(outputs.feed)
        #expect(outputs.calendar?.path == "/mokymai.ics" && outputs.calendar?.perEntry == true && outputs.calendar?.alarmDays == 2)
        #expect(outputs.calendar?.summary.paths == ["title"], "the summary defaults to the title")
        #expect(outputs.export?.csv == "mokymai.csv" && outputs.export?.sortField == "title" && outputs.export?.sortDescending == true)
        guard case .object(let members)? = outputs.jsonld else { Issue.record("jsonld is not an object"); return }
        #expect(members.map(\.key) == ["@type", "name", "workload", "host", "start"])
    }

    @Test func unknownKeysSuggestTheClosest() throws {
        let (_, diagnostics) = try decode("calendar: {path: /m.ics, strat: start}\nexprot: {csv: m.csv}")
        #expect(diagnostics.contains("site.yml:15:15: error: 'calendar' of collection 'mokymai' is missing 'start' | add 'start: …' to 'calendar' of collection 'mokymai'"))
        #expect(diagnostics.contains("site.yml:15:30: error: unknown key 'strat' in 'calendar' of collection 'mokymai' | did you mean 'start'?"))
        #expect(diagnostics.contains("site.yml:16:5: error: unknown key 'exprot' in collection 'mokymai' | did you mean 'export'?"))
    }

    @Test func placeholdersMustNameFieldsInScope() throws {
        let (_, diagnostics) = try decode(
            """
            jsonld:
              "@type": Course
              name: "{titel}"
              host: {each: host, value: {"@type": Library, url: "{@url}", name: "{start}"}}
            """)
        #expect(diagnostics == [
            "site.yml:17:13: error: {titel} in 'jsonld' of collection 'mokymai' names no field here | did you mean 'title'?",
            "site.yml:18:73: error: {start} in 'jsonld' of collection 'mokymai' names no field here | "
                + "known names: @url, @slug, @description, @site.title, @site.url, title, hours, host, sessions, @value",
        ])
    }

    @Test func anUnquotedPlaceholderIsExplained() throws {
        let (_, diagnostics) = try decode("jsonld: {\"@type\": Course, name: {title}}")
        #expect(diagnostics == [
            "site.yml:15:37: error: {title} in 'jsonld' of collection 'mokymai' is read as a YAML mapping, not a placeholder | put placeholders in quotes: \"{title}\""
        ])
    }

    @Test func calendarTimesMustBeDates() throws {
        let (_, diagnostics) = try decode("calendar: {path: /m.ics, events: sessions, start: hours}")
        #expect(diagnostics == [
            "site.yml:15:55: error: 'start' of 'calendar' of collection 'mokymai' names 'hours', which is not a date or date-time field | "
        ])
    }

    @Test func feedsNeedADate() throws {
        let (config, diagnostics) = try decode("feed: true", date: nil)
        #expect(config == nil)
        #expect(diagnostics.contains("site.yml:10:3: error: collection 'mokymai' has 'feed: true' but no 'date' to order its feed by | add 'date: <field>' to collection 'mokymai', or remove 'feed'"))
    }

    @Test func theAPIAndTheSitemapClaimTheirPathsToo() throws {
        let (_, diagnostics) = try decode("feed: true\nexport: {json: mokymai.json}", site: "feeds: {path: /sitemap.xml}\napi: /mokymai/\n")
        #expect(Set(diagnostics) == [
            "site.yml:3:8: error: the site-wide feed ('feeds: path') writes /sitemap.xml, which the sitemap writes too | give one of them another path",
            "site.yml:18:13: error: the export of collection 'mokymai' writes /mokymai/mokymai.json, which the JSON API ('api') writes too | give one of them another path",
        ])
    }

    @Test func fileNamesAreCheckedAndPathsMustBeFree() throws {
        let (_, diagnostics) = try decode(
            "feed: true\ncalendar: {path: mokymai, start: sessions.start}\nexport: {csv: Registras.xlsx}",
            site: "feeds: {path: /mokymai/atom.xml}\n")
        #expect(diagnostics.sorted() == [
            "site.yml:11:3: error: the feed of collection 'mokymai' writes /mokymai/atom.xml, which the site-wide feed ('feeds: path') writes too | give one of them another path",
            "site.yml:17:22: error: 'path' in 'calendar' of collection 'mokymai' must be a file path ending in .ics | e.g. /mokymai.ics",
            "site.yml:18:19: error: 'csv' in 'export' of collection 'mokymai' must be a lowercase ASCII file name ending in .csv | e.g. csv: registras.csv",
        ])
    }
}
