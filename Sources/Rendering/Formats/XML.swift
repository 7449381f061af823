/// XML text and attribute values: HTML escaping, minus the characters XML 1.0 forbids even
/// escaped (a stray form feed or U+FFFE in a Markdown file would make a whole feed unreadable).
/// Every XML writer (feeds, sitemaps) puts its text through here.
enum XML {
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return HTML.escape(text) }
        var clean = String.UnicodeScalarView()
        clean.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return HTML.escape(String(clean))
    }

    /// Not an XML 1.0 `Char`: C0 controls but tab, LF and CR, and the non-characters U+FFFE
    /// and U+FFFF. (Surrogates cannot occur in a Swift string.)
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case ..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
