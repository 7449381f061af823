import Testing
import Text
import YAML

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

    /// Latin letters come from a table made by the rules of any other text: every one of
    /// them gives what decomposing the text gives (an arrow, past the table, forces that).
    @Test func theLatinTableAgreesWithDecomposition() {
        for value in UInt32(0x80)..<0x180 {
            let letter = String(Character(Unicode.Scalar(value)!))
            let text = "a\(letter)b \(letter.uppercased())"
            #expect(Slug.make(text) == Slug.make(text + " →"), "U+\(String(value, radix: 16))")
        }
        #expect(Slug.make("Kirčiuota e\u{301} →") == "kirciuota-e")
    }
}
