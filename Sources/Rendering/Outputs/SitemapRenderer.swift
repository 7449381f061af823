import Content

/// `sitemap.xml` (sitemaps.org 0.9) with every HTML page of the build, and `robots.txt`
/// pointing at it. Both live at the site's base path.
struct SitemapRenderer {
    let model: SiteModel
    let urls: URLBuilder

    init(model: SiteModel) {
        self.model = model
        urls = URLBuilder(config: model.config)
    }

    /// - Parameter pagePaths: output paths of the pages; all `.html` files but `404.html` are listed.
    func render(pagePaths: [String]) -> [OutputFile] {
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
        let robots = "User-agent: *\nDisallow:\n\nSitemap: \(urls.absolute("/sitemap.xml"))\n"
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }

    /// `projektai/x/index.html` → `/projektai/x/`; `apie.html` → `/apie.html`.
    static func urlPath(_ file: String) -> String {
        if file == "index.html" { return "/" }
        if file.hasSuffix("/index.html") { return "/" + file.dropLast("index.html".count) }
        return "/" + file
    }
}
