import Diagnostics
import Text

extension SiteParser {
    /// Every URL the build will write: entries, collection and view indexes, taxonomy and term
    /// pages, co-located assets and static files.
    static func knownURLs(_ config: SiteConfig, files: [ParsedFile], source: SiteSource) -> Set<String> {
        var known: Set<String> = ["/"]
        for file in files { if let url = file.entry?.url { known.insert(url) } }
        for collection in config.collections { known.insert(collection.path) }
        for view in config.views { known.insert(view.path) }
        for taxonomy in config.taxonomies { known.insert(taxonomy.path) }
        let taxonomyPaths = Dictionary(config.taxonomies.map { ($0.name, $0.path) }, uniquingKeysWith: { a, _ in a })
        for use in files.lazy.flatMap(\.terms) {
            if let path = taxonomyPaths[use.taxonomy] { known.insert(path + use.slug + "/") }
        }
        for path in source.staticFiles { known.insert("/" + path.dropFirst("static/".count)) }
        for path in source.assets { if let url = assetURL(path, config: config) { known.insert(url) } }
        return known
    }

    /// `content/<folder>/<slug>/<file>` is published beside its entry's page.
    public static func assetURL(_ path: String, config: SiteConfig) -> String? {
        let parts = path.split(separator: "/").dropFirst().map(String.init)
        switch parts.count {
        case 1: return "/" + parts[0]
        case 3:
            guard let collection = config.collections.first(where: { $0.folder == parts[0] }) else { return nil }
            return collection.path + parts[1] + "/" + parts[2]
        default: return nil
        }
    }

    /// Broken internal links and anchors, at the link's line and column.
    static func linkDiagnostics(_ files: [ParsedFile], resolver: LinkResolver, known: Set<String>) -> [Diagnostic] {
        var headings: [String: Set<String>] = [:]
        for file in files {
            if let entry = file.entry { headings[entry.sourcePath] = Set(entry.body.headings.map(\.id)) }
        }
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let entry = file.entry else { continue }
            for link in entry.body.links {
                switch resolver.resolve(link.destination, from: entry.sourcePath) {
                case .external:
                    continue
                case .missingFile(let path):
                    diagnostics.append(
                        .error(
                            "link to '\(path)', which is not a content file", at: link.location,
                            hint: "link to an existing .md file relative to this one, or to a site path like /projektai/"))
                case .page(let url, let fragment, let target):
                    if !known.contains(url) {
                        let withSlash = url + "/"
                        let hint = known.contains(withSlash)
                            ? "write '\(withSlash)' (page addresses end with '/')"
                            : Suggestion.closest(to: url, in: known).map { "did you mean '\($0)'?" }
                                ?? "link to a page that exists, e.g. a collection path like /projektai/"
                        diagnostics.append(.error("link to a missing page '\(url)'", at: link.location, hint: hint))
                    } else if let fragment, !fragment.isEmpty, let target, let ids = headings[target], !ids.contains(fragment) {
                        let hint = Suggestion.closest(to: fragment, in: ids.sorted()).map { "did you mean '#\($0)'?" }
                            ?? (ids.isEmpty ? "the page has no headings" : "headings: " + ids.sorted().map { "#" + $0 }.joined(separator: ", "))
                        diagnostics.append(
                            .error("link to a missing heading '#\(fragment)' on \(url)", at: link.location, hint: hint))
                    }
                }
            }
        }
        return diagnostics
    }
}
