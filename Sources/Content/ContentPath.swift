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
        // Split as bytes: splitting by `Character` was most of this, run for every file of every build.
        let parts = path.utf8.split(separator: UInt8(ascii: "/")).dropFirst().map { String(Substring($0)) }  // drop "content"
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
                    .notACollectionFolder(folder: folder), at: at,
                    hint: Suggestion.closest(to: folder, in: folders).map { .didYouMean("content/\($0)") } ?? .collectionFolders(folders)))
        }
        let slug: String
        switch parts.count {
        case 2 where stem == "_index" || stem == "index":
            return .failure(
                .error(.indexNotEntry(file: fileName), at: at, hint: .indexNotEntryHint))
        case 2: slug = stem
        case 3 where fileName == "index.md": slug = parts[1]
        default:
            return .failure(
                .error(.nestedTooDeep(collection: collection.name), at: at, hint: .nestedTooDeepHint(folder: folder)))
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
            .error(.notASlug(slug), at: at, hint: clean.isEmpty ? .renameLetters : .renameTo(clean)))
    }
}
