import Content
import Markdown

/// A Markdown body rendered as `SiteParser` renders one, links rewritten by the site's resolver.
///
/// The input's first byte chooses the options: bit 0 allows raw HTML (`unsafe_html`), the rest
/// picks the content file the links are relative to. The other bytes are the body.
struct MarkdownTarget: Sendable {
    let resolver: LinkResolver
    let files: [SourceFile]

    init(_ site: FuzzSite) {
        resolver = site.parsed.resolver!
        files = site.source.content
        Markdown.prepare()
    }

    func run(_ data: [UInt8]) {
        guard let first = data.first, !files.isEmpty else { return }
        let file = files[Int(first >> 1) % files.count].path
        let text = String(decoding: data.dropFirst(), as: UTF8.self)
        let body = Markdown.render(
            text, file: file, firstLine: 1 + Int(first % 8), options: MarkdownOptions(unsafeHTML: first & 1 == 1),
            rewriteLink: { resolver.rewrite($0, from: file) })
        // Reading every part of the result: the HTML, the text for search, headings and links.
        _ = (body.html.utf8.count, body.plainText.utf8.count, body.hasNoText)
        for link in body.links { _ = resolver.resolve(link.destination, from: file) }
    }

    /// The body of each content file (after its front matter), relative to itself.
    func seeds() -> [(name: String, bytes: [UInt8])] {
        files.enumerated().compactMap { index, file in
            let text = String(decoding: file.bytes, as: UTF8.self)
            guard case .success(let parts) = FrontMatter.split(text, path: file.path) else { return nil }
            return (FuzzTarget.seedName(file.path), [UInt8(truncatingIfNeeded: index << 1)] + Array(parts.body.utf8))
        }
    }
}
