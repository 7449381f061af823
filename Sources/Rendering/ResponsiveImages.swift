import Config
import Content
import Support
import Text

/// A processed image as pages show it: its size and the files of each width, by format.
package struct ResponsiveImage: Sendable, Hashable {
    package struct Source: Sendable, Hashable {
        /// The MIME type (`image/webp`).
        package var type: String
        /// Each width's URL (site path, without the base path), narrowest first.
        package var files: [(width: Int, url: String)]

        package init(type: String, files: [(width: Int, url: String)]) {
            self.type = type
            self.files = files
        }

        package static func == (a: Source, b: Source) -> Bool {
            a.type == b.type && a.files.map(\.width) == b.files.map(\.width) && a.files.map(\.url) == b.files.map(\.url)
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(type)
            for file in files { hasher.combine(file.url) }
        }
    }

    /// The size of the largest file: `width` and `height` attributes (no layout shift).
    package var width: Int
    package var height: Int
    /// The image's own format (the `<img>`), then WebP (a `<source>`).
    package var fallback: Source
    package var webp: Source?

    package init(width: Int, height: Int, fallback: Source, webp: Source?) {
        self.width = width
        self.height = height
        self.fallback = fallback
        self.webp = webp
    }

    /// The URL of the largest file, for `og:image`.
    package var largest: String { fallback.files.last?.url ?? "" }
}

/// The site's processed images by the URL content names them with (`/projektai/x/nuotrauka.jpg`).
package struct ImageTable: Sendable {
    package var byURL: [String: ResponsiveImage]
    /// What pages showing these images depend on (part of every page's key).
    package var fingerprint: String

    package init(byURL: [String: ResponsiveImage] = [:], fingerprint: String = "") {
        self.byURL = byURL
        self.fingerprint = fingerprint
    }

    /// Content column widths: a body image is at most this wide; a summary's cover smaller.
    static let bodySizes = "(max-width: 50rem) 100vw, 50rem"
    static let summarySizes = "(max-width: 40rem) 100vw, 20rem"

    /// `<picture>` for the image at `url` (a site path), or a plain `<img>` for one that was
    /// not processed (SVG, GIF, a static file). Only the first image of a page loads at once.
    func picture(_ url: String, alt: String, lazy: Bool, sizes: String = bodySizes, urls: URLBuilder) -> String {
        let attributes = " alt=\"\(HTML.escape(alt))\""
        guard let image = byURL[url] else {
            return "<img src=\"\(HTML.escape(urls.page(url)))\"\(attributes)\(lazy ? " loading=\"lazy\"" : "")>"
        }
        return picture(image, attributes: attributes, lazy: lazy, sizes: sizes, urls: urls)
    }

    private func picture(_ image: ResponsiveImage, attributes: String, lazy: Bool, sizes: String, urls: URLBuilder) -> String {
        func srcset(_ source: ResponsiveImage.Source) -> String {
            HTML.escape(source.files.map { "\(urls.page($0.url)) \($0.width)w" }.joined(separator: ", "))
        }
        var html = "<picture>"
        if let webp = image.webp {
            html += "<source type=\"\(webp.type)\" srcset=\"\(srcset(webp))\" sizes=\"\(sizes)\">"
        }
        html += "<img src=\"\(HTML.escape(urls.page(image.largest)))\" srcset=\"\(srcset(image.fallback))\" sizes=\"\(sizes)\""
        html += " width=\"\(image.width)\" height=\"\(image.height)\"\(attributes)"
        html += lazy ? " loading=\"lazy\" decoding=\"async\"></picture>" : " decoding=\"async\"></picture>"
        return html
    }

    /// A body's HTML with each processed `<img>` (as cmark writes it: `src` first, `alt`, maybe
    /// `title`) made a `<picture>`; all but the first load lazily unless `firstLoadsAtOnce` is false.
    func rewrite(_ html: String, firstLoadsAtOnce: Bool, urls: URLBuilder, basePath: String) -> String {
        guard !byURL.isEmpty, html.contains("<img src=\"") else { return html }
        var result = ""
        var rest = Substring(html)
        var eager = firstLoadsAtOnce
        while let start = rest.range(of: "<img src=\"") {
            result += rest[..<start.lowerBound]
            let afterSrc = rest[start.upperBound...]
            guard let quote = afterSrc.firstIndex(of: "\""), let close = afterSrc[quote...].firstIndex(of: ">") else {
                result += rest[start]
                rest = afterSrc
                continue
            }
            let end = afterSrc[..<close].hasSuffix(" /") ? afterSrc.index(close, offsetBy: -2)..<afterSrc.index(after: close)
                : close..<afterSrc.index(after: close)
            var src = String(afterSrc[..<quote]).replacingOccurrences(of: "&amp;", with: "&")
            if basePath != "/", src.hasPrefix(basePath) { src = "/" + src.dropFirst(basePath.count) }
            if let image = byURL[src] {
                let attributes = String(afterSrc[afterSrc.index(after: quote)..<end.lowerBound])
                result += picture(image, attributes: attributes, lazy: !eager, sizes: Self.bodySizes, urls: urls)
            } else {
                result += rest[start.lowerBound..<end.upperBound]
            }
            eager = false
            rest = afterSrc[end.upperBound...]
        }
        return result + rest
    }
}

extension ImageTable {
    /// The file `og:image` names: the largest processed one, else the image itself.
    func openGraphURL(_ url: String) -> String { byURL[url]?.largest ?? url }
}

extension PageContexts {
    /// An entry's cover: its collection's first `image` field (or list of images) with a value (a cover photo, a
    /// logo), for summaries and OpenGraph.
    func cover(of entry: Entry, schema: CollectionSchema?) -> (src: String, alt: String)? {
        for field in schema?.fields ?? [] {
            var value = entry.fields[field.name]
            if case .list(let item) = field.type, case .image = item.type, case .list(let items)? = value { value = items.first }
            guard case .object(let image)? = value, case .string(let src)? = image["src"], field.showsImages else { continue }
            return (src, image["alt"]?.plainText ?? "")
        }
        return nil
    }

    /// A body's HTML with its processed images as `<picture>`.
    func bodyHTML(_ html: String, firstLoadsAtOnce: Bool) -> String {
        images.rewrite(html, firstLoadsAtOnce: firstLoadsAtOnce, urls: urls, basePath: model.config.basePath)
    }
}

extension FieldSchema {
    /// An `image` field, or a list of images.
    var showsImages: Bool {
        if case .image = type { return true }
        if case .list(let item) = type, case .image = item.type { return true }
        return false
    }
}
