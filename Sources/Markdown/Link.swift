package import Diagnostics

/// A link or image destination found in a document, for checking references.
package struct Link: Sendable, Hashable {
    /// The destination as written, after entity and backslash unescaping; `http://` or
    /// `mailto:` prefixed for bare autolinks (`www.example.com`, `vardas@example.com`).
    package var destination: String
    /// The link's `[` (`!` for images, `<` for `<…>` autolinks, the first letter of a bare autolink).
    package var location: SourceLocation

    package init(destination: String, location: SourceLocation) {
        self.destination = destination
        self.location = location
    }
}
