import Config
import Diagnostics

/// The default layouts every site needs, one per page kind, and what a missing one says.
extension Layouts {
    /// One error per page kind without `layouts/_default/<kind>.mustache`, naming the pages
    /// that need it and placed at the first item of site.yml that makes such pages without a
    /// layout of its own (a collection, taxonomy or view), else at the layouts folder.
    static func missingDefaults(present: Set<String>, config: SiteConfig?) -> [Diagnostic] {
        Kind.allCases.compactMap { kind in
            let file = "layouts/_default/\(kind.rawValue).mustache"
            guard !present.contains(file) else { return nil }
            let item = kind.firstItem(in: config) { present.contains("layouts/\($0)/\(kind.rawValue).mustache") }
            return .error(
                .templates(.missingLayout(file: file, kind: kind.rawValue, item: item?.name)),
                at: item?.location ?? SourceLocation(file: "layouts/_default", line: 1, column: 1),
                hint: .templates(
                    .missingLayoutHint(
                        file: file, similar: kind.similar.map { "layouts/_default/\($0.rawValue).mustache" }.first(where: present.contains),
                        hasBase: present.contains("layouts/base.mustache"))))
        }
    }
}

extension Layouts.Kind {
    /// Page kinds whose layouts look most alike (the catalogue says the pages of each kind:
    /// `TemplateMessage.missingLayout`), most alike first.
    var similar: [Self] {
        switch self {
        case .entry: [.page, .list]
        case .list: [.view, .term, .taxonomy]
        case .taxonomy: [.list, .term]
        case .term: [.list, .view]
        case .home: [.page, .list]
        case .view: [.list, .term]
        case .page, .notFound: [.entry, .home]
        }
    }

    /// The first collection, taxonomy or view of site.yml that makes pages of the kind and
    /// has no layout of its own (`hasOwn` is given its layout folder's name).
    func firstItem(in config: SiteConfig?, hasOwn: (String) -> Bool) -> (name: String, location: SourceLocation)? {
        guard let config else { return nil }
        switch self {
        case .entry, .list:
            return config.collections.first { !hasOwn($0.name) }.map { ("collection \"\($0.name)\"", $0.location) }
        case .taxonomy, .term:
            return config.taxonomies.first.map { ("taxonomy \"\($0.name)\"", $0.location) }
        case .view:
            return config.views.first { !hasOwn($0.collection) }.map { ("view \"\($0.name)\"", $0.location) }
        case .home, .page, .notFound:
            return nil
        }
    }
}
