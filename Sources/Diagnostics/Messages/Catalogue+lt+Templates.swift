// The Lithuanian catalogue of templates (see TemplateMessage.swift): šablonas, laukas,
// puslapis; names in „…“.
extension TemplateMessage {
    var lithuanian: String {
        switch self {
        case .unclosedPlaceholder(let text): "„\(text)“: lauko vieta atidaryta „{“, bet neuždaryta „}“"
        case .unclosedPlaceholderHint: "lauko pavadinimą rašykite riestiniuose skliaustuose, pvz., {title}"
        case .notAPlaceholder(let inner, let text): "„{\(inner)}“ (\(text)) nenurodo jokio lauko"
        case .notAPlaceholderHint: "skliaustuose rašomas lauko pavadinimas, pvz., {title} arba {coordinator.title|nenurodyta}"
        case .notAValue(let context, let found): "\(context.lithuanian): vietoj reikšmės įrašyta \(found.lithuanian)"
        case .notAValueHint: "rašykite tekstą, skaičių, lauko vietą „{laukas}“ arba objektą"
        case .placeholderAsMapping(let name, let context):
            "{\(name)} (\(context.lithuanian)) skaitoma kaip laukų grupė, o ne kaip lauko vieta"
        case .placeholderAsMappingHint(let name): "lauko vietą rašykite kabutėse: \"{\(name)}\""
        case .notAnObject(let context):
            "laukų grupė (\(context.lithuanian)) turi būti objektas su „@type“ arba nurodymas („each“, „field“, „duration“)"
        case .notAnObjectHint: "pvz., {\"@type\": Organization, name: \"{funder}\"}"
        case .mapNotMapping: "„map“ turi nurodyti įrašytas reikšmes ir tai, kuo jos virsta, pvz., {online: online}"

        case .syntaxError(let problem): "šablono klaida: " + Self.lithuanianSyntax(problem, Self.syntaxProblems, otherwise: "žymės {{…}} parašytos netaisyklingai")
        case .syntaxHint(let hint): Self.lithuanianSyntax(hint, Self.syntaxHints, otherwise: "patikrinkite šablono žymes {{…}}")
        case .renderError(let problem):
            Self.lithuanianSyntax(problem, Self.renderProblems, otherwise: "šablonai įdėti vienas į kitą per giliai")
        case .renderHint(let hint):
            Self.lithuanianSyntax(hint, Self.renderHints, otherwise: "patikrinkite, kur šablonai įtraukia vienas kitą")
        case .endlessInclusion(let name, let cycle): "šablonas „\(name)“ įtraukia pats save be galo: \(cycle.joined(separator: " → "))"
        case .endlessInclusionHint(let name):
            "įtraukite jį tik sekcijoje, kurios duomenys baigiasi, pvz., {{#children}}{{>\(name)}}{{/children}}"
        case .missingLayout(let file, let kind, let item): "trūksta šablono \(file) puslapiams „\(kind)“ (\(Self.puslapiai(kind, item)))"
        case .missingLayoutHint(let file, let similar, let hasBase):
            "sukurkite \(file); "
                + ((similar.map { ["nukopijuokite \($0) ir pritaikykite"] } ?? [])
                    + (hasBase ? ["užpildykite pagrindinio šablono dalis: {{<base}}{{$main}}…{{/main}}{{/base}}"] : [])
                    + ["tiks bet koks Mustache šablonas, pvz., <h1>{{page.title}}</h1>"]).joined(separator: " arba ")
        }
    }

    /// The pages of a page kind in Lithuanian.
    static func puslapiai(_ kind: String, _ item: String?) -> String {
        switch kind {
        case "entry": item.map { "kolekcijos „\($0)“ įrašų puslapiai" } ?? "kolekcijos įrašų puslapiai"
        case "list": item.map { "kolekcijos „\($0)“ sąrašo puslapiai" } ?? "kolekcijos sąrašo puslapiai"
        case "taxonomy": item.map { "terminų sąrašo „\($0)“ puslapis" } ?? "terminų sąrašo puslapis"
        case "term": item.map { "terminų sąrašo „\($0)“ terminų puslapiai" } ?? "terminų puslapiai"
        case "home": "pradžios puslapis"
        case "view": item.map { "rodinio „\($0)“ puslapis" } ?? "rodinio puslapis"
        case "page": "puslapiai be kolekcijos (content/*.md)"
        default: "puslapis 404"
        }
    }
}
