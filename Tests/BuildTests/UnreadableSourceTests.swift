import Build
import Diagnostics
import Foundation
import Support
import Testing

/// Anything under the site's sources that cannot be read stops the build (exit 2) with its
/// path; nothing is skipped. Tests run as root, which `chmod 000` does not stop: where the
/// file can still be read, `PlainFiles.deny` makes it read as EACCES does for anyone else.
@Suite struct UnreadableSourceTests {
    @Test(arguments: [
        ("content/projektai", "cannot read the folder content/projektai: Permission denied"),
        ("content/projektai/skaitymo-iskis", "cannot read the folder content/projektai/skaitymo-iskis: Permission denied"),
        ("layouts/_default", "cannot read the folder layouts/_default: Permission denied"),
        ("static/css", "cannot read the folder static/css: Permission denied"),
        ("content/bibliotekos/pavb.md", "cannot read content/bibliotekos/pavb.md: Permission denied"),
        ("static/css/site.css", "cannot read static/css/site.css: Permission denied"),
    ])
    func anUnreadableSourceStopsTheBuild(_ path: String, _ message: String) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try BuildFixture.build(site, into: output)
        let before = try BuildFixture.tree(output)
        let unreadable = site.appendingPathComponent(path).path
        chmod(unreadable, 0)
        defer { chmod(unreadable, 0o755) }
        if access(unreadable, R_OK) == 0 { PlainFiles.deny(unreadable) }
        let error = #expect(throws: DiagnosticsError.self) { try BuildFixture.build(site, into: output) }
        #expect(error?.diagnostics.map(\.message) == [message])
        #expect(try BuildFixture.tree(output) == before, "the last site stays")
    }
}
