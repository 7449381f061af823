import Config
import Content
import Diagnostics
import Text

extension SiteChecks {
    /// Terms of closed taxonomies (those with `labels` and no `open: true`) that the labels do
    /// not name: a typo would otherwise make a new term page with the raw slug as its heading.
    static func unknownTerms(_ files: [ParsedFile], config: SiteConfig) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for use in files.lazy.flatMap(\.terms) {
            guard let taxonomy = config.taxonomy(use.taxonomy), !taxonomy.allows(use.term) else { continue }
            let known = taxonomy.labels.keys.sorted()
            diagnostics.append(
                .error(
                    .notATerm(term: use.term, taxonomy: taxonomy.title, name: taxonomy.name), at: use.location, length: use.length,
                    hint: .termsAre(guess: Suggestion.closest(to: use.term, in: known), terms: known, taxonomy: taxonomy.name)))
        }
        return diagnostics
    }
}
