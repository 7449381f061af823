import Text

/// HTML helpers for values the engine formats itself.
package enum HTML {
    /// Escapes `& < > " '` so the text is safe in element content and quoted attributes.
    package static func escape(_ text: String) -> String {
        guard HTMLEscaping.needsEscaping(text) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        HTMLEscaping.append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `<a href="url">text</a>` with both parts escaped.
    static func link(_ url: String, _ text: String) -> String {
        "<a href=\"\(escape(url))\">\(escape(text))</a>"
    }
}
