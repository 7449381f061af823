import Diagnostics
import Markdown

let file = "turinys/straipsnis.md"

/// Renders with the test file name; `prepare()` is idempotent, so every test may call it.
func render(_ text: String, firstLine: Int = 1, unsafeHTML: Bool = false) -> RenderedMarkdown {
    Markdown.prepare()
    return Markdown.render(text, file: file, firstLine: firstLine, options: MarkdownOptions(unsafeHTML: unsafeHTML))
}

func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
}
