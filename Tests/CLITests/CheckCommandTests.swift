import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func cleanSiteExitsZero() throws {
        let output = try CLI.run(["check", "--site", CLI.fixtures.appendingPathComponent("valid").path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("no errors"))
    }

    @Test func worksInTheCurrentDirectory() throws {
        let output = try CLI.run(["check"], in: CLI.fixtures.appendingPathComponent("valid"))
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func contentErrorsExitOneWithEveryDiagnosticAndASummary() throws {
        let site = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        try CLI.copy(CLI.fixtures.appendingPathComponent("schema.yml"), to: site.appendingPathComponent("site.yml"))
        let folder = site.appendingPathComponent("content/bibliotekos")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "---\ntitle: A\nkind: country\n---\n".write(
            to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: B\nkind: county\nwebsite: pavb\n---\n".write(
            to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let output = try CLI.run(["check", "--site", site.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("content/bibliotekos/a.md:3:7: error: field 'kind' must be one of county, municipal (Tipas); found 'country'"))
        #expect(output.stderr.contains("    kind: country\n          ^~~~~~~\n    hint: did you mean 'county'?"))
        #expect(output.stderr.contains("content/bibliotekos/b.md:4:10: error: field 'website'"))
        #expect(output.stderr.hasSuffix("2 errors in 2 files\n"))

        let github = try CLI.run(["check", "--site", site.path, "--format", "github"])
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=content/bibliotekos/a.md,line=3,col=7::field 'kind' must be one of"))
    }

    @Test func missingSiteIsAnIOError() throws {
        let site = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = try CLI.run(["check", "--site", site.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("cannot read site.yml"))
    }

    @Test func usageErrorsExitTwo() throws {
        let output = try CLI.run(["check", "--no-such-flag"])
        #expect(output.status == 2)
        let format = try CLI.run(["check", "--format", "xml"])
        #expect(format.status == 2)
    }
}
