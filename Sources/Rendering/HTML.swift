import Text

/// HTML helpers for values the engine formats itself.
package enum HTML {
    /// Escapes `& < > " '` so the text is safe in element content and quoted attributes.
    package static func escape(_ text: String) -> String { HTMLEscaping.escaped(text) }

    /// `<a href="url">text</a>` with both parts escaped.
    static func link(_ url: String, _ text: String) -> String {
        "<a href=\"\(escape(url))\">\(escape(text))</a>"
    }
}
