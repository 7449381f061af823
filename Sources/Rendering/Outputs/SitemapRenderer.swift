import Model
import Support

/// `sitemap.xml` (sitemaps.org 0.9) with every HTML page of the build, and `robots.txt`
/// pointing at it. Both live at the site's base path. A site of more pages than one sitemap
/// may list (`urlLimit`) gets `sitemap-1.xml`, `sitemap-2.xml`… of that many URLs each, and
/// `sitemap.xml` is their index.
struct SitemapRenderer {
    let model: SiteModel
    let urls: URLBuilder
    /// The protocol's limit of URLs in one sitemap.
    let urlLimit: Int

    init(model: SiteModel, urlLimit: Int = 50_000) {
        self.model = model
        urls = URLBuilder(config: model.config)
        self.urlLimit = urlLimit
    }

    /// The sitemap (or the index and its parts) and robots.txt; the last build's are kept
    /// when their key (`key`) is.
    func render(pagePaths: [String], reuse: DataReuse) -> [DataFile] {
        let robots = "User-agent: *\nDisallow:\n\nSitemap: \(urls.absolute("/sitemap.xml"))\n"
        let inputs = reuse.keys.map { key(pagePaths: pagePaths, global: $0.global) }
        let listed = pagePaths.count(where: Self.isListed)
        let parts = listed <= urlLimit ? 1 : (listed + urlLimit - 1) / urlLimit
        let names = parts == 1 ? ["sitemap.xml"] : ["sitemap.xml"] + (1...parts).map { "sitemap-\($0).xml" }
        let keys = parts == 1 ? [inputs] : names.map { name in inputs.map { "\($0) \(name) of \(parts)" } }
        let kept = zip(names, keys).compactMap { reuse.kept($0, key: $1) }
        guard kept.count < names.count else { return kept + [DataFile(OutputFile(path: "robots.txt", text: robots))] }
        let lines = urlLines(pagePaths)
        let texts = parts == 1 ? [Self.urlSet(lines[...])] : [index(names.dropFirst())]
            + stride(from: 0, to: lines.count, by: urlLimit).map { Self.urlSet(lines[$0..<min($0 + urlLimit, lines.count)]) }
        return zip(names, zip(texts, keys)).map { name, made in DataFile(OutputFile(path: name, text: made.0), key: made.1) }
            + [DataFile(OutputFile(path: "robots.txt", text: robots))]
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

    /// Every `.html` page but `404.html` is listed.
    static func isListed(_ pagePath: String) -> Bool { pagePath.hasSuffix(".html") && pagePath != "404.html" }

    /// One `<url>` line per listed page, in the order of their URLs.
    private func urlLines(_ pagePaths: [String]) -> [String] {
        var entries: [String: Int] = [:]
        for (index, entry) in model.site.entries.enumerated() { entries[entry.url] = index }
        return pagePaths.filter(Self.isListed).map(Self.urlPath).sorted().map { path in
            var line = "  <url><loc>\(XML.escape(urls.absolute(path)))</loc>"
            // Only a real change date is a lastmod: the day of the entry's last commit.
            if let index = entries[path], let day = model.entry(index).updated { line += "<lastmod>\(day)</lastmod>" }
            return line + "</url>\n"
        }
    }

    private static func urlSet(_ lines: ArraySlice<String>) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """ + lines.joined() + "</urlset>\n"
    }

    /// The sitemap index naming the parts (no `lastmod`: they have no date of their own).
    private func index(_ parts: ArraySlice<String>) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """ + parts.map { "  <sitemap><loc>\(XML.escape(urls.absolute("/" + $0)))</loc></sitemap>\n" }.joined()
            + "</sitemapindex>\n"
    }

    /// `projektai/x/index.html` → `/projektai/x/`; `apie.html` → `/apie.html`.
    static func urlPath(_ file: String) -> String {
        if file == "index.html" { return "/" }
        if file.hasSuffix("/index.html") { return "/" + file.dropLast("index.html".count) }
        return "/" + file
    }
}
