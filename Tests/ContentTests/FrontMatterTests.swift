@testable import Content
import Testing

/// Splitting a content file at its `---` lines, with the line each part starts at.
@Suite struct FrontMatterTests {
    @Test(arguments: [
        ("---\ntitle: A\n---\nTekstas.\n", "title: A", 2, "Tekstas.\n", 4),
        ("---\ntitle: A\nb: 1\n---\n", "title: A\nb: 1", 2, "", 5),
        ("---\n---\n# Antraštė", "", 2, "# Antraštė", 3),
        ("---  \ntitle: Ą\n... \n\nŽodis\n---\n", "title: Ą", 2, "\nŽodis\n---\n", 4),
        ("---\ntitle: A\n---", "title: A", 2, "", 4),
        ("---\n...\n", "", 2, "", 3),
    ])
    func splitsAtTheFences(_ test: (text: String, yaml: String, yamlLine: Int, body: String, bodyLine: Int)) throws {
        let parts = try FrontMatter.split(test.text, path: "content/a.md").get()
        #expect(parts == FrontMatter(yaml: test.yaml, yamlFirstLine: test.yamlLine, body: test.body, bodyFirstLine: test.bodyLine))
    }

    @Test(arguments: [
        ("title: A\n---\n", "missing front matter"), ("", "missing front matter"), ("--- x\n---\n", "missing front matter"),
        ("---\ntitle: A\n", "front matter is not closed"), ("---", "front matter is not closed"),
        ("---\n", "front matter is not closed"),
    ])
    func reportsWhatIsMissing(_ test: (text: String, message: String)) {
        guard case .failure(let diagnostic) = FrontMatter.split(test.text, path: "content/a.md") else {
            Issue.record("\(test.text) split")
            return
        }
        #expect(diagnostic.message.hasPrefix(test.message))
        #expect(diagnostic.location?.line == 1)
    }
}
