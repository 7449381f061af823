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
                "missing layout \(file) for page kind \"\(kind.rawValue)\" (\(kind.pages(of: item?.name)))",
                at: item?.location ?? SourceLocation(file: "layouts/_default", line: 1, column: 1),
                hint: "create \(file); " + startingPoint(for: kind, present: present))
        }
    }

    /// What a new layout can start from: a layout of a similar page kind that exists, or the base layout.
    private static func startingPoint(for kind: Kind, present: Set<String>) -> String {
        let similar = kind.similar.map { "layouts/_default/\($0.rawValue).mustache" }.first(where: present.contains)
        var ways = similar.map { ["copy \($0) and adapt it"] } ?? []
        if present.contains("layouts/base.mustache") {
            ways.append("fill the base layout's blocks: {{<base}}{{$main}}…{{/main}}{{/base}}")
        }
        ways.append("any Mustache template will do, e.g. <h1>{{page.title}}</h1>")
        return ways.joined(separator: ", or ")
    }
}

extension Layouts.Kind {
    /// The pages of the kind, for messages: those of `item` of site.yml when one is named.
    func pages(of item: String?) -> String {
        switch self {
        case .entry: "the pages of the entries of \(item ?? "a collection")"
        case .list: "the list pages of \(item ?? "a collection")"
        case .taxonomy: "the page of \(item ?? "a taxonomy")"
        case .term: "the pages of the terms of \(item ?? "a taxonomy")"
        case .home: "the home page"
        case .view: "the page of \(item ?? "a view")"
        case .page: "pages outside collections (content/*.md)"
        case .notFound: "the 404 page"
        }
    }

    /// Page kinds whose layouts look most alike, most alike first.
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
