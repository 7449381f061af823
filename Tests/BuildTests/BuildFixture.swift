import Cache
import Build
import Foundation
import Testing

/// This test process's scratch folders live here.
let scratchRoot = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-build-tests-\(getpid())").path

/// Builds fixture sites into scratch folders and reads trees back for comparison.
enum BuildFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent()
    static var recording: Bool { ProcessInfo.processInfo.environment["ZINYNAS_RECORD"] == "1" }

    /// A new scratch folder; all of them go when the test process exits.
    static func scratch() throws -> URL {
        _ = removeScratchAtExit
        let url = URL(fileURLWithPath: scratchRoot).appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let removeScratchAtExit: Void = { atexit { try? FileManager.default.removeItem(atPath: scratchRoot) } }()

    /// Builds with the cache in this process's scratch folder, one per output folder, never
    /// in a fixture (fixtures are built where they are, some into folders a build refuses).
    /// - Parameters:
    ///   - pagesOnly, resident: as the preview builds (`SiteBuilder.Options`).
    static func build(
        _ site: URL, into output: URL, now: String = "2026-05-01", verifyCache: Bool = false, pagesOnly: Bool = false,
        resident: ResidentCache? = nil
    ) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options(siteFolder: site, output: output, now: now)
        options.cacheFolder = cacheFolder(for: output)
        options.verifyCache = verifyCache
        options.pagesOnly = pagesOnly
        options.resident = resident
        _ = removeScratchAtExit
        return try SiteBuilder(options: options).run()
    }

    /// The cache folder that `build` uses for `output`.
    static func cacheFolder(for output: URL) -> URL {
        let name = output.standardizedFileURL.path.replacingOccurrences(of: "/", with: "_")
        return URL(fileURLWithPath: scratchRoot).appendingPathComponent("caches/" + name)
    }

    /// Builds `site` into a new scratch folder, expecting no diagnostics, and reads what it wrote.
    static func builtTree(_ site: URL, now: String = "2026-05-01") throws -> [String: Data] {
        let output = try scratch().appendingPathComponent("public")
        let report = try build(site, into: output, now: now)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        return try tree(output)
    }

    /// Every file below `folder`: relative path → bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }

    /// Replaces `items` of a site (`layouts`, `static`) with the portal's own.
    static func usePortal(_ items: [String], in site: URL) throws {
        for item in items {
            let target = site.appendingPathComponent(item)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: repository.appendingPathComponent(item), to: target)
        }
    }

    /// A copy of a fixture site that a test may change.
    static func copy(_ name: String) throws -> URL {
        let folder = try scratch().appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(".zinynas-cache"))  // left by older runs
        return folder
    }

    /// A copy of the valid fixture with one more page (`content/senas.md`), built into
    /// `public` beside it: removing the page then leaves a stale file and folder.
    static func builtWithPageToRemove() throws -> (site: URL, output: URL, page: URL) {
        let site = try copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let page = site.appendingPathComponent("content/senas.md")
        try Data("---\ntitle: Senas puslapis\n---\nNebereikalingas.\n".utf8).write(to: page)
        _ = try build(site, into: output)
        return (site, output, page)
    }
}
