import Markdown
import Testing

@Suite struct HeadingTests {
    @Test func idsAreASCIISlugsOfLithuanianText() {
        let rendered = render("# Šiaulių ąžuolai\n")
        #expect(rendered.html == "<h1 id=\"siauliu-azuolai\">Šiaulių ąžuolai</h1>\n")
        #expect(rendered.headings.map(\.id) == ["siauliu-azuolai"])
    }

    @Test func duplicateIdsGetNumberedSuffixes() {
        let rendered = render(
            """
            ## Rezultatai

            ## Rezultatai 1

            ## Rezultatai

            ### Rezultatai
            """)
        #expect(rendered.headings.map(\.id) == ["rezultatai", "rezultatai-1", "rezultatai-2", "rezultatai-3"])
        #expect(
            rendered.html == """
                <h2 id="rezultatai">Rezultatai</h2>
                <h2 id="rezultatai-1">Rezultatai 1</h2>
                <h2 id="rezultatai-2">Rezultatai</h2>
                <h3 id="rezultatai-3">Rezultatai</h3>

                """)
    }

    @Test func headingsWithoutLettersGetAFallbackId() {
        #expect(render("## —\n\n## ?!\n").headings.map(\.id) == ["skyrius", "skyrius-1"])
    }

    @Test func idsDoNotCollideWithFootnoteIds() {
        let rendered = render(
            """
            ## Fn pastaba

            ## Fnref pastaba 2

            Tekstas[^pastaba] ir vėl[^pastaba].

            [^pastaba]: Išnaša.
            """)
        #expect(rendered.headings.map(\.id) == ["fn-pastaba-1", "fnref-pastaba-2-1"])
        #expect(rendered.html.contains("<li id=\"fn-pastaba\">"))
        #expect(rendered.html.contains("id=\"fnref-pastaba-2\""))
    }

    @Test func tableOfContentsHasLevelsTextsAndLocations() {
        let rendered = render(
            """
            # Įvadas

            Tekstas.

            ## Kaip *įdiegti* `zinynas`

            > ### Citata su [nuoroda](/kur/)

            Ilga antraštė
            per dvi eilutes
            ---------------
            """,
            firstLine: 4)
        #expect(
            rendered.headings == [
                Heading(level: 1, text: "Įvadas", id: "ivadas", location: at(4, 1)),
                Heading(level: 2, text: "Kaip įdiegti zinynas", id: "kaip-idiegti-zinynas", location: at(8, 1)),
                Heading(level: 3, text: "Citata su nuoroda", id: "citata-su-nuoroda", location: at(10, 3)),
                Heading(
                    level: 2, text: "Ilga antraštė per dvi eilutes", id: "ilga-antraste-per-dvi-eilutes",
                    location: at(12, 1)),
            ])
        #expect(
            rendered.html.contains(
                "<h2 id=\"kaip-idiegti-zinynas\">Kaip <em>įdiegti</em> <code>zinynas</code></h2>\n"))
        #expect(
            rendered.html.contains(
                "<h2 id=\"ilga-antraste-per-dvi-eilutes\">Ilga antraštė\nper dvi eilutes</h2>\n"))
    }

    @Test func idsInsideContainersKeepCmarksMarkup() {
        #expect(
            render("> ### Citata\n\n- ## Punktas\n- b\n").html == """
                <blockquote>
                <h3 id="citata">Citata</h3>
                </blockquote>
                <ul>
                <li>
                <h2 id="punktas">Punktas</h2>
                </li>
                <li>b</li>
                </ul>

                """)
    }

    @Test func headingsInContainersStartAfterTheMarkers() {
        #expect(render("- ąžuolas\n\n  ## Šaknys\n").headings.first?.location == at(3, 3))
        #expect(render("> ą\n>\n> # Ž\n").headings.first?.location == at(3, 3))
    }
}
