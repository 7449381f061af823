import Diagnostics
import Foundation
import Testing

/// What Hugo and Zola users reach for: `--version`, `--base-url`, `--quiet`, short flags, colour.
@Suite struct ConventionsTests {
    @Test func versionNamesTheProgramAndItsLibraries() throws {
        let output = try CLI.run(["--version"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        for (index, name) in ["zinynas", "cmark-gfm", "libyaml", "libxxhash", "Snowball lithuanian"].enumerated() {
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

/// `serve` on a busy port says so at once; Ctrl+C stops it and removes its scratch folder.
@Suite(.serialized) struct ServeCommandTests {
    @Test func aBusyPortIsOneSentenceAndExitTwo() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        listen(listener, 1)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let port = UInt16(bigEndian: address.sin_port)
        let output = try CLI.run(["serve", "--site", CLI.fixtures.appendingPathComponent("valid").path, "-p", "\(port)"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: port \(port) is already in use by another program; choose another with --port, e.g. --port \(port + 1)\n")
    }

    @Test func ctrlCStopsTheServerAndRemovesItsFolder() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--site", CLI.fixtures.appendingPathComponent("valid").path, "-p", "0", "--now", "2026-05-01"]
        process.environment = ProcessInfo.processInfo.environment.merging(["ZINYNAS_LANG": "en"]) { $1 }
        let err = Pipe()
        process.standardError = err
        try process.run()
        var log = ""
        let deadline = Date().addingTimeInterval(30)
        while !log.contains("serving "), Date() < deadline {
            log += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(log.contains("serving "), "\(log)")
        let scratch = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("zinynas-serve-\(process.processIdentifier)-") }
        #expect(scratch.count == 1)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // The folder goes in a process of its own, so the server need not wait for it.
        let gone = Date().addingTimeInterval(10)
        while FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "/" + scratch[0]), Date() < gone { usleep(20_000) }
        #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "/" + scratch[0]))
    }
}

/// `zinynas` is one file: copied alone to another folder, it builds a site with search.
@Suite struct SelfContainedTests {
    @Test func theProgramAloneBuildsASiteWithSearch() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let alone = scratch.appendingPathComponent("bin/zinynas")
        try FileManager.default.createDirectory(at: alone.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.executable, to: alone)
        let process = Process()
        process.executableURL = alone
        let output = scratch.appendingPathComponent("out")
        process.arguments = [
            "build", "--site", CLI.repository.path, "-o", output.path,
            "--cache-dir", scratch.appendingPathComponent("cache").path, "--now", "2026-11-28", "-q",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let scripts = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("paieska").path)
            .filter { $0.hasPrefix("paieska-") && $0.hasSuffix(".js") }
        #expect(scripts.count == 1)
        let client = try String(contentsOf: output.appendingPathComponent("paieska/" + (scripts.first ?? "")), encoding: .utf8)
        // The served client is the stemmer and the client's modules without their imports,
        // comment lines and indentation (SearchIndex.client): every code line of the sources,
        // in order, is in it.
        for file in ["lithuanian", "indeksas", "rezultatai", "paieska"] {
            let source = try String(
                contentsOf: CLI.repository.appendingPathComponent("Sources/Search/Client/\(file).js"), encoding: .utf8)
            let code = source.split(separator: "\n").filter { line in
                let trimmed = line.drop { $0 == " " }
                return !["//", "/*", "*", "import ", "export function stem("].contains { trimmed.hasPrefix($0) }
            }
            var rest = client[...]
            for line in code {
                guard let found = rest.range(of: line.drop { $0 == " " } + "\n") else {
                    Issue.record("\(file).js: \(line) is not in the client compiled in")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
    }
}
