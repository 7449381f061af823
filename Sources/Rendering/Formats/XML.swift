/// XML text and attribute values: HTML escaping, minus the control characters XML 1.0
/// forbids (a stray form feed in a Markdown file would make a whole feed unreadable).
enum XML {
    static func escape(_ text: String) -> String {
        let forbidden: (Unicode.Scalar) -> Bool = { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard text.unicodeScalars.contains(where: forbidden) else { return HTML.escape(text) }
        var clean = String.UnicodeScalarView()
        clean.append(contentsOf: text.unicodeScalars.filter { !forbidden($0) })
        return HTML.escape(String(clean))
    }
}
