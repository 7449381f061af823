import Markdown
import Testing

@Suite struct LinkTests {
    @Test func destinationsAndColumnsInCharacters() {
        let links = render("Žr. ąžuolų [sąrašą](/sarasas/) ir [kitą](https://lrs.lt \"Seimas\").\n").links
        #expect(
            links == [
                Link(destination: "/sarasas/", location: at(1, 12)),
                Link(destination: "https://lrs.lt", location: at(1, 35)),
            ])
    }

    @Test func linesAreFileLinesWhenTheBodyStartsLater() {
        let links = render("Pirma.\n\nAntra ąž [x](/x).\n", firstLine: 7).links
        #expect(links == [Link(destination: "/x", location: at(9, 10))])
    }

    @Test func imagesAreLinksAtTheirExclamationMark() {
        let links = render("Ąžuolas ![Ąžuolas](/img/azuolas.jpg) ir [![Ženklas](/z.png)](/zenklas/)\n").links
        #expect(
            links == [
                Link(destination: "/img/azuolas.jpg", location: at(1, 9)),
                Link(destination: "/zenklas/", location: at(1, 41)),
                Link(destination: "/z.png", location: at(1, 42)),
            ])
    }

    @Test func referenceLinksUseTheirDefinition() {
        let links = render("Šaltinis [Seimas][lrs], [lrs][] ir [lrs].\n\n[lrs]: https://lrs.lt\n").links
        #expect(links.map(\.destination) == ["https://lrs.lt", "https://lrs.lt", "https://lrs.lt"])
        #expect(links.map(\.location) == [at(1, 10), at(1, 25), at(1, 36)])
    }

    @Test func continuationLinesWithOtherIndentation() {
        // cmark-gfm 0.29 assumes a continuation line is indented like the first one.
        let links = render(
            """
            Pirma eilutė
               ąžuolas [a](/a)
            \tšaknys [b](/b)

            > citata
            >    ąžuolas [c](/c)

            [^1]: išnaša
                tęsinys ė [d](/d)

            - punktas
              tęsinys ų [e](/e)
            Tingi eilutė ą [f](/f)

            Nuoroda[^1].
            """
        ).links
        #expect(links.map(\.destination) == ["/a", "/b", "/c", "/e", "/f", "/d"])
        #expect(links.map(\.location) == [at(2, 12), at(3, 9), at(6, 14), at(12, 13), at(13, 16), at(9, 15)])
    }

    @Test func bareAutolinks() {
        // cmark-gfm 0.29 puts `www.` links one byte early and gives URL and e-mail links no position.
        let links = render("Žr. www.lrs.lt, https://e-tar.lt/ą ir info@vu.lt, vėl www.lrs.lt.\n").links
        #expect(
            links == [
                Link(destination: "http://www.lrs.lt", location: at(1, 5)),
                Link(destination: "https://e-tar.lt/ą", location: at(1, 17)),
                Link(destination: "mailto:info@vu.lt", location: at(1, 39)),
                Link(destination: "http://www.lrs.lt", location: at(1, 55)),
            ])
    }

    @Test func angleAutolinksAtTheirBracket() {
        #expect(render("Ž <https://vu.lt>\n").links == [Link(destination: "https://vu.lt", location: at(1, 3))])
    }

    @Test func linksAfterATitleSpanningLines() {
        // cmark-gfm 0.29 does not count the line break inside the title.
        let links = render("[a](/a \"pa\nvadinimas\") ą [b](/b)\n").links
        #expect(links.map(\.location) == [at(1, 1), at(2, 15)])
    }

    @Test func linksInTablesAndHeadings() {
        let links = render("## Ąžuolai [čia](/cia)\n\n| ą | ž |\n|---|---|\n| ąžuolas | x [b](/b) |\n").links
        #expect(links == [Link(destination: "/cia", location: at(1, 12)), Link(destination: "/b", location: at(5, 15))])
    }

    @Test func windowsLineBreaks() {
        let links = render("Pirma ą [a](/a)\r\n   antra ž [b](/b)\r\n\r\n## Ž [c](/c)\r\n").links
        #expect(links.map(\.location) == [at(1, 9), at(2, 12), at(4, 6)])
    }

    @Test func columnsCountUserPerceivedCharacters() {
        // `A` + two combining marks and a family emoji are one character each, as in editors.
        let links = render("A\u{0328}\u{0301} [a](/a) 👩‍👩‍👧 [b](/b)\n").links
        #expect(links.map(\.location) == [at(1, 3), at(1, 13)])
    }

    @Test func linksInNestedContainers() {
        let links = render("  > - sąrašas [a](/a)\n  >   ąą [b](/b)\n").links
        #expect(links.map(\.location) == [at(1, 15), at(2, 10)])
    }
}
