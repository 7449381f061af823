package import Diagnostics

/// A heading of a rendered document: one entry of its table of contents.
package struct Heading: Sendable, Hashable {
    /// 1 to 6, as in `<h1>`…`<h6>`.
    package var level: Int
    /// The heading's text without markup or raw HTML tags.
    package var text: String
    /// The `id` attribute emitted on the heading, unique within the page.
    package var id: String
    /// Where the heading starts (its first `#`, or its first line for setext headings).
    package var location: SourceLocation

    package init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}
