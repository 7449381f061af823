import Foundation
import Markdown
import Testing

@Suite struct PlainTextTests {
    @Test func textWithoutMarkupOneLinePerBlock() {
        let rendered = render(
            """
            # Šiaulių *ąžuolai*

            Ąžuolai auga **ilgai** ir
            [plačiai](/placiai/), žr. `kodas` ir ![paveikslą](/p.png).\\
            Nauja eilutė.

            - Pirmas
            - Antras

            > Citata.

            ```swift
            let x = 1
            ```

            | Miestas | Gyventojai |
            |---|---|
            | Šiauliai | 100 |

            <div class="x">
              <p>Vidus</p>
            </div>

            Tekstas <b>raw</b> su išnaša[^1].

            ---

            [^1]: Išnašos tekstas.
            """)
        #expect(
            rendered.plainText == """
                Šiaulių ąžuolai.
                Ąžuolai auga ilgai ir plačiai, žr. kodas ir paveikslą.
                Nauja eilutė.
                Pirmas
                Antras
                Citata.
                let x = 1
                Miestas\tGyventojai
                Šiauliai\t100
                Vidus
                Tekstas raw su išnaša.
                Išnašos tekstas.
                """)
    }

    @Test func emptyDocument() {
        let rendered = render("")
        #expect(rendered == RenderedMarkdown(html: "", headings: [], links: [], plainText: ""))
    }
}

/// A heading ends a sentence in the plain text, so an excerpt never runs it into the paragraph.
@Suite struct HeadingSentenceTests {
    @Test(arguments: [("## Programa\n\nPirma dalis.", "Programa.\nPirma dalis."), ("## Kas?\n\nTaip.", "Kas?\nTaip."), ("# Pastaba:\n\nX", "Pastaba:\nX")])
    func aHeadingEndsWithAFullStopUnlessItHasOne(_ markdown: String, _ plain: String) {
        #expect(Markdown.render(markdown, file: "a.md").plainText.trimmingCharacters(in: .newlines) == plain)
    }
}
