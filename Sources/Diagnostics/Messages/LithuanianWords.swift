// The Lithuanian catalogue's helpers: counted nouns, summaries, months, and libyaml's English
// problems in Lithuanian words.
extension Message {
    /// `n` with its noun in the form the Lithuanian plural rule picks: `21 klaida`, `2 klaidos`, `10 klaidų`.
    static func n(_ n: Int, _ one: String, _ few: String, _ other: String) -> String {
        "\(n) \(PluralCategory.pick(n, one, few, other))"
    }

    /// `3 klaidos 2 failuose`, `klaidų nėra`.
    static func lithuanianSummary(errors: Int, warnings: Int, files: Int) -> String {
        var parts: [String] = []
        if errors > 0 || warnings == 0 { parts.append(errors == 0 ? "klaidų nėra" : n(errors, "klaida", "klaidos", "klaidų")) }
        if warnings > 0 { parts.append(n(warnings, "įspėjimas", "įspėjimai", "įspėjimų")) }
        let head = parts.joined(separator: ", ")
        return files > 0 ? "\(head) \(n(files, "faile", "failuose", "failų"))" : head
    }

    static let lithuanianMonths = [
        "sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis", "rugsėjis", "spalis", "lapkritis",
        "gruodis",
    ]

    static func galimi(_ noun: Noun) -> String {
        switch noun {
        case .keys: "galimi nustatymai"
        case .fields: "galimi laukai"
        case .collections: "galimos kolekcijos"
        case .names: "galimi pavadinimai"
        case .values: "galimos reikšmės"
        case .files: "galimi failai"
        case .headings: "galimos antraštės"
        case .types: "galimi tipai"
        case .templates: "galimi šablonai"
        case .kinds: "galimos rūšys"
        case .datasets: "galimi duomenų rinkiniai"
        case .columns: "galimi stulpeliai"
        }
    }

    /// libyaml's English problems in the words of the catalogue; one not listed reads as a general one.
    static func yamlProblem(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "čia negali būti dvitaškio ir reikšmės"),
            ("did not find expected key", "čia turėtų būti laukas"),
            ("could not find expected ':'", "po lauko pavadinimo trūksta dvitaškio"),
            ("found character that cannot start any token", "reikšmė prasideda ženklu, kuriuo ji negali prasidėti"),
            ("found unexpected end of stream", "tekstas baigėsi netikėtai"),
            ("did not find expected node content", "trūksta reikšmės"),
            ("did not find expected '-' indicator", "trūksta sąrašo ženklo „-“"),
            ("did not find expected ',' or ']'", "trūksta „,“ arba „]“"),
            ("did not find expected ',' or '}'", "trūksta „,“ arba „}“"),
            ("block sequence entries are not allowed", "sąrašo eilutė „- …“ čia negalima"),
            ("tab", "tabuliacija čia negalima"),
            ("unknown escape", "po „\\“ eina nežinomas ženklas"),
            ("found unexpected ':'", "netikėtas dvitaškis"),
            ("control characters are not allowed", "tekste yra neleistinas valdymo simbolis"),
        ]
        return known.first { problem.contains($0.0) }?.1 ?? "šios eilutės nepavyko perskaityti"
    }

    static func yamlContext(_ context: String, line: Int) -> String {
        if context.contains("quoted scalar") { return " (kabutės atidarytos \(line) eilutėje)" }
        if context.contains("simple key") { return " (lauko pavadinimas \(line) eilutėje)" }
        if context.contains("flow") { return " (skliaustai atidaryti \(line) eilutėje)" }
        return " (nuo \(line) eilutės)"
    }
}
