import Testing

@Suite struct RawHTMLTests {
    @Test func blocksAreEscapedByDefault() {
        #expect(render("<script>alert(1)</script>\n").html == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        #expect(
            render("<div class=\"x\">\n  <p>Vidus</p>\n</div>\n").html
                == "<p>&lt;div class=&quot;x&quot;&gt;\n  &lt;p&gt;Vidus&lt;/p&gt;\n&lt;/div&gt;</p>\n")
    }

    @Test func inlineHTMLIsEscapedByDefault() {
        #expect(
            render("Tekstas <b>paryškintas</b> <!-- pastaba -->.\n").html
                == "<p>Tekstas &lt;b&gt;paryškintas&lt;/b&gt; &lt;!-- pastaba --&gt;.</p>\n")
    }

    @Test func escapedHTMLInHeadingsKeepsTheTextForTheContents() {
        let rendered = render("## <em>Labai</em> svarbu\n")
        #expect(rendered.html == "<h2 id=\"labai-svarbu\">&lt;em&gt;Labai&lt;/em&gt; svarbu</h2>\n")
        #expect(rendered.headings.map(\.text) == ["Labai svarbu"])
    }

    @Test func unsafeHTMLPassesThrough() {
        #expect(render("<script>alert(1)</script>\n", unsafeHTML: true).html == "<script>alert(1)</script>\n")
        #expect(
            render("Tekstas <b>paryškintas</b>.\n", unsafeHTML: true).html == "<p>Tekstas <b>paryškintas</b>.</p>\n")
    }

    @Test func dangerousDestinationsAreNeutralised() {
        let rendered = render(
            "[a](javascript:alert(1)) [b](VBScript:x) [c](data:text/html;base64,AA) <javascript:alert(2)> "
                + "![d](data:image/png;base64,AA) [e](file:///etc/passwd)\n")
        #expect(
            rendered.html
                == "<p><a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">c</a> <a href=\"\">javascript:alert(2)</a> "
                + "<img src=\"data:image/png;base64,AA\" alt=\"d\" /> <a href=\"\">e</a></p>\n")
        #expect(
            rendered.links.map(\.destination) == [
                "javascript:alert(1)", "VBScript:x", "data:text/html;base64,AA", "javascript:alert(2)",
                "data:image/png;base64,AA", "file:///etc/passwd",
            ])
    }

    @Test func unsafeHTMLKeepsEveryDestination() {
        #expect(
            render("[a](javascript:alert(1))\n", unsafeHTML: true).html
                == "<p><a href=\"javascript:alert(1)\">a</a></p>\n")
    }
}
