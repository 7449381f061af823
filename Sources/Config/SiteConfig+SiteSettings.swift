import Diagnostics
import Text
import YAML

/// The site-wide sections of site.yml besides collections: taxonomies, the menu, `keep`.
extension SiteConfig {
    static func decodeTaxonomies(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [TaxonomySchema] {
        guard let pairs = node.pairs else {
            diagnostics.append(.error(.taxonomiesNotMapping, at: node.location))
            return []
        }
        return pairs.compactMap { pair in
            let name = pair.key.text ?? ""
            guard var r = MappingReader(pair.value, context: .contextTaxonomy(name), diagnostics: &diagnostics) else {
                return nil
            }
            let title = r.string("title", required: true) ?? name
            let path = r.outputPath("path", .folder) ?? "/\(Slug.make(name))/"
            let counts = decodeCounts(&r)
            var labels: [String: String] = [:]
            if let node = r.value("labels") {
                if let pairs = node.pairs, pairs.allSatisfy({ $0.value.text != nil }) {
                    for p in pairs { labels[p.key.text ?? ""] = p.value.text }
                } else {
                    r.error(.labelsMap, at: node)
                }
            }
            let isOpen = r.bool("open") ?? labels.isEmpty
            diagnostics += r.finish()
            var taxonomy = TaxonomySchema(
                name: name, title: title, path: path, counts: counts, labels: labels, location: pair.key.location)
            taxonomy.isOpen = isOpen
            return taxonomy
        }
    }

    static func decodeMenu(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [MenuItem] {
        guard let items = node.items else {
            diagnostics.append(.error(.menuList, at: node.location, length: node.length))
            return []
        }
        return items.compactMap { item in
            guard var r = MappingReader(item, context: .contextMenuItem, diagnostics: &diagnostics) else { return nil }
            let title = r.string("title", required: true)
            let path = r.string("path", required: true)
            diagnostics += r.finish()
            guard let title, let path else { return nil }
            return MenuItem(title: title, path: normalizedPath(path))
        }
    }

    /// `keep`: a list of globs, relative to the output folder.
    static func decodeKeep(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [String] {
        let globs = node.items?.compactMap(\.text) ?? []
        guard globs.count == node.items?.count, globs.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("/") }) else {
            diagnostics.append(
                .error(.keepList, at: node.location, hint: .keepExample))
            return SiteConfig.defaultKeep
        }
        return globs
    }
}
