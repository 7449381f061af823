import Content
import Diagnostics
import Foundation

/// The fuzz targets of `scripts/fuzz`: each runs one parser of the build on arbitrary bytes,
/// against the portal's own site.yml, content and layouts. A crash or a hang is a finding;
/// diagnostics and thrown errors are the parsers' answer to bad input.
///
/// The same entry points serve libFuzzer (`zinynas-fuzz` built with `-sanitize=fuzzer`), the
/// plain build of `zinynas-fuzz` (which runs given inputs once) and the smoke test.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// A content file: front matter, the collection's schema, the body, the checks across files.
    case frontMatter = "front-matter"
    /// A Markdown body, its links rewritten as a content file's are.
    case markdown
    /// A Mustache template: parsed, checked as layouts are, rendered when the build would.
    case template

    /// The function to call with each input.
    package func prepare(_ site: FuzzSite) -> @Sendable ([UInt8]) -> Void {
        switch self {
        case .frontMatter:
            let target = FrontMatterTarget(site)
            return { target.run($0) }
        case .markdown:
            let target = MarkdownTarget(site)
            return { target.run($0) }
        case .template:
            let target = TemplateTarget(site)
            return { target.run($0) }
        }
    }

    /// Seed inputs made of the site's own files, by file name (the corpus `scripts/fuzz` starts from).
    package func seeds(_ site: FuzzSite) -> [(name: String, bytes: [UInt8])] {
        switch self {
        case .frontMatter: FrontMatterTarget(site).seeds()
        case .markdown: MarkdownTarget(site).seeds()
        case .template: site.source.layouts.map { (Self.seedName($0.path), $0.bytes) }
        }
    }

    /// `content/projektai/x.md` → `content-projektai-x.md`.
    static func seedName(_ path: String) -> String {
        path.replacingOccurrences(of: "/", with: "-")
    }
}

/// What the targets need of a site, read and decoded once.
package struct FuzzSite: Sendable {
    package let source: SiteSource
    /// The whole site parsed: its settings and link resolver.
    let parsed: ParsedSite

    /// Reads and parses the site in `folder`.
    /// - Throws: `DiagnosticsError` when it cannot be read or its site.yml has errors.
    package init(folder: URL) throws(DiagnosticsError) {
        source = try SiteSource.read(siteFolder: folder)
        parsed = SiteParser.parse(source)
        guard parsed.config != nil, parsed.resolver != nil else { throw DiagnosticsError(parsed.configDiagnostics) }
    }
}
