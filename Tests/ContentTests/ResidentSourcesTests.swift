import Cache
@testable import Content
import Foundation
import Support
import Testing

/// Sources kept in memory between builds (the preview): a file is read again when its stamp
/// changed, or when it changed too shortly before it was last read for its stamp to be trusted.
@Suite struct ResidentSourcesTests {
    static func site() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-resident-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "title: Žinynas\n".write(to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: A\n---\nPirmas.\n".write(to: site.appendingPathComponent("content/a.md"), atomically: true, encoding: .utf8)
        return site
    }

    /// The kept copy of `content/a.md`, replaced by `bytes` with the file's present stamp.
    static func pretend(_ bytes: String, racy: Bool, in resident: ResidentCache, site: URL) throws {
        let name = "sources content"
        var known = try #require(resident.value(name, context: site.path, as: [String: SiteSource.KnownFile].self))
        var file = try #require(known["content/a.md"])
        file.bytes = Array(bytes.utf8)
        file.isRacy = racy
        known["content/a.md"] = file
        resident.keep(name, context: site.path, value: known)
    }

    @Test func anUnchangedStampIsTrustedUnlessRacy() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let resident = ResidentCache()
        let first = try SiteSource.read(siteFolder: site, resident: resident)
        #expect(first.content.map(\.path) == ["content/a.md"])
        #expect(first.fingerprints == SiteSource(config: first.config, content: first.content).fingerprints)
        // Just written: racy, so read again (what a file system with times to the second
        // needs when a same-size write follows within the second).
        try Self.pretend("kept", racy: true, in: resident, site: site)
        #expect(String(decoding: try SiteSource.read(siteFolder: site, resident: resident).content[0].bytes, as: UTF8.self).hasPrefix("---"))
        // Not racy and the same stamp: the kept bytes are taken as they are, the file is not read.
        try Self.pretend("kept", racy: false, in: resident, site: site)
        #expect(String(decoding: try SiteSource.read(siteFolder: site, resident: resident).content[0].bytes, as: UTF8.self) == "kept")
        // Another stamp: read again.
        try "---\ntitle: A\n---\nAntras, ilgesnis.\n".write(to: site.appendingPathComponent("content/a.md"), atomically: true, encoding: .utf8)
        #expect(String(decoding: try SiteSource.read(siteFolder: site, resident: resident).content[0].bytes, as: UTF8.self).hasSuffix("ilgesnis.\n"))
    }

    @Test func aFileChangedWithinTwoSecondsIsRacy() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let stamp = try #require(FileStamp(path: site.appendingPathComponent("content/a.md").path))
        #expect(stamp.isRacy(at: stamp.modified + 1_000_000_000))
        #expect(!stamp.isRacy(at: max(stamp.modified, stamp.changed) + 3_000_000_000))
    }

    /// A deleted file leaves the kept sources.
    @Test func deletedFilesAreForgotten() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        try "---\ntitle: B\n---\n".write(to: site.appendingPathComponent("content/b.md"), atomically: true, encoding: .utf8)
        let resident = ResidentCache()
        _ = try SiteSource.read(siteFolder: site, resident: resident)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/b.md"))
        _ = try SiteSource.read(siteFolder: site, resident: resident)
        let known = try #require(resident.value("sources content", context: site.path, as: [String: SiteSource.KnownFile].self))
        #expect(Array(known.keys) == ["content/a.md"])
    }
}
