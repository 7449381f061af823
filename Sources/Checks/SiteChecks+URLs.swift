import Config
import Content
import Diagnostics

extension SiteChecks {
    /// What makes one file (or folder) of the output: named for messages, with where it is set.
    struct Claim {
        /// `content/projektai.md`, `the list of collection 'projektai'`.
        var name: Message
        /// The content or static file, or the site.yml setting, that makes it; `nil` for the
        /// files every site has (home page, sitemap).
        var location: SourceLocation? = nil
        /// What moves it elsewhere, for hints: `rename or move content/projektai.md`.
        var fix: Message? = nil
        /// Whether a file of the same path in `static/` may stand in for it (a hand-written
        /// `robots.txt`): the site-wide files no setting makes.
        var replaceable = false

        /// A claim of a content or static file, whose name is its position.
        static func file(_ path: String) -> Claim {
            Claim(name: .verbatim(path), location: SourceLocation(file: path, line: 1, column: 1), fix: .fixRename(path))
        }

        /// A claim of a setting of site.yml (`'path' of view 'x'`).
        static func setting(_ name: Message, of owner: Message, at location: SourceLocation, key: String = "path") -> Claim {
            Claim(name: name, location: location, fix: .fixSetting(owner: owner, key: key))
        }

        /// Whether the claim is a file named by its own path.
        var isFile: Bool { location.map { name == .verbatim($0.file) } ?? false }

        /// How the other claim of a collision names it: with its position, unless its name is one.
        var reference: Message {
            guard let location, !isFile else { return name }
            return .claimAt(name, location: "\(location)")
        }
    }

