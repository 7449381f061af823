import Build
import Diagnostics
import Foundation
import Support
import Testing

/// Only the build's own files are removed: the manifest, `keep`, folders that are not the
/// build's, symlinked output folders.
@Suite struct OutputFolderTests {
    static func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? DiagnosticsError)?.diagnostics.map { [$0.message, $0.hint ?? ""].joined(separator: "\n") }
                .joined(separator: "\n") ?? "\(error)"
        }
    }

    static func build(_ site: URL, into output: URL, force: Bool) throws {
        var options = SiteBuilder.Options(siteFolder: site, output: output, now: "2026-05-01")
        options.cacheFolder = output.deletingLastPathComponent().appendingPathComponent("cache")
        options.force = force
        _ = try SiteBuilder(options: options).run()
    }

    @Test func aFolderHoldingOtherFilesIsRefusedUnlessForced() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("mano užrašai".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let refused = Self.message { try Self.build(site, into: output, force: false) }
        #expect(refused?.contains("refusing to build into \(output.path): it holds files no zinynas build wrote there ('notes.txt')") == true)
        #expect(refused?.contains("--force") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["notes.txt"], "nothing written, nothing left")
        try Self.build(site, into: output, force: true)
        try Self.build(site, into: output, force: false)  // now it has a manifest
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "mano užrašai")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func aFolderHoldingOnlyKeptFilesIsNotRefused() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        for path in ["CNAME", ".nojekyll", ".well-known/security.txt", ".git/HEAD"] {
            let url = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try Self.build(site, into: output, force: false)
        #expect(try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "CNAME")
    }

    /// A file the site itself made at a kept path (static/CNAME) stays after the site drops it.
    @Test func keptFilesAreNeverRemoved() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        try Data("zinynas.example.lt".utf8).write(to: site.appendingPathComponent("static/CNAME"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static/.well-known"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: site.appendingPathComponent("static/robots-extra.txt"))
        try Self.build(site, into: output, force: false)
        try FileManager.default.removeItem(at: site.appendingPathComponent("static/CNAME"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("static/robots-extra.txt"))
        try Self.build(site, into: output, force: false)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("CNAME").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("robots-extra.txt").path))
    }

    @Test func aSymlinkedOutputFolderIsRefused() throws {
        let site = try BuildFixture.copy("valid")
        let target = site.deletingLastPathComponent().appendingPathComponent("kita-svetaine")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("svarbu".utf8).write(to: target.appendingPathComponent("svarbu.html"))
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(at: output, withDestinationURL: target)
        let refused = Self.message { try Self.build(site, into: output, force: true) }
        #expect(refused?.contains("refusing to build into \(output.path): it is a symbolic link") == true, "\(refused ?? "built")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["svarbu.html"])
    }

    @Test(arguments: [
        ("CNAME", "CNAME", true), (".well-known/**", ".well-known/a/b.txt", true), (".well-known/**", ".well-known", true),
        (".git", ".git/objects/ab/cd", true), ("*.txt", "a.txt", true), ("*.txt", "dir/a.txt", false),
        ("**/*.txt", "dir/a.txt", true), ("**/*.txt", "a.txt", true), ("a?c", "abc", true), ("CNAME", "xCNAME", false),
        ("docs/**", "docsx/a", false),
    ])
    func keepGlobs(_ glob: String, _ path: String, _ kept: Bool) {
        #expect(OutputWriter.matches([glob], path) == kept)
    }
}
