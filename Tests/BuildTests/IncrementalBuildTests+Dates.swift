import Foundation
import Testing

/// The build date changes only what shows it: pages and files keyed by it, timeline states.
extension IncrementalBuildTests {
    @Test func aLaterBuildTheSameDayKeepsEveryPage() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output, now: "2026-05-20T10:00")
        let second = try build(site, into: output, now: "2026-05-20T10:05")
        #expect(second.pagesRendered == 0, "pages show the date; no deadline passed")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site, now: "2026-05-20T10:05"))
    }

    @Test func aBuildTheNextDayKeepsThePagesThatDoNotShowTheDate() throws {
        // The portal's layouts show the build's date on the home page only.
        let site = try BuildFixture.copy("outputs")
        let layouts = site.appendingPathComponent("layouts")
        try FileManager.default.removeItem(at: layouts)
        try FileManager.default.copyItem(at: BuildFixture.repository.appendingPathComponent("layouts"), to: layouts)
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output, now: "2026-05-20T10:00")
        let second = try build(site, into: output, now: "2026-05-21T10:00")
        #expect(second.pagesRendered > 0, "the home page shows the date")
        #expect(second.pagesRendered < first.pagesRendered / 2, "entry and list pages do not")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site, now: "2026-05-21T10:00"))
    }

    /// The outputs fixture with the portal's layouts, and events on a timeline whose
    /// deadlines are their sessions' starts.
    static func eventsOnATimeline(countdown: Bool) throws -> URL {
        let site = try BuildFixture.copy("outputs")
        let layouts = site.appendingPathComponent("layouts")
        try FileManager.default.removeItem(at: layouts)
        try FileManager.default.copyItem(at: BuildFixture.repository.appendingPathComponent("layouts"), to: layouts)
        try edit(site, "site.yml") {
            $0.replacingOccurrences(
                of: "    date: sessions.start\n",
                with: "    date: sessions.start\n    timeline: {deadlines: sessions.start, countdown: \(countdown), labels: {planned: Netrukus, open: Vyksta, closed: Įvyko}}\n")
        }
        return site
    }

    @Test func theDaysLeftKeyPagesOnlyWhereTheyShow() throws {
        // 2026-05-20 to 21: no session starts, so only the days left change.
        var rendered: [Bool: Int] = [:]
        for countdown in [false, true] {
            let site = try Self.eventsOnATimeline(countdown: countdown)
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            _ = try build(site, into: output, now: "2026-05-20T10:00")
            rendered[countdown] = try build(site, into: output, now: "2026-05-21T10:00").pagesRendered
            #expect(try BuildFixture.tree(output) == cleanTree(of: site, now: "2026-05-21T10:00"))
        }
        #expect(rendered[false]! < rendered[true]!, "an entry that shows no countdown keeps its pages")
    }

    @Test func aLayoutShowingTheDateEverywhereRendersEveryPageTheNextDay() throws {
        let site = try BuildFixture.copy("valid")  // its base layout shows site.updated
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output, now: "2026-05-20T10:00")
        let second = try build(site, into: output, now: "2026-05-21T10:00")
        #expect(second.pagesRendered == first.pagesRendered)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site, now: "2026-05-21T10:00"))
    }

    @Test func aDeadlinePassingRendersThePagesThatShowIt() throws {
        // skaitymo-iskis closes at 2026-05-20T17:00: its page, lists and views change status.
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output, now: "2026-05-20T16:00")
        let second = try build(site, into: output, now: "2026-05-20T17:30")
        #expect(second.pagesRendered > 0 && second.pagesRendered < first.pagesRendered)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site, now: "2026-05-20T17:30"))
    }
}
