import Checks
import Content
import Model
import Support
import Testing

/// Derived status of a call across the boundary days of its opening and deadlines.
@Suite struct TimelineTests {
    static let config = """
        title: T
        base_url: https://example.lt/
        collections:
          kvietimai:
            title: Kvietimai
            singular: Kvietimas
            counts: {one: kvietimas, few: kvietimai, other: kvietimų}
            timeline:
              opens: opens
              deadlines: deadlines.date
              labels: {planned: Planuojamas, open: Vyksta, closed: Pasibaigęs}
            fields:
              title: string
              opens: date
              deadlines: {type: list, of: {type: object, fields: {date: {type: date, time: optional}}}}

        """

    func state(_ frontMatter: String, now: String, config: String = TimelineTests.config) throws -> TimelineState {
        let source = SiteSource(
            config: SourceFile(path: "site.yml", bytes: Array(config.utf8)),
            content: [SourceFile(path: "content/kvietimai/k.md", bytes: Array("---\ntitle: K\n\(frontMatter)---\n".utf8))])
        let result = SiteChecks.validate(source)
        let site = try #require(result.site, "\(result.diagnostics)")
        let instant = try #require(LocalDateTime(iso: Substring(now)) ?? LocalDate(iso: Substring(now)).map { LocalDateTime(date: $0, hour: 0, minute: 0) })
        return try #require(SiteModel(site: site, now: instant).timelines[0])
    }

    let call = "opens: 2026-03-01\ndeadlines:\n  - date: 2026-04-15\n  - date: 2026-06-30\n"

    @Test func plannedUntilTheDayItOpens() throws {
        #expect(try state(call, now: "2026-02-28T23:59").status == .planned)
        #expect(try state(call, now: "2026-03-01").status == .open)
    }

    @Test func openThroughTheWholeDeadlineDay() throws {
        let lastDay = try state(call, now: "2026-04-15T23:59")
        #expect(lastDay.status == .open)
        #expect(lastDay.daysLeft == 0)
        #expect(lastDay.next?.plainText == "2026-04-15")
        let nextDay = try state(call, now: "2026-04-16")
        #expect(nextDay.status == .open, "the second stage is still ahead")
        #expect(nextDay.next?.plainText == "2026-06-30")
        #expect(nextDay.daysLeft == 75)
    }

    @Test func daysLeftAreCountedOnlyWhileOpenAndCountingDown() throws {
        #expect(try state(call, now: "2026-02-01").daysLeft == nil, "planned")
        #expect(try state(call, now: "2026-04-01").daysLeft == 14)
        let noCountdown = Self.config.replacingOccurrences(
            of: "deadlines: deadlines.date\n", with: "deadlines: deadlines.date\n      countdown: false\n")
        #expect(try state(call, now: "2026-04-01", config: noCountdown).daysLeft == nil, "no countdown")
    }

    @Test func closedAfterTheLastDeadline() throws {
        #expect(try state(call, now: "2026-06-30T12:00").status == .open)
        let closed = try state(call, now: "2026-07-01")
        #expect(closed.status == .closed)
        #expect(closed.next == nil && closed.daysLeft == nil)
    }

    @Test func aTimedDeadlinePassesAtItsMinute() throws {
        let timed = "deadlines:\n  - date: 2027-02-15T17:00\n"
        #expect(try state(timed, now: "2027-02-15T16:59").status == .open)
        #expect(try state(timed, now: "2027-02-15T17:00").status == .closed)
    }
}
