/// The messages of templates: the text templates of site.yml (`{field}` placeholders), the
/// data templates of JSON-LD and calendars, and the layouts (`layouts/*.mustache`) as a set.
/// One area of `Message` (`.templates(…)`), rendered by `Catalogue+en+Templates.swift` and
/// `Catalogue+lt+Templates.swift`.
public enum TemplateMessage: Sendable, Hashable {
    // MARK: Text and data templates (site.yml)
    case unclosedPlaceholder(String)
    case unclosedPlaceholderHint
    case notAPlaceholder(inner: String, text: String)
    case notAPlaceholderHint
    case notAValue(context: Message, found: Message)
    case notAValueHint
    case placeholderAsMapping(name: String, context: Message)
    case placeholderAsMappingHint(String)
    case notAnObject(Message)
    case notAnObjectHint
    case mapNotMapping

    // MARK: Layouts
    /// A Mustache syntax error and its hint: their words come from the template parser (the
    /// `Templates` module knows no `Message`), in English; the Lithuanian catalogue reads them
    /// (`TemplateMessage.lithuanianSyntax`), as it reads libyaml's problems.
    case syntaxError(String)
    case syntaxHint(String)
    /// The renderer's problems (templates included too deep), in its English words, and hints.
    case renderError(String)
    case renderHint(String)
    case endlessInclusion(name: String, cycle: [String])
    case endlessInclusionHint(String)
    /// `kind` is a page kind (`entry`, `list`, `taxonomy`, `term`, `home`, `view`, `page`, `404`).
    case missingLayout(file: String, kind: String, item: String?)
    case missingLayoutHint(file: String, similar: String?, hasBase: Bool)
}
