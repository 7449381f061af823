import Foundation
import Testing

/// The bundled portal and a generated 1,000-entry corpus build with zero diagnostics.
@Suite struct PortalBuildTests {
    static let repository = BuildFixture.repository

    @Test func bundledPortalBuilds() throws {
        let tree = try BuildFixture.builtTree(Self.repository, now: "2026-11-28")
        for page in [
            "index.html", "404.html", "apie/index.html", "prieinamumas/index.html", "projektai/registras/index.html",
            "finansavimas/atviri/index.html", "mokymai/artejantys/index.html", "mokymai/naujiems-darbuotojams/index.html",
            "temos/index.html", "css/stilius.css",
        ] {
            #expect(tree[page] != nil, "missing \(page)")
        }
        let home = String(decoding: tree["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("<html lang=\"lt\">"))
        #expect(home.contains("Pereiti prie turinio"))
        #expect(home.contains("Pareiškimas dėl prieinamumo"))
    }

    @Test func generatedCorpusOfAThousandEntriesBuilds() throws {
        let scratch = try BuildFixture.scratch()
        let site = scratch.appendingPathComponent("site")
        let script = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/bench/gen-corpus.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, site.path, "1000"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gen-corpus.py failed (scripts/deps --test installs python3)")
        for item in ["site.yml", "layouts", "static"] {
            try FileManager.default.copyItem(
                at: Self.repository.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        let report = try BuildFixture.build(site, into: scratch.appendingPathComponent("public"), now: "2026-11-28")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.prefix(5).map(\.description))")
        #expect(report.entries == 1000)
        #expect(report.pages > 1000)
    }
}
