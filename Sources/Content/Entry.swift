import Diagnostics
import Markdown

/// A validated content file: a collection entry or a standalone page.
public struct Entry: Sendable {
    /// The collection's name; `nil` for a standalone page (`content/apie.md`).
    public var collection: String?
    public var slug: String
    public var sourcePath: String
    /// The page URL path, with leading and trailing slash (`/projektai/skaitymo-iskis/`).
    public var url: String
    public var fields: FieldValues
    public var body: RenderedMarkdown
    /// `draft: true` in front matter: left out of builds unless drafts are asked for.
    public var isDraft = false
    /// `publish_date`: left out of builds before this date unless future entries are asked for.
    public var publishDate: LocalDateTime?
    /// The date of the last commit that changed the file, when the site is in a git repository.
    public var updated: LocalDate?

    public var title: String { fields["title"]?.plainText ?? slug }

    /// Front-matter fields every entry and page accepts besides its collection's own.
    static func publishingFields(at location: SourceLocation) -> [FieldSchema] {
        [
            FieldSchema(name: "draft", type: .boolean, label: "Juodraštis", location: location),
            FieldSchema(name: "publish_date", type: .date(timeAllowed: true), label: "Skelbti nuo", location: location),
        ]
    }

    /// Whether the entry is published at `now`, given what the build includes.
    public func isPublished(at now: LocalDateTime, drafts: Bool, future: Bool) -> Bool {
        if isDraft, !drafts { return false }
        if let date = publishDate, !future, now < date { return false }
        return true
    }
}

/// The site after parsing and validation: what later stages derive pages from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Collection entries and pages, sorted by source path.
    public var entries: [Entry]

    public func entries(in collection: String) -> [Entry] { entries.filter { $0.collection == collection } }

    /// The site without drafts and entries scheduled after `now`, unless asked to keep them.
    public func published(at now: LocalDateTime, drafts: Bool, future: Bool) -> Site {
        var site = self
        site.entries = entries.filter { $0.isPublished(at: now, drafts: drafts, future: future) }
        return site
    }
}
