import Diagnostics
import Foundation
import Testing

/// What Hugo and Zola users reach for: `--version`, `--base-url`, `--quiet`, short flags, colour.
@Suite struct ConventionsTests {
    @Test func versionNamesTheProgramAndItsLibraries() throws {
        let output = try CLI.run(["--version"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        for (index, name) in ["zinynas", "cmark-gfm", "libyaml", "libxxhash", "Snowball libstemmer"].enumerated() {
            #expect(lines.count > index && lines[index].hasPrefix(name + " ") && lines[index].count > name.count + 1, "\(lines)")
        }
    }

    @Test func shortFlagsAndQuietBuild() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("out")
        let quiet = try CLI.run(["build", "-q", "-D", "-o", output.path, "--now", "2026-05-01"], in: site)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        let loud = try CLI.run(["build", "-o", output.path, "--now", "2026-05-01"], in: site)
        #expect(loud.stderr.contains("built "))
        // Errors are printed however quiet the build: only progress and the summary go.
        try "---\ntitle: X\n---\n[x](/nera/)\n".write(
            to: site.appendingPathComponent("content/nauja.md"), atomically: true, encoding: .utf8)
        let broken = try CLI.run(["build", "--quiet", "-o", output.path, "--now", "2026-05-01"], in: site)
        #expect(broken.status == 1 && broken.stderr.contains("content/nauja.md:4:1: error:"))
    }

    @Test func baseURLReplacesSiteYmlsAndMustBeHTTP() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("out")
        let preview = try CLI.run(["build", "--base-url", "https://perziura.example.lt", "-o", output.path, "--now", "2026-05-01"], in: site)
        #expect(preview.status == 0, "\(preview.stderr)")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://perziura.example.lt/\""))
        for bad in ["javascript:alert(1)//", "perziura.example.lt", "ftp://example.lt/"] {
            let refused = try CLI.run(["build", "--base-url", bad, "-o", output.path, "--now", "2026-05-01"], in: site)
            #expect(refused.status == 2 && refused.stderr.contains("--base-url must be an absolute http or https address"), "\(bad)")
        }
    }

    /// Colour only where asked for: the CLI turns it on for a terminal without NO_COLOR.
    @Test func coloursMarkSeverityCaretAndHintOnlyWhenOn() {
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: "a.md", line: 1, column: 1), hint: "fix it")
        let plain = DiagnosticPrinter(format: .human) { _ in "text" }.render(diagnostic)
        #expect(plain == "a.md:1:1: error: bad\n    text\n    ^\n    hint: fix it")
        let coloured = DiagnosticPrinter(format: .human, colour: true) { _ in "text" }.render(diagnostic)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m bad") && coloured.contains("\u{1B}[36mhint:\u{1B}[0m"))
        let piped = try? CLI.run(["check", "--site", CLI.fixtures.appendingPathComponent("invalid/broken-links").path], environment: ["NO_COLOR": "1"])
        #expect(piped.map { !$0.stderr.contains("\u{1B}[") } ?? false, "never colour on a pipe or with NO_COLOR")
    }
}
