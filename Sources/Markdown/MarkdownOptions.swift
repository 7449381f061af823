/// How a Markdown body is turned into HTML.
package struct MarkdownOptions: Sendable, Hashable {
    /// Passes raw HTML and every link destination through untouched.
    ///
    /// When `false` (the default) raw HTML is shown as escaped text and dangerous
    /// destinations (`javascript:`, `vbscript:`, `file:`, non-image `data:`) become empty.
    package var unsafeHTML: Bool

    package init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }
}
