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

/// A view's downloads hold exactly the view's rows: the open calls' CSV has no closed call.
@Suite struct ViewExportTests {
    @Test func aViewsDownloadsHoldExactlyItsRows() throws {
        let tree = try BuildFixture.builtTree(BuildFixture.repository, now: "2026-11-28")
        let pageData = try #require(tree["finansavimas/atviri/index.html"])
        let page = String(decoding: pageData, as: UTF8.self)
        #expect(page.contains("href=\"/finansavimas/atviri/kvietimai.csv\""), "the view links its own downloads")
        let viewData = try #require(tree["finansavimas/atviri/kvietimai.json"])
        let allData = try #require(tree["finansavimas/kvietimai.json"])
        let view = try #require(JSONSerialization.jsonObject(with: viewData) as? [String: Any])
        let all = try #require(JSONSerialization.jsonObject(with: allData) as? [String: Any])
        let urls = try #require((view["rows"] as? [[String: Any]])?.compactMap { $0["url"] as? String })
        let allURLs = try #require((all["rows"] as? [[String: Any]])?.compactMap { $0["url"] as? String })
        #expect(!urls.isEmpty && urls.count < allURLs.count && Set(urls).isSubset(of: allURLs))
        #expect(view["title"] as? String == "Atviri kvietimai" && view["count"] as? Int == urls.count)
        for url in urls {
            let path = url.replacingOccurrences(of: "https://zinynas.example.lt", with: "")
            #expect(page.contains("href=\"\(path)\""), "\(path) is a row of the view page too")
        }
        let csvData = try #require(tree["finansavimas/atviri/kvietimai.csv"])
        let csv = String(decoding: csvData, as: UTF8.self)
        #expect(urls.allSatisfy { csv.contains($0) } && csv.split(separator: "\r\n").count == urls.count + 1)
    }
}
