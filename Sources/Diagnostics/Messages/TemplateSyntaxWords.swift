// The Mustache parser's English problems and hints in the Lithuanian catalogue's words: each
// pattern with what it becomes, its captures (names, tags, numbers) kept as written.
extension TemplateMessage {
    typealias Phrase = (pattern: Regex<AnyRegexOutput>, lithuanian: ([Substring]) -> String)

    static func phrase(_ pattern: String, _ lithuanian: @escaping ([Substring]) -> String) -> Phrase {
        // The patterns are literals of this file: a bad one is a programming error.
        (try! Regex(pattern), lithuanian)
    }

    nonisolated(unsafe) static let syntaxProblems: [Phrase] = [
        phrase(#"^a tag is not closed with (.+)$"#) { "žymė neuždaryta ženklais „\($0[0])“" },
        phrase(#"^a tag without a name$"#) { _ in "žymė be pavadinimo" },
        phrase(#"^the tag name "(.+)" contains a space$"#) { "žymės pavadinime „\($0[0])“ yra tarpas" },
        phrase(#"^invalid set-delimiter tag$"#) { _ in "netaisyklinga skirtukų keitimo žymė" },
        phrase(#"^sections, parents and blocks nest more than (\d+) levels deep$"#) {
            "sekcijos, tėviniai šablonai ir blokai įdėti vienas į kitą giliau nei \($0[0]) lygių"
        },
        phrase(#"^\{\{/(.+)\}\} closes no open section$"#) { "„{{/\($0[0])}}“ neuždaro jokios atviros sekcijos" },
        phrase(#"^\{\{/(.+)\}\} closes the section "(.+)" opened at line (\d+)$"#) {
            "„{{/\($0[0])}}“ uždaro sekciją „\($0[1])“, atidarytą \($0[2]) eilutėje"
        },
        phrase(#"^the section "(.+)" is never closed$"#) { "sekcija „\($0[0])“ neuždaryta" },
    ]

    nonisolated(unsafe) static let syntaxHints: [Phrase] = [
        phrase(#"^close the tag on the same template, e\.g\. (.+)$"#) { "uždarykite žymę tame pačiame šablone, pvz., \($0[0])" },
        phrase(#"^write the value's name inside the braces, e\.g\. (.+)$"#) {
            "skliaustuose įrašykite reikšmės pavadinimą, pvz., \($0[0])"
        },
        phrase(#"^names are single words joined by dots, e\.g\. (.+)$"#) {
            "pavadinimai – vientisi žodžiai, sujungti taškais, pvz., \($0[0])"
        },
        phrase(#"^write two delimiters separated by a space, e\.g\. (.+)$"#) {
            "įrašykite du skirtukus, atskirtus tarpu, pvz., \($0[0])"
        },
        phrase(#"^close some before opening more, or move the inner part to a partial of its own$"#) { _ in
            "uždarykite kai kurias prieš atidarydami naujas arba perkelkite vidinę dalį į atskirą dalinį šabloną"
        },
        phrase(#"^remove it, or open the section with (.+)$"#) { "pašalinkite ją arba atidarykite sekciją žyme \($0[0])" },
        phrase(#"^close every section with its own name: (.+)$"#) { "kiekvieną sekciją uždarykite jos pačios pavadinimu: \($0[0])" },
        phrase(#"^add (.+) where the section ends$"#) { "įrašykite \($0[0]) ten, kur sekcija baigiasi" },
    ]

    /// The renderer's (Sources/Templates/Template+Render.swift).
    nonisolated(unsafe) static let renderProblems: [Phrase] = [
        phrase(#"^"(.+)" is included more than (\d+) levels deep \(counting sections and blocks\)$"#) {
            "šablonas „\($0[0])“ įtrauktas giliau nei \($0[1]) lygių (skaičiuojant sekcijas ir blokus)"
        },
        phrase(#"^sections, blocks, partials and parents are open more than (\d+) levels deep$"#) {
            "sekcijos, blokai, daliniai ir tėviniai šablonai atverti vienas kitame giliau nei \($0[0]) lygių"
        },
    ]

    nonisolated(unsafe) static let renderHints: [Phrase] = [
        phrase(#"^a template may include itself only inside a section over data that ends, e\.g\. (.+)$"#) {
            "šablonas gali įtraukti pats save tik sekcijoje per duomenis, kurie kur nors baigiasi, pvz., \($0[0])"
        },
        phrase(#"^templates nest at most (\d+) levels deep while rendering, through partials and parents too$"#) {
            "kuriant puslapį šablonai gali būti įdėti vienas į kitą ne giliau nei \($0[0]) lygių, skaičiuojant ir dalinius bei tėvinius"
        },
    ]

    /// `text` in Lithuanian by the first phrase whose pattern matches it whole, else `otherwise`.
    static func lithuanianSyntax(_ text: String, _ phrases: [Phrase], otherwise: String) -> String {
        for phrase in phrases {
            if let match = text.wholeMatch(of: phrase.pattern) {
                return phrase.lithuanian(match.output.dropFirst().map { $0.substring ?? "" })
            }
        }
        return otherwise
    }
}
