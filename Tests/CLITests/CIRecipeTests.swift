import Foundation
import Testing
import YAML

/// The CI recipes in docs/ci parse as YAML and call only commands and flags zinynas has.
@Suite struct CIRecipeTests {
    static let recipes = ["docs/ci/github-actions.yml", "docs/ci/gitlab-ci.yml"]

    /// Every scalar of a YAML tree.
    func strings(_ node: YAMLNode) -> [String] {
        switch node.kind {
        case .scalar(let text, _): return [text]
        case .sequence(let items): return items.flatMap(strings)
        case .mapping(let pairs): return pairs.flatMap { strings($0.key) + strings($0.value) }
        }
    }

    @Test(arguments: recipes)
    func callsExistingCommands(_ path: String) throws {
        let text = try String(contentsOf: CLI.repository.appendingPathComponent(path), encoding: .utf8)
        let root = try YAMLParser().parseDocument(text, file: path)
        let calls = strings(root).flatMap { $0.split(separator: "\n") }.filter { $0.contains("zinynas ") && !$0.hasPrefix("#") }
        #expect(calls.contains { $0.contains("zinynas check") })
        #expect(calls.contains { $0.contains("zinynas build") })
        for call in calls {
            let words = call.split(separator: " ").map(String.init)
            guard let index = words.firstIndex(where: { $0.hasSuffix("zinynas") }), index + 1 < words.count else { continue }
            let command = words[index + 1]
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0, "'zinynas \(command)' does not exist (\(path))")
            for flag in words[(index + 2)...] where flag.hasPrefix("--") {
                #expect(help.stdout.contains(flag), "'zinynas \(command)' has no \(flag) (\(path))")
            }
        }
    }

    @Test func githubRecipeRebuildsNightlyAndAnnotates() throws {
        let text = try String(contentsOf: CLI.repository.appendingPathComponent(Self.recipes[0]), encoding: .utf8)
        let root = try YAMLParser().parseDocument(text, file: Self.recipes[0])
        let triggers = try #require(root["on"])
        #expect(triggers["schedule"]?.items?.first?["cron"]?.text == "15 2 * * *")
        #expect(strings(root).contains { $0.contains("zinynas check --format github") })
    }
}
