import Checks
import Config
import Content
import Diagnostics
import Markdown

/// A content file through `parse` and `check`, as the only file of the site (beside all of the
/// site's 46 files, the checks of their links took 95 % of each run).
///
/// The input's first byte chooses where the file is (`paths`), the rest are its bytes.
struct FrontMatterTarget: Sendable {
    let site: FuzzSite
    let config: SiteConfig
    /// Where the file may be: a page, the home page, an entry of each collection (as `<slug>.md`
    /// and as `<slug>/index.md`), and a folder that is no collection's.
    let paths: [String]

    init(_ site: FuzzSite) {
        self.site = site
        config = site.parsed.config!
        paths = ["content/fuzz.md", "content/index.md"]
            + config.collections.flatMap { ["content/\($0.folder)/fuzz.md", "content/\($0.folder)/fuzz/index.md"] }
            + ["content/fuzz/fuzz.md"]
        Markdown.prepare()
    }

    func run(_ data: [UInt8]) {
        guard let first = data.first else { return }
        let path = paths[Int(first) % paths.count]
        var source = site.source
        source.content = [SourceFile(path: path, bytes: Array(data.dropFirst()))]
        let parsed = SiteParser.parseContent(source, config: config)
        let checked = SiteChecks.check(parsed, source: source)
        // Printing is part of the run: a diagnostic quotes its line, with a caret at its column.
        let texts = checked.texts
        let printer = DiagnosticPrinter(source: { texts[$0] })
        for diagnostic in checked.diagnostics { _ = printer.render(diagnostic) }
    }

    /// Each content file of the site, at the place of its kind.
    func seeds() -> [(name: String, bytes: [UInt8])] {
        site.source.content.map { file in
            let parts = file.path.split(separator: "/")
            let index = parts.count == 2
                ? (file.path == "content/index.md" ? 1 : 0)
                : paths.firstIndex(of: "content/\(parts[1])/fuzz.md") ?? paths.count - 1
            return (FuzzTarget.seedName(file.path), [UInt8(index)] + file.bytes)
        }
    }
}
