import Config
import Diagnostics
import Text

/// Where a content file belongs: which collection (if any), its slug and URL.
struct ContentPath: Sendable, Hashable {
    var collection: String?
    var slug: String
    var url: String

    /// Classifies `content/…` paths: `<folder>/<slug>.md`, `<folder>/<slug>/index.md`, or a page `<slug>.md`.
    static func classify(_ path: String, config: SiteConfig) -> Result<ContentPath, Diagnostic> {
        let at = SourceLocation(file: path, line: 1, column: 1)
        let parts = path.split(separator: "/").dropFirst().map(String.init)  // drop "content"
        let fileName = parts.last ?? ""
        let stem = String(fileName.dropLast(3))  // ".md"
        if parts.count == 1 {
            if stem == "index" { return .success(ContentPath(collection: nil, slug: "index", url: "/")) }
            return checkSlug(stem, at: at).map { ContentPath(collection: nil, slug: $0, url: "/\($0)/") }
        }
        let folder = parts[0]
        guard let collection = config.collections.first(where: { $0.folder == folder }) else {
            let folders = config.collections.map(\.folder)
            return .failure(
                .error(
                    "folder 'content/\(folder)' is not the folder of any collection in site.yml", at: at,
                    hint: Suggestion.closest(to: folder, in: folders).map { "did you mean 'content/\($0)'?" }
                        ?? "collection folders: \(folders.joined(separator: ", ")); or declare the collection in site.yml"))
        }
        let slug: String
        switch parts.count {
        case 2 where stem == "_index" || stem == "index":
            return .failure(
                .error(
                    "'\(fileName)' is not an entry: entries need their own file name", at: at,
                    hint: "put the collection's introduction in site.yml as its 'description'"))
        case 2: slug = stem
        case 3 where fileName == "index.md": slug = parts[1]
        default:
            return .failure(
                .error(
                    "content file is nested too deep for collection '\(collection.name)'", at: at,
                    hint: "use content/\(folder)/<slug>.md or content/\(folder)/<slug>/index.md"))
        }
        return checkSlug(slug, at: at).map {
            ContentPath(collection: collection.name, slug: $0, url: collection.path + $0 + "/")
        }
    }

    /// File names become URLs, so they must already be ASCII slugs.
    private static func checkSlug(_ slug: String, at: SourceLocation) -> Result<String, Diagnostic> {
        let clean = Slug.make(slug)
        guard clean != slug || slug.isEmpty else { return .success(slug) }
        return .failure(
            .error(
                "file name '\(slug)' is not a URL slug (lowercase ASCII letters, digits and '-')", at: at,
                hint: clean.isEmpty ? "rename the file using letters a–z" : "rename it to '\(clean)'"))
    }
}
