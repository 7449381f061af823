import Foundation
import Testing

/// Every command in the editors' guide (docs/redaktoriams.md) works as the guide says, run in
/// order in a scratch copy of the portal: `new` writes a file, `check` then names what is left
/// to fill in (and nothing else).
@Suite struct EditorsGuideTests {
    static func commands() throws -> [[String]] {
        let text = try String(contentsOf: CLI.repository.appendingPathComponent("docs/redaktoriams.md"), encoding: .utf8)
        var inBlock = false
        var commands: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock.toggle()
            } else if inBlock, line.hasPrefix("zinynas ") {
                commands.append(words(String(line.dropFirst("zinynas ".count))))
            }
        }
        return commands
    }

    /// Shell words: spaces split, double quotes group.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == " ", !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    @Test func everyCommandOfTheGuideDoesWhatItSays() throws {
        let commands = try Self.commands()
        #expect(commands.map(\.first) == ["new", "check"], "\(commands)")
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for part in ["site.yml", "content", "layouts", "static"] {
            try CLI.copy(CLI.repository.appendingPathComponent(part), to: site.appendingPathComponent(part))
        }
        for command in commands {
            let output = try CLI.run(command, in: site, environment: ["SOURCE_DATE_EPOCH": "1795818600"])
            switch command.first {
            case "new":
                // The guide's title names a training the sample content has: the next free name.
                #expect(output.status == 0 && output.stdout == "content/mokymai/dirbtinio-intelekto-pagrindai-2.md\n", "\(output.stderr)")
            case "check":
                let errors = output.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
                #expect(output.status == 1 && !errors.isEmpty)
                #expect(errors.allSatisfy { $0.hasSuffix(": užpildykite") }, "only what is left to fill in: \(errors)")
            default:
                Issue.record("a command the test does not know: \(command)")
            }
        }
    }
}
