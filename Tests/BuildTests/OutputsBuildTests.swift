import Foundation
import Rendering
import Testing

/// The outputs fixture and the portal built end to end: every machine-readable file is
/// written, linked from the pages, and the same bytes on every build.
@Suite struct OutputsBuildTests {
    static let site = BuildFixture.fixtures.appendingPathComponent("outputs")

    func text(_ tree: [String: Data], _ path: String) -> String { String(decoding: tree[path] ?? Data(), as: UTF8.self) }

    @Test func everyOutputIsWrittenAndLinked() throws {
        let tree = try BuildFixture.builtTree(Self.site, now: "2026-11-28")
        for path in [
            "renginiai.ics", "terminai.ics", "renginiai/rudens-naktis.ics", "naujienos.xml", "renginiai/atom.xml",
            "sitemap.xml", "robots.txt", "projektai/registras.csv", "projektai/registras.json", "renginiai/renginiai.csv",
            "kvietimai/kvietimai.csv", "duomenys/projektai.json", "duomenys/bibliotekos.json",
        ] {
            #expect(tree[path] != nil, "missing \(path)")
        }
        #expect(tree["kvietimai/mainai.ics"] == nil, "only collections with per_entry get entry calendars")
        let entry = text(tree, "renginiai/rudens-naktis/index.html")
        #expect(entry.contains(#"<a href="/zinynas/renginiai/rudens-naktis.ics">Įtraukti į kalendorių</a>"#))
        #expect(entry.contains(#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course""#))
        #expect(entry.contains(#"<meta property="og:type" content="article">"#))
        let list = text(tree, "projektai/index.html")
        #expect(list.contains(#"<a href="/zinynas/projektai/registras.csv">Atsisiųsti CSV</a>"#))
        #expect(list.contains(#"<link rel="alternate" type="application/atom+xml" href="/zinynas/projektai/atom.xml">"#))
        #expect(text(tree, "robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://bandymai.example.lt/zinynas/sitemap.xml\n")
    }

    @Test(arguments: ["outputs", "portal"])
    func twoBuildsAreByteIdentical(site name: String) throws {
        let site = name == "portal" ? PortalBuildTests.repository : Self.site
        let scratch = try BuildFixture.scratch()
        _ = try BuildFixture.build(site, into: scratch.appendingPathComponent("a"), now: "2026-11-28")
        _ = try BuildFixture.build(site, into: scratch.appendingPathComponent("b"), now: "2026-11-28")
        let a = try BuildFixture.tree(scratch.appendingPathComponent("a"))
        #expect(a.keys.contains("sitemap.xml") && a.keys.contains { $0.hasSuffix(".ics") })
        #expect(a == (try BuildFixture.tree(scratch.appendingPathComponent("b"))))
    }

    @Test func aStaticFileWinsOverAGeneratedOne() throws {
        let site = try BuildFixture.copy("outputs")
        let robots = site.appendingPathComponent("static/robots.txt")
        try FileManager.default.createDirectory(at: robots.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "User-agent: *\nDisallow: /\n".write(to: robots, atomically: true, encoding: .utf8)
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let report = try BuildFixture.build(site, into: output, now: "2026-11-28")
        #expect(report.succeeded)
        #expect(text(try BuildFixture.tree(output), "robots.txt") == "User-agent: *\nDisallow: /\n")
    }
}
