import Markdown
import Testing

@Suite struct ConcurrencyTests {
    /// Renders on many threads at once match the sequential ones, strikethrough and autolinks
    /// included (their parsing shares a process-wide table in cmark-gfm).
    @Test func parallelRendersMatchSequentialOnes() async {
        let documents = (0..<400).map { index in
            "# Antraštė \(index)\n\nTekstas [nuoroda](/\(index)/) ir www.lrs.lt, išnaša[^a].\n\n"
                + "| a | b |\n|---|---|\n| ~~c~~ | <b>d</b> |\n\n[^a]: Išnaša.\n"
        }
        let expected = documents.map { render($0) }
        let actual = await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, Markdown.render(document, file: file)) }
            }
            var results = expected
            for await (index, result) in group { results[index] = result }
            return results
        }
        for index in documents.indices {
            #expect(actual[index] == expected[index])
        }
    }
}
