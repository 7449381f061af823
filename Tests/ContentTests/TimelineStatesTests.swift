import Checks
import Config
import Content
import Model
import Support
import Testing

/// The states a timeline's `starts` and `registration` add (issue #21): a training whose first
/// session is past while later ones remain is running; its registration closes once its
/// deadline is past, relative to the build's date.
@Suite struct TimelineStatesTests {
    static let config = """
        title: T
        base_url: https://example.lt/
        collections:
          mokymai:
            title: Mokymai
            singular: Mokymai
            counts: {one: renginys, few: renginiai, other: renginių}
            timeline:
              deadlines: sessions.end
              starts: sessions.start
              registration: registration_deadline
              countdown: false
              labels: {planned: Planuojami, open: Artėjantys, closed: Įvykę, running: Vyksta, registration_closed: Registracija baigėsi}
            fields:
              title: string
              registration_deadline: date
              sessions:
                type: list
                of: {type: object, fields: {start: datetime, end: datetime}}

        """

    let training = """
        registration_deadline: 2026-12-01
        sessions:
          - {start: 2026-12-10T10:00, end: 2026-12-10T13:00}
          - {start: 2026-12-03T10:00, end: 2026-12-03T13:00}

        """

    func state(_ frontMatter: String, now: String, config: String = TimelineStatesTests.config) throws -> TimelineState {
        let site = try #require(validate(frontMatter, config: config).site)
        let instant = try #require(LocalDateTime(iso: Substring(now)))
        return try #require(SiteModel(site: site, now: instant).timelines[0])
    }

    func validate(_ frontMatter: String, config: String) -> CheckedSite {
        let source = SiteSource(
            config: SourceFile(path: "site.yml", bytes: Array(config.utf8)),
            content: [SourceFile(path: "content/mokymai/m.md", bytes: Array("---\ntitle: M\n\(frontMatter)---\n".utf8))])
        return SiteChecks.validate(source)
    }

    @Test func registrationIsOpenThroughItsDeadlineDayAndClosedAfter() throws {
        let lastDay = try state(training, now: "2026-12-01T23:59")
        #expect(lastDay.status == .open && !lastDay.isRunning)
        #expect(lastDay.registration?.plainText == "2026-12-01")
        #expect(!lastDay.isRegistrationClosed)
        let after = try state(training, now: "2026-12-02T00:00")
        #expect(after.status == .open, "the sessions are still ahead")
        #expect(after.isRegistrationClosed)
        #expect(!after.isRunning)
    }

    @Test func runningOnceTheFirstSessionStartsWhileLaterOnesRemain() throws {
        // The sessions are listed out of order: the first is the earliest, not the first written.
        #expect(try !state(training, now: "2026-12-03T09:59").isRunning)
        let during = try state(training, now: "2026-12-03T10:00")
        #expect(during.status == .open && during.isRunning)
        let between = try state(training, now: "2026-12-05T12:00")
        #expect(between.status == .open && between.isRunning && between.isRegistrationClosed)
        #expect(between.next?.plainText == "2026-12-10T13:00")
    }

    @Test func aClosedEntryIsNeitherRunningNorShowsItsRegistration() throws {
        let closed = try state(training, now: "2026-12-10T13:00")
        #expect(closed.status == .closed)
        #expect(!closed.isRunning && !closed.isRegistrationClosed && closed.registration == nil)
    }

    @Test func withoutTheSettingsNothingIsAdded() throws {
        let plain = Self.config
            .replacingOccurrences(of: "      starts: sessions.start\n      registration: registration_deadline\n", with: "")
            .replacingOccurrences(of: ", running: Vyksta, registration_closed: Registracija baigėsi", with: "")
        let between = try state(training, now: "2026-12-05T12:00", config: plain)
        #expect(between.status == .open && !between.isRunning && between.registration == nil)
    }

    @Test func theStatesNeedTheirLabelsAndFieldsThatExist() {
        let unlabelled = Self.config.replacingOccurrences(of: ", running: Vyksta", with: "")
        let messages = validate(training, config: unlabelled).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("missing 'running'") }, "\(messages)")
        let misspelt = Self.config.replacingOccurrences(of: "registration: registration_deadline", with: "registration: registration_dedline")
        let unknown = validate(training, config: misspelt).diagnostics
        #expect(unknown.contains { $0.message.contains("registration_dedline") && $0.severity == .error }, "\(unknown.map(\.message))")
    }
}
