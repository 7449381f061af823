import Diagnostics

/// The messages of templates with sample arguments, and each one's key name.
extension MessageSamples {
    static let templates: [TemplateMessage] = [
        .unclosedPlaceholder("{pavadinimas"),
        .unclosedPlaceholderHint,
        .notAPlaceholder(inner: "?", text: "{?}"),
        .notAPlaceholderHint,
        .notAValue(context: .contextCollection("mokymai"), found: .shapeList),
        .notAValueHint,
        .placeholderAsMapping(name: "pavadinimas", context: .contextCollection("mokymai")),
        .placeholderAsMappingHint("pavadinimas"),
        .notAnObject(.contextCollection("mokymai")),
        .notAnObjectHint,
        .mapNotMapping,
        .syntaxError("the section \"pavadinimas\" is never closed"),
        .syntaxHint("add {{/pavadinimas}} where the section ends"),
        .renderError("\"medis\" is included more than 100 levels deep (counting sections and blocks)"),
        .renderHint("templates nest at most 100 levels deep while rendering, through partials and parents too"),
        .endlessInclusion(name: "medis", cycle: ["medis", "medis"]),
        .endlessInclusionHint("medis"),
        .missingLayout(file: "layouts/_default/term.mustache", kind: "term", item: "temos"),
        .missingLayoutHint(file: "layouts/_default/term.mustache", similar: "layouts/_default/list.mustache", hasBase: true),
    ]

    static func key(_ message: TemplateMessage) -> String {
        switch message {
        case .unclosedPlaceholder: "unclosedPlaceholder"
        case .unclosedPlaceholderHint: "unclosedPlaceholderHint"
        case .notAPlaceholder: "notAPlaceholder"
        case .notAPlaceholderHint: "notAPlaceholderHint"
        case .notAValue: "notAValue"
        case .notAValueHint: "notAValueHint"
        case .placeholderAsMapping: "placeholderAsMapping"
        case .placeholderAsMappingHint: "placeholderAsMappingHint"
        case .notAnObject: "notAnObject"
        case .notAnObjectHint: "notAnObjectHint"
        case .mapNotMapping: "mapNotMapping"
        case .syntaxError: "syntaxError"
        case .syntaxHint: "syntaxHint"
        case .renderError: "renderError"
        case .renderHint: "renderHint"
        case .endlessInclusion: "endlessInclusion"
        case .endlessInclusionHint: "endlessInclusionHint"
        case .missingLayout: "missingLayout"
        case .missingLayoutHint: "missingLayoutHint"
        }
    }
}
