/// Everything later stages need from one Markdown body.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    /// The table of contents, in document order.
    public var headings: [Heading]
    /// Every link and image destination, in document order (footnote texts last, as rendered).
    public var links: [Link]
    /// The text content for the search index: one line per block, table cells separated by tabs,
    /// no markup and no raw HTML tags.
    public var plainText: String

    public init(html: String, headings: [Heading], links: [Link], plainText: String) {
        self.html = html
        self.headings = headings
        self.links = links
        self.plainText = plainText
    }
}
