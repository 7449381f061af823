import Testing
import Text

@Suite struct SlugTests {
    @Test(arguments: [
        ("Šiaulių ąžuolai", "siauliu-azuolai"),
        ("Zarasų r.", "zarasu-r"),
        ("Ąą Čč Ęę Ėė Įį Šš Ųų Ūū Žž", "aa-cc-ee-ee-ii-ss-uu-uu-zz"),
        ("  Dirbtinio intelekto pagrindai!  ", "dirbtinio-intelekto-pagrindai"),
        ("Interreg Latvija–Lietuva", "interreg-latvija-lietuva"),
        ("Erasmus+ 2026", "erasmus-2026"),
        ("Øresund, Łódź, Straße", "oresund-lodz-strasse"),
        ("already-a-slug", "already-a-slug"),
        ("—", ""),
    ])
    func slugs(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }
}
