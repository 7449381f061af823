public import Diagnostics

/// A heading of a rendered document: one entry of its table of contents.
public struct Heading: Sendable, Hashable {
    /// 1 to 6, as in `<h1>`…`<h6>`.
    public var level: Int
    /// The heading's text without markup or raw HTML tags.
    public var text: String
    /// The `id` attribute emitted on the heading, unique within the page.
    public var id: String
    /// Where the heading starts (its first `#`, or its first line for setext headings).
    public var location: SourceLocation

    public init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}
