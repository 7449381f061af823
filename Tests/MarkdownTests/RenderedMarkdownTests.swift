@testable import Markdown
import Testing

/// A body read back from a cache as UTF-8 bytes is the same body as the one rendered.
@Suite struct RenderedMarkdownTests {
    static let html = "<p>Panevėžio apskrities biblioteka</p>\n"
    static let text = "Panevėžio apskrities biblioteka\n"

    static func stored(html: String = html, text: String = text) -> RenderedMarkdown {
        // Slices in the middle of a larger buffer, as the parse memo keeps them.
        let buffer = Array("xx".utf8) + Array(html.utf8) + Array(text.utf8) + Array("yy".utf8)
        let htmlEnd = 2 + html.utf8.count
        return RenderedMarkdown(
            htmlUTF8: buffer[2..<htmlEnd], headings: [], links: [], plainTextUTF8: buffer[htmlEnd..<(htmlEnd + text.utf8.count)])
    }

    @Test func storedTextsDecodeToTheRenderedOnes() {
        let rendered = RenderedMarkdown(html: Self.html, headings: [], links: [], plainText: Self.text)
        let stored = Self.stored()
        #expect(stored.html == Self.html && stored.plainText == Self.text)
        #expect(stored == rendered && stored.hashValue == rendered.hashValue)
        #expect(!stored.hasNoText && Self.stored(text: "").hasNoText)
        #expect(Self.stored(text: "Kitas tekstas\n") != rendered)
        #expect(Self.stored(html: "<p>Kita</p>\n") != rendered)
    }

    @Test func settingATextReplacesTheStoredOne() {
        var stored = Self.stored()
        stored.plainText = "Naujas\n"
        #expect(stored.plainText == "Naujas\n" && stored.html == Self.html)
        stored.withUTF8 { html, text in
            #expect(Array(html) == Array(Self.html.utf8) && Array(text) == Array("Naujas\n".utf8))
        }
    }
}
