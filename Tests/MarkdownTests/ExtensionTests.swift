import Testing

@Suite struct ExtensionTests {
    @Test func tables() {
        let html = render(
            """
            | Miestas | Gyventojai |
            |:--|--:|
            | Šiauliai | 100 |
            """
        ).html
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th align="left">Miestas</th>
                <th align="right">Gyventojai</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">Šiauliai</td>
                <td align="right">100</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func strikethrough() {
        #expect(render("Tai ~~sena~~ nauja.").html == "<p>Tai <del>sena</del> nauja.</p>\n")
    }

    @Test func autolinks() {
        #expect(
            render("Žr. www.lrs.lt, https://e-tar.lt/ą ir info@vu.lt.").html
                == "<p>Žr. <a href=\"http://www.lrs.lt\">www.lrs.lt</a>, "
                + "<a href=\"https://e-tar.lt/%C4%85\">https://e-tar.lt/ą</a> ir "
                + "<a href=\"mailto:info@vu.lt\">info@vu.lt</a>.</p>\n")
    }

    @Test func taskLists() {
        #expect(
            render("- [x] Padaryta\n- [ ] Liko\n").html == """
                <ul>
                <li><input type="checkbox" checked="" disabled="" /> Padaryta</li>
                <li><input type="checkbox" disabled="" /> Liko</li>
                </ul>

                """)
    }

    @Test func footnotes() {
        #expect(
            render("Teiginys[^1].\n\n[^1]: Knyga, 2020.\n").html == """
                <p>Teiginys<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>.</p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>Knyga, 2020. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
                </li>
                </ol>
                </section>

                """)
    }

    @Test func positionsAreNotEmittedAsAttributes() {
        #expect(render("# A\n\nB\n").html == "<h1 id=\"a\">A</h1>\n<p>B</p>\n")
    }

    @Test func smartPunctuationIsOff() {
        #expect(render("\"Kabutės\" -- ir...").html == "<p>&quot;Kabutės&quot; -- ir...</p>\n")
    }
}