    /// Every file of the output, by path (`projektai/index.html`), and what makes it: pages of
    /// entries, standalone pages, collection lists, taxonomies, terms and views, the search
    /// page, feeds, calendars, exports, the API, co-located assets and static files. Folders
    /// of pages a list or the search index fill (`projektai/puslapis/`) are claimed whole.
    /// Two claims of one file, of a file where a folder goes, or of a file in a claimed
    /// folder are errors naming both, at the later one (content and static files come last);
    /// only `404.html`, `robots.txt` and `sitemap.xml` may be replaced by a static file.
    static func urlCollisions(_ files: [ParsedFile], config: SiteConfig, source: SiteSource) -> [Diagnostic] {
        var claims = OutputClaims()
        claims.claim("/", Claim(name: .claimHome))
        claims.claim("/404.html", Claim(name: .claim404, replaceable: true))
        claims.claim("/sitemap.xml", Claim(name: .claimSitemap, replaceable: true))
        claims.claim("/robots.txt", Claim(name: .verbatim("robots.txt"), replaceable: true))
        if source.hasSearchLayout {
            claims.claim(SearchPage.path, Claim(name: .claimSearchPage))
            claims.claimFolder(SearchPage.path + "index/", Claim(name: .claimSearchIndex))
        }
        if config.collections.contains(where: \.outputs.feed) {
            let feed = Claim(
                name: .claimSiteFeed, location: config.outputs.feedsLocation, fix: .fixFeeds)
            claims.claim(config.outputs.feedPath, feed)
        }
        for collection in config.collections {
            let owner = Message.contextCollection(collection.name)
            claims.claim(collection.path, .setting(.claimList(owner), of: owner, at: collection.location))
            claims.claimFolder(collection.path + "puslapis/", .setting(.claimListPages(owner), of: owner, at: collection.location))
            let outputs = collection.outputs
            if outputs.feed {
                claims.claim(CollectionOutputs.feedPath(collectionPath: collection.path), .setting(.claimFeed(owner), of: owner, at: collection.location))
            }
            if let calendar = outputs.calendar {
                let name = Message.claimCalendar(owner)
                claims.claim(calendar.path, .setting(name, of: name, at: calendar.location))
            }
            if let export = outputs.export {
                for (key, name) in [("csv", export.csv), ("json", export.json)] {
                    guard let name else { continue }
                    let export = Claim.setting(.claimExport(owner), of: .claimExport(owner), at: export.location, key: key)
                    claims.claim(collection.path + name, export)
                }
            }
            if let api = config.outputs.apiPath {
                let location = config.outputs.apiLocation ?? collection.location
                claims.claim(api + collection.name + ".json", Claim(name: .claimAPI(owner), location: location, fix: .fixAPI))
            }
        }
        for taxonomy in config.taxonomies {
            let owner = Message.contextTaxonomy(taxonomy.name)
            claims.claim(taxonomy.path, .setting(.claimTaxonomyIndex(owner), of: owner, at: taxonomy.location))
        }
        for view in config.views {
            claims.claim(view.path, .setting(.contextView(view.name), of: .contextView(view.name), at: view.location))
            guard let export = config.collection(view.collection)?.outputs.export else { continue }
            for name in [export.csv, export.json].compactMap({ $0 }) {
                let owner = Message.claimExport(.contextView(view.name))
                claims.claim(view.path + name, .setting(owner, of: owner, at: view.location))
            }
        }
        // A term's page is made by its first use; later uses of one term share it.
        let taxonomies = Dictionary(config.taxonomies.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var termPages: Set<String> = []
        for use in files.lazy.flatMap(\.terms) where !use.slug.isEmpty {
            guard let taxonomy = taxonomies[use.taxonomy] else { continue }
            let url = taxonomy.path + use.slug + "/"
            guard termPages.insert(url).inserted else { continue }
            let name = Message.claimTermPage(term: use.term, taxonomy: taxonomy.name)
            claims.claim(url, Claim(name: name, location: use.location, fix: .fixSetting(owner: .contextTaxonomy(taxonomy.name), key: "path")))
            claims.claimFolder(url + "puslapis/", Claim(name: .claimTermPages(term: use.term), location: use.location))
        }
        let collections = Dictionary(config.collections.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in files.lazy.compactMap(\.entry) where entry.url != "/" {
            claims.claim(entry.url, .file(entry.sourcePath))
            if let collection = entry.collection.flatMap({ collections[$0] }), let calendar = collection.outputs.calendar,
                calendar.perEntry
            {
                let name = Message.claimEntryCalendar(entry.sourcePath)
                claims.claim(CalendarSettings.entryPath(entryURL: entry.url), Claim(name: name, location: calendar.location))
            }
        }
        for path in source.assets {
            if let url = SiteParser.assetURL(path, config: config) { claims.claim(url, .file(path)) }
        }
        for path in source.staticFiles { claims.claim("/" + path.dropFirst("static/".count), .file(path), isStatic: true) }
        return claims.diagnostics
    }
}

/// The output's files and claimed folders, as they are claimed; each collision becomes a diagnostic.
struct OutputClaims {
    typealias Claim = SiteChecks.Claim
    /// By output path: `projektai/index.html`, `atom.xml`.
    private var files: [String: Claim] = [:]
    /// By folder path with its slash: `projektai/puslapis/`.
    private var folders: [String: Claim] = [:]
    /// The first claim inside each folder, by the folder's path without its slash: `projektai`.
    private var parents: [String: Claim] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Claims the file of a URL (`/projektai/` → `projektai/index.html`, `/atom.xml`); a
    /// static file takes the place of a replaceable one.
    mutating func claim(_ url: String, _ claim: Claim, isStatic: Bool = false) {
        let trimmed = url.drop { $0 == "/" }
        let path = trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : String(trimmed)
        if let other = files[path], !(isStatic && other.replaceable) {
            return report(.bothMapTo(claim: claim.name, other: other.reference, url: url), claim, other)
        }
        if let other = parents[path] {
            return report(.fileWhereFolder(claim: claim.name, path: path, other: other.reference), claim, other)
        }
        // The folders on its way (`projektai/`): none may be a claimed file or in a claimed folder.
        let folders = path.indices.filter { path[$0] == "/" }.map { String(path[...$0]) }
        for folder in folders {
            if let other = self.folders[folder] {
                return report(.inFolderOf(claim: claim.name, url: url, folder: folder, other: other.reference), claim, other)
            }
            if let other = files[String(folder.dropLast())] {
                return report(.folderWhereFile(claim: claim.name, folder: String(folder.dropLast()), other: other.reference), claim, other)
            }
        }
        files[path] = claim
        for folder in folders where parents[String(folder.dropLast())] == nil { parents[String(folder.dropLast())] = claim }
    }

    /// Claims a folder and everything in it (`/projektai/puslapis/`).
    mutating func claimFolder(_ url: String, _ claim: Claim) {
        folders[String(url.drop { $0 == "/" })] = claim
    }

    private mutating func report(_ message: Message, _ claim: Claim, _ other: Claim) {
        let fixes = [claim.fix, other.fix].compactMap { $0 }
        let hint: Message? = claim.isFile && other.isFile ? .renameOneOfTwo : fixes.isEmpty ? nil : .eitherOr(fixes)
        diagnostics.append(
            .error(message, at: claim.location ?? other.location ?? SourceLocation(file: "site.yml", line: 1, column: 1), hint: hint))
    }
}
