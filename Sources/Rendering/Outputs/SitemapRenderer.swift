import Content
import Text

/// `sitemap.xml` (sitemaps.org 0.9) with every HTML page of the build, and `robots.txt`
/// pointing at it. Both live at the site's base path.
struct SitemapRenderer {
    let model: SiteModel
    let urls: URLBuilder

    init(model: SiteModel) {
        self.model = model
        urls = URLBuilder(config: model.config)
    }

    /// The sitemap and robots.txt; the last build's sitemap is kept when its key (`key`) is.
    func render(pagePaths: [String], reuse: DataReuse) -> [DataFile] {
        let robots = "User-agent: *\nDisallow:\n\nSitemap: \(urls.absolute("/sitemap.xml"))\n"
        let inputs = reuse.keys.map { key(pagePaths: pagePaths, global: $0.global) }
        let sitemap = reuse.kept("sitemap.xml", key: inputs)
            ?? DataFile(OutputFile(path: "sitemap.xml", text: xml(pagePaths)), key: inputs)
        return [sitemap, DataFile(OutputFile(path: "robots.txt", text: robots))]
    }

    /// What the sitemap is made of: the page paths, each entry's URL and git date (its
    /// `lastmod`), and what all pages share (the base URL among it).
    func key(pagePaths: [String], global: String) -> String {
        var hasher = Fingerprint()
        hasher.combine("sitemap")
        hasher.combine(global)
        hasher.combine(word: UInt64(pagePaths.count))
        for path in pagePaths { hasher.combine(path) }
        for entry in model.site.entries {
            hasher.combine(entry.url)
            hasher.combine(word: UInt64(bitPattern: Int64(entry.updated?.dayNumber ?? Int.min)))
        }
        return hasher.hexDigest
    }

    /// - Parameter pagePaths: output paths of the pages; all `.html` files but `404.html` are listed.
    private func xml(_ pagePaths: [String]) -> String {
        var entries: [String: Int] = [:]
        for (index, entry) in model.site.entries.enumerated() { entries[entry.url] = index }
        let paths = pagePaths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.map(Self.urlPath).sorted()
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for path in paths {
            xml += "  <url><loc>\(XML.escape(urls.absolute(path)))</loc>"
            // Only a real change date is a lastmod: the day of the entry's last commit.
            if let index = entries[path], let day = model.entry(index).updated { xml += "<lastmod>\(day)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    /// `projektai/x/index.html` → `/projektai/x/`; `apie.html` → `/apie.html`.
    static func urlPath(_ file: String) -> String {
        if file == "index.html" { return "/" }
        if file.hasSuffix("/index.html") { return "/" + file.dropLast("index.html".count) }
        return "/" + file
    }
}
