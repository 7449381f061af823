// The English catalogue of templates (see TemplateMessage.swift).
extension TemplateMessage {
    var english: String {
        switch self {
        case .unclosedPlaceholder(let text): "'\(text)' opens a placeholder with '{' but never closes it"
        case .unclosedPlaceholderHint: "write a field name in braces, e.g. {title}"
        case .notAPlaceholder(let inner, let text): "'{\(inner)}' in '\(text)' is not a field placeholder"
        case .notAPlaceholderHint: "a placeholder names a field, e.g. {title} or {coordinator.title|nenurodyta}"
        case .notAValue(let context, let found): "\(context.english) has \(found.english) where a value belongs"
        case .notAValueHint: "write text, a number, a '{field}' placeholder or an object"
        case .placeholderAsMapping(let name, let context): "{\(name)} in \(context.english) is read as a YAML mapping, not a placeholder"
        case .placeholderAsMappingHint(let name): "put placeholders in quotes: \"{\(name)}\""
        case .notAnObject(let context):
            "a mapping in \(context.english) must be an object with '@type' or a directive ('each', 'field', 'duration')"
        case .notAnObjectHint: "e.g. {\"@type\": Organization, name: \"{funder}\"}"
        case .mapNotMapping: "'map' must map stored values to what they become, e.g. {online: online}"

        case .syntaxError(let problem): "template syntax error: \(problem)"
        case .syntaxHint(let hint): hint
        case .renderError(let problem): problem
        case .renderHint(let hint): hint
        case .endlessInclusion(let name, let cycle): "template \"\(name)\" includes itself without end: \(cycle.joined(separator: " → "))"
        case .endlessInclusionHint(let name):
            "include it only inside a section over data that ends, e.g. {{#children}}{{>\(name)}}{{/children}}"
        case .missingLayout(let file, let kind, let item): "missing layout \(file) for page kind \"\(kind)\" (\(Self.pages(kind, item)))"
        case .missingLayoutHint(let file, let similar, let hasBase):
            "create \(file); "
                + ((similar.map { ["copy \($0) and adapt it"] } ?? [])
                    + (hasBase ? ["fill the base layout's blocks: {{<base}}{{$main}}…{{/main}}{{/base}}"] : [])
                    + ["any Mustache template will do, e.g. <h1>{{page.title}}</h1>"]).joined(separator: ", or ")
        }
    }

    /// The pages of a page kind: those of `item` of site.yml when one is named.
    static func pages(_ kind: String, _ item: String?) -> String {
        switch kind {
        case "entry": "the pages of the entries of \(item ?? "a collection")"
        case "list": "the list pages of \(item ?? "a collection")"
        case "taxonomy": "the page of \(item ?? "a taxonomy")"
        case "term": "the pages of the terms of \(item ?? "a taxonomy")"
        case "home": "the home page"
        case "view": "the page of \(item ?? "a view")"
        case "page": "pages outside collections (content/*.md)"
        default: "the 404 page"
        }
    }
}
