internal import CMark
internal import Text

/// Markdown bodies to HTML with cmark-gfm: GFM tables, strikethrough, autolinks, task lists
/// and footnotes, plus heading ids, a table of contents, link positions and plain text.
package enum Markdown {
    /// Registers the GFM extensions; call once before any parallel work.
    ///
    /// Debian's cmark-gfm registers extensions in an unguarded global list. Later calls cost
    /// one `swift_once` check.
    package static func prepare() {
        _ = SyntaxExtensions.shared
    }

    /// The version of the cmark-gfm library in use (a system update may change the HTML).
    package static var libraryVersion: String { String(cString: cmark_version_string()) }

    /// Renders `text` to HTML.
    ///
    /// `text` is the body of `file` and starts at the file's line `firstLine` (after front
    /// matter), so every location is in file lines. Safe to call from several threads at once;
    /// only cmark's inline parsing runs one document at a time (see `SyntaxExtensions.finish`).
    /// `rewriteLink` may return a new destination for a link or image (site paths, `.md` files);
    /// `links` keeps the destinations as written, for diagnostics. `image` is called with each
    /// image; the title `decorativeTitle` marks one without alt text decorative, and is not shown.
    package static func render(
        _ text: String, file: String, firstLine: Int = 1, options: MarkdownOptions = .init(),
        rewriteLink: (String) -> String? = { _ in nil }, decorativeTitle: String? = nil,
        image: (MarkdownImage) -> Void = { _ in }
    ) -> RenderedMarkdown {
        let source = BodyLines(text)
        var editor = TreeEditor()
        defer { editor.freeDetached() }

        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES) else {
            preconditionFailure("cmark_parser_new failed")
        }
        defer { cmark_parser_free(parser) }
        let extensions = SyntaxExtensions.shared
        extensions.attach(to: parser)
        source.bytes.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = extensions.finish(parser) else {
            preconditionFailure("cmark_parser_finish failed")
        }
        defer { cmark_node_free(document) }

        var walker = DocumentWalker(source: source, collectsRawHTML: !options.unsafeHTML)
        walker.walk(document)

        for node in walker.rawHTML {
            editor.showAsText(node)
        }
        var ids = HeadingIDs()
        walker.footnoteIDs.forEach { ids.reserve($0) }
        let headings = walker.headings.map { pending in
            let id = ids.unique(Slug.make(pending.text))
            editor.setID(id, of: pending.node, level: pending.level)
            return Heading(
                level: pending.level, text: pending.text, id: id,
                location: source.location(of: pending.offset, file: file, firstLine: firstLine))
        }
        for link in walker.links {
            if cmark_node_get_type(link.node) == CMARK_NODE_IMAGE {
                let title = MarkdownImage.title(of: link.node)
                image(
                    MarkdownImage(
                        destination: link.destination, alt: MarkdownImage.altText(of: link.node), title: title,
                        location: source.location(of: link.offset, file: file, firstLine: firstLine)))
                if let decorativeTitle, title == decorativeTitle { cmark_node_set_title(link.node, "") }
            }
            if let rewritten = rewriteLink(link.destination) { cmark_node_set_url(link.node, rewritten) }
        }
        let links = walker.links.map { link in
            Link(
                destination: link.destination,
                location: source.location(of: link.offset, file: file, firstLine: firstLine))
        }

        // Positions were only needed while parsing; `data-sourcepos` attributes are not wanted.
        let renderOptions = CMARK_OPT_FOOTNOTES | (options.unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        let html = renderHTML(
            document, options: renderOptions, extensions: cmark_parser_get_syntax_extensions(parser))
        return RenderedMarkdown(html: html, headings: headings, links: links, plainText: walker.plainText.text)
    }

    private static func renderHTML(
        _ document: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> String {
        guard let html = cmark_render_html(document, options, extensions) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}
