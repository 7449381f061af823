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

    public var title: String { fields["title"]?.plainText ?? slug }
}

/// The site after parsing and validation: what later stages derive pages from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Collection entries and pages, sorted by source path.
    public var entries: [Entry]

    public func entries(in collection: String) -> [Entry] { entries.filter { $0.collection == collection } }
}
