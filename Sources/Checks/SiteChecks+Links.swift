import Config
import Content
import Diagnostics
import Support
import Text

extension SiteChecks {
    /// What the link checks read: what the checks across files read (`crossKey`: site.yml,
    /// each file's place and front matter, which hold its URL and terms, the static files and
    /// assets), and each file's link destinations and heading ids, in order.
    static func linkCheckKey(_ files: [ParsedFile], crossKey: String) -> String {
        var hasher = Fingerprint()
        hasher.combine("link-checks 3")
        hasher.combine(crossKey)
        for file in files {
            let body = file.entry?.body
            hasher.combine(word: UInt64(body?.links.count ?? 0))
            for link in body?.links ?? [] { hasher.combine(link.destination) }
            hasher.combine(word: UInt64(body?.headings.count ?? 0))
            for heading in body?.headings ?? [] { hasher.combine(heading.id) }
        }
        return hasher.hexDigest
    }

    /// Every URL the build will write: entries, collection and view indexes, taxonomy and term
    /// pages, co-located assets and static files.
    static func knownURLs(_ config: SiteConfig, files: [ParsedFile], source: SiteSource) -> Set<String> {
        var known: Set<String> = ["/"]
        known.reserveCapacity(files.count + source.staticFiles.count + source.assets.count + 1024)  // no rehashing as it grows
        for file in files { if let url = file.entry?.url { known.insert(url) } }
        for collection in config.collections { known.insert(collection.path) }
        for view in config.views { known.insert(view.path) }
        for taxonomy in config.taxonomies { known.insert(taxonomy.path) }
        // Distinct slugs first: a term is used by many files, and each URL is a new string.
        var slugs: [String: Set<String>] = [:]
        for use in files.lazy.flatMap(\.terms) { slugs[use.taxonomy, default: []].insert(use.slug) }
        for taxonomy in config.taxonomies {
            for slug in slugs[taxonomy.name] ?? [] { known.insert(taxonomy.path + slug + "/") }
        }
        for path in source.staticFiles { known.insert("/" + path.dropFirst("static/".count)) }
        for path in source.assets { if let url = SiteParser.assetURL(path, config: config) { known.insert(url) } }
        return known
    }

    /// Broken internal links and anchors, at the link's line and column; files are checked
    /// on all cores, their diagnostics kept in file order.
    /// `linked`: the URLs of symbolic links (never followed), named as such.
    static func linkDiagnostics(
        _ files: [ParsedFile], resolver: LinkResolver, known: Set<String>, linked: [String: String] = [:]
    ) -> [Diagnostic] {
        let entryBySource = Dictionary(
            files.indices.compactMap { index in files[index].entry.map { ($0.sourcePath, index) } }, uniquingKeysWith: { a, _ in a })
        return files.parallelMap { file -> [Diagnostic] in
            guard let entry = file.entry, !entry.body.links.isEmpty else { return [] }
            var diagnostics: [Diagnostic] = []
            for link in entry.body.links {
                switch resolver.resolve(link.destination, from: entry.sourcePath) {
                case .external:
                    continue
                case .missingFile(let path):
                    diagnostics.append(
                        .error(.linkNotContent(path), at: link.location, hint: .linkNotContentHint))
                case .page(let url, let fragment, let target):
                    if !known.contains(url), let symlink = linked[url] {
                        diagnostics.append(
                            .error(.linkToSymlink(url: url, symlink: symlink), at: link.location, hint: .copyFileHint))
                    } else if !known.contains(url), let diagnostic = missingBundleFile(link.destination, at: link.location, url: url, entry: entry, known: known) {
                        diagnostics.append(diagnostic)
                    } else if !known.contains(url) {
                        let withSlash = url + "/"
                        // Sorted: ties between suggestions must not follow a set's hash order.
                        let hint = known.contains(withSlash)
                            ? .addSlash(withSlash)
                            : Suggestion.closest(to: url, in: known.sorted()).map(Message.didYouMean) ?? .linkExistingPage
                        diagnostics.append(.error(.linkMissingPage(url), at: link.location, hint: hint))
                    } else if let fragment, !fragment.isEmpty, let target, let index = entryBySource[target],
                        let headings = files[index].entry?.body.headings, !headings.contains(where: { $0.id == fragment })
                    {
                        let ids = Set(headings.map(\.id)).sorted()
                        let hint = Suggestion.closest(to: fragment, in: ids).map { Message.didYouMean("#" + $0) }
                            ?? (ids.isEmpty ? .noHeadings : .headings(ids))
                        diagnostics.append(.error(.linkMissingHeading(fragment: fragment, url: url), at: link.location, hint: hint))
                    }
                }
            }
            return diagnostics
        }.flatMap { $0 }
    }

    /// A link by relative name (`taisykles.pdf`) from a bundle (`<slug>/index.md`) to a file
    /// that is not beside it: the hint names the closest of the bundle's files.
    static func missingBundleFile(
        _ destination: String, at location: SourceLocation, url: String, entry: Entry, known: Set<String>
    ) -> Diagnostic? {
        let name = destination.split(separator: "#").first.map(String.init) ?? ""
        guard entry.sourcePath.hasSuffix("/index.md"), entry.sourcePath.split(separator: "/").count == 4, !name.hasPrefix("/"),
            !name.contains("/"), !name.hasSuffix("/"), url == entry.url + name
        else { return nil }
        let files = known.filter { $0.hasPrefix(entry.url) && $0.count > entry.url.count && !$0.dropFirst(entry.url.count).contains("/") }
            .map { String($0.dropFirst(entry.url.count)) }.sorted()
        let hint = Suggestion.closest(to: name, in: files).map(Message.didYouMean)
            ?? (files.isEmpty ? .putFileBeside(entry.sourcePath) : .bundleFiles(files))
        return .error(.linkNotInBundle(name), at: location, hint: hint)
    }
}
