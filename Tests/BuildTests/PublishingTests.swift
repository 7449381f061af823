import Build
import Checks
import Content
import Foundation
import Testing

@Suite struct PublishingTests {
    func site(draft: Bool = true) throws -> URL {
        let site = try BuildFixture.copy("valid")
        let apie = site.appendingPathComponent("content/apie.md")
        try "---\ntitle: Apie\ndraft: \(draft)\n---\nJuodraštis.\n".write(to: apie, atomically: true, encoding: .utf8)
        let scheduled = site.appendingPathComponent("content/bibliotekos/deichmanske.md")
        let text = try String(contentsOf: scheduled, encoding: .utf8)
        try text.replacingOccurrences(of: "country: NO\n", with: "country: NO\npublish_date: 2026-05-02\n")
            .write(to: scheduled, atomically: true, encoding: .utf8)
        return site
    }

    func pages(_ site: URL, now: String, drafts: Bool = false, future: Bool = false) throws -> [String: Data] {
        let output = site.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString)")
        let report = try SiteBuilder(options: .init(siteFolder: site, output: output, now: now, drafts: drafts, future: future)).run()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return try BuildFixture.tree(output)
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try site()
        #expect(try pages(site, now: "2026-05-03")["apie/index.html"] == nil)
        #expect(try pages(site, now: "2026-05-03", drafts: true)["apie/index.html"] != nil)
    }

    @Test func scheduledEntriesAppearOnTheirPublishDate() throws {
        let site = try site()
        let before = try pages(site, now: "2026-05-01T23:59")
        #expect(before["bibliotekos/deichmanske/index.html"] == nil)
        let list = String(decoding: before["bibliotekos/index.html"]!, as: UTF8.self)
        #expect(!list.contains("Deichman"), "left out of indexes too")
        #expect(list.contains("<p>1 biblioteka</p>"))
        #expect(try pages(site, now: "2026-05-02")["bibliotekos/deichmanske/index.html"] != nil)
        #expect(try pages(site, now: "2026-05-01", future: true)["bibliotekos/deichmanske/index.html"] != nil)
    }

    @Test func draftMustBeABoolean() throws {
        let site = try BuildFixture.copy("valid")
        try "---\ntitle: Apie\ndraft: taip\n---\n".write(
            to: site.appendingPathComponent("content/apie.md"), atomically: true, encoding: .utf8)
        let result = SiteChecks.validate(try SiteSource.read(siteFolder: site))
        #expect(result.diagnostics.map(\.description) == [
            "content/apie.md:3:8: error: field 'draft' must be true or false (Juodraštis); found 'taip'"
        ])
    }
}

@Suite struct GitDateTests {
    func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "-c", "user.name=Test", "-c", "user.email=t@example.lt"] + arguments
        var environment = ProcessInfo.processInfo.environment
        if let date { environment["GIT_AUTHOR_DATE"] = date; environment["GIT_COMMITTER_DATE"] = date }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments) failed")
    }

    func updated(_ site: URL) throws -> [String: String] {
        let result = SiteChecks.validate(try SiteSource.read(siteFolder: site))
        let entries = try #require(result.site?.entries)
        return Dictionary(uniqueKeysWithValues: entries.compactMap { e in e.updated.map { (e.sourcePath, $0.description) } })
    }

    @Test func lastCommitDatesInTheSitesTimeZone() throws {
        let site = try BuildFixture.copy("valid")
        #expect(try updated(site).isEmpty, "outside a repository there are no dates")
        try git(["init", "-q"], in: site)
        try git(["add", "."], in: site)
        try git(["commit", "-q", "-m", "first"], in: site, date: "2026-03-04T23:30:00+00:00")
        let pavb = site.appendingPathComponent("content/bibliotekos/pavb.md")
        try (String(contentsOf: pavb, encoding: .utf8) + "\nDaugiau.\n").write(to: pavb, atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-am", "second"], in: site, date: "2026-04-10T08:00:00+00:00")
        let dates = try updated(site)
        #expect(dates["content/bibliotekos/pavb.md"] == "2026-04-10")
        #expect(dates["content/apie.md"] == "2026-03-05", "23:30 UTC is already the next day in Vilnius")
        #expect(dates.count == 5)
    }
}
