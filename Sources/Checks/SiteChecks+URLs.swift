import Config
import Content
import Diagnostics

extension SiteChecks {
    /// What makes one file (or folder) of the output: named for messages, with where it is set.
    struct Claim {
        /// `content/projektai.md`, `the list of collection 'projektai'`.
        var name: String
        /// The content or static file, or the site.yml setting, that makes it; `nil` for the
        /// files every site has (home page, sitemap).
        var location: SourceLocation? = nil
        /// What moves it elsewhere, for hints: `rename or move content/projektai.md`.
        var fix: String? = nil
        /// Whether a file of the same path in `static/` may stand in for it (a hand-written
        /// `robots.txt`): the site-wide files no setting makes.
        var replaceable = false

        /// A claim of a content or static file, whose name is its position.
        static func file(_ path: String) -> Claim {
            Claim(name: path, location: SourceLocation(file: path, line: 1, column: 1), fix: "rename or move \(path)")
        }

        /// A claim of a setting of site.yml (`'path' of view 'x'`).
        static func setting(_ name: String, of owner: String, at location: SourceLocation, key: String = "path") -> Claim {
            Claim(name: name, location: location, fix: "give \(owner) another '\(key)' in site.yml")
        }

        /// How the other claim of a collision names it: with its position, unless its name is one.
        var reference: String {
            guard let location, location.file != name else { return name }
            return "\(name) (\(location))"
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
        claims.claim("/", Claim(name: "the home page"))
        claims.claim("/404.html", Claim(name: "the page for missing pages (404.html)", replaceable: true))
        claims.claim("/sitemap.xml", Claim(name: "the sitemap", replaceable: true))
        claims.claim("/robots.txt", Claim(name: "robots.txt", replaceable: true))
        if source.hasSearchLayout {
            claims.claim(SearchPage.path, Claim(name: "the search page"))
            claims.claimFolder(SearchPage.path + "index/", Claim(name: "the search index"))
        }
        if config.collections.contains(where: \.outputs.feed) {
            let feed = Claim(
                name: "the site-wide feed", location: config.outputs.feedsLocation, fix: "give 'feeds' another 'path' in site.yml")
            claims.claim(config.outputs.feedPath, feed)
        }
        for collection in config.collections {
            let owner = "collection '\(collection.name)'"
            claims.claim(collection.path, .setting("the list of \(owner)", of: owner, at: collection.location))
            claims.claimFolder(collection.path + "puslapis/", .setting("the list pages of \(owner)", of: owner, at: collection.location))
            let outputs = collection.outputs
            if outputs.feed {
                claims.claim(CollectionOutputs.feedPath(collectionPath: collection.path), .setting("the feed of \(owner)", of: owner, at: collection.location))
            }
            if let calendar = outputs.calendar {
                let name = "the calendar of \(owner)"
                claims.claim(calendar.path, .setting(name, of: name, at: calendar.location))
            }
            if let export = outputs.export {
                for (key, name) in [("csv", export.csv), ("json", export.json)] {
                    guard let name else { continue }
                    let export = Claim.setting("the export of \(owner)", of: "the export of \(owner)", at: export.location, key: key)
                    claims.claim(collection.path + name, export)
                }
            }
            if let api = config.outputs.apiPath {
                let location = config.outputs.apiLocation ?? collection.location
                let name = "the JSON API of \(owner)"
                claims.claim(api + collection.name + ".json", Claim(name: name, location: location, fix: "give 'api' another folder in site.yml"))
            }
        }
        for taxonomy in config.taxonomies {
            let owner = "taxonomy '\(taxonomy.name)'"
            claims.claim(taxonomy.path, .setting("the index of \(owner)", of: owner, at: taxonomy.location))
        }
        for view in config.views {
            claims.claim(view.path, .setting("view '\(view.name)'", of: "view '\(view.name)'", at: view.location))
            guard let export = config.collection(view.collection)?.outputs.export else { continue }
            for name in [export.csv, export.json].compactMap({ $0 }) {
                let owner = "the export of view '\(view.name)'"
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
            let name = "the page of term '\(use.term)' of taxonomy '\(taxonomy.name)'"
            claims.claim(url, Claim(name: name, location: use.location, fix: "give taxonomy '\(taxonomy.name)' another 'path' in site.yml"))
            claims.claimFolder(url + "puslapis/", Claim(name: "the pages of term '\(use.term)'", location: use.location))
        }
        let collections = Dictionary(config.collections.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in files.lazy.compactMap(\.entry) where entry.url != "/" {
            claims.claim(entry.url, .file(entry.sourcePath))
            if let collection = entry.collection.flatMap({ collections[$0] }), let calendar = collection.outputs.calendar,
                calendar.perEntry
            {
                let name = "the calendar of \(entry.sourcePath) ('per_entry')"
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
            return report("\(claim.name) and \(other.reference) both map to the URL \(url)", claim, other)
        }
        if let other = parents[path] {
            return report("\(claim.name) needs /\(path) as a file, where \(other.reference) needs a folder", claim, other)
        }
        // The folders on its way (`projektai/`): none may be a claimed file or in a claimed folder.
        let folders = path.indices.filter { path[$0] == "/" }.map { String(path[...$0]) }
        for folder in folders {
            if let other = self.folders[folder] {
                return report("\(claim.name) maps to the URL \(url), in /\(folder), the folder of \(other.reference)", claim, other)
            }
            if let other = files[String(folder.dropLast())] {
                return report("\(claim.name) needs /\(folder.dropLast()) as a folder, where \(other.reference) needs a file", claim, other)
            }
        }
        files[path] = claim
        for folder in folders where parents[String(folder.dropLast())] == nil { parents[String(folder.dropLast())] = claim }
    }

    /// Claims a folder and everything in it (`/projektai/puslapis/`).
    mutating func claimFolder(_ url: String, _ claim: Claim) {
        folders[String(url.drop { $0 == "/" })] = claim
    }

    private mutating func report(_ message: String, _ claim: Claim, _ other: Claim) {
        let bothFiles = claim.location?.file == claim.name && other.location?.file == other.name
        let hint = bothFiles
            ? "rename or remove one of the two files" : [claim.fix, other.fix].compactMap { $0 }.joined(separator: ", or ")
        diagnostics.append(
            .error(
                message, at: claim.location ?? other.location ?? SourceLocation(file: "site.yml", line: 1, column: 1),
                hint: hint.isEmpty ? nil : hint))
    }
}
