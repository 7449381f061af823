import Diagnostics

/// The shape of an `image` field's value: `{src: nuotrauka.jpg, alt: "Skaitytojai kieme"}`.
/// `alt` is required (WCAG 1.1.1); `alt: ""` says the image is decorative, and in Markdown
/// `![](nuotrauka.jpg "decorative")` does. Kept apart so the field types of attachments
/// stay in files of their own.
package enum ImageField {
    /// The title that marks a Markdown image without alt text as decorative.
    package static let decorativeTitle = "decorative"

    /// `src` and `alt`, as templates reach them (`{{cover.src}}`).
    package static let members: [FieldSchema] = {
        let at = SourceLocation(file: "site.yml", line: 1, column: 1)
        var src = FieldSchema(name: "src", type: .string, label: "Failas", location: at)
        src.required = true
        let alt = FieldSchema(name: "alt", type: .string, label: "Alternatyvusis tekstas", location: at)
        return [src, alt]
    }()

    /// The hint of every missing alt text.
    package static func altHint(src: String, field: String? = nil) -> Message {
        if let field { return .altHintField(src: src, field: field) }
        return .altHintBody(src: src, decorative: decorativeTitle)
    }
}
