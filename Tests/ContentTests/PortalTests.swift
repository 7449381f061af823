import Content
import Foundation
import Testing

/// The bundled portal and the benchmark corpus speak the content model of shared/spec.
@Suite struct PortalTests {
    @Test func bundledPortalChecksClean() throws {
        let result = SiteParser.parse(try SiteSource.read(siteFolder: Fixtures.repository))
        #expect(result.diagnostics.isEmpty, "\(Fixtures.render(result))")
        let config = try #require(result.site?.config)
        #expect(config.collections.map(\.name) == ["bibliotekos", "gerosios-patirtys", "finansavimas", "projektai", "mokymai"])
        #expect(config.taxonomies.count == 8)
    }

    @Test func generatedCorpusOfAThousandEntriesChecksClean() throws {
        let script = Fixtures.shared.appendingPathComponent("bench/gen-corpus.py")
        try #require(FileManager.default.fileExists(atPath: script.path), "shared/bench/gen-corpus.py is missing at \(script.path)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, "1000"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gen-corpus.py failed (is python3 installed? scripts/deps --test installs it)")

        let portalConfig = try Data(contentsOf: Fixtures.repository.appendingPathComponent("site.yml"))
        let source = SiteSource(
            config: SourceFile(path: "site.yml", bytes: Array(portalConfig)), content: try Fixtures.contentFiles(in: folder))
        #expect(source.content.count == 1000)
        let result = SiteParser.parse(source)
        #expect(result.diagnostics.isEmpty, "\(Fixtures.render(result).prefix(4000))")
        #expect(result.site?.entries.count == 1000)
    }
}
