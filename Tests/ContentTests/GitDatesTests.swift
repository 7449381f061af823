@testable import Content
import Foundation
import Testing

/// "Atnaujinta" dates come from one `git log`; outside a repository git is not started at all.
@Suite struct GitDatesTests {
    @Test func parsesNewestCommitFirst() {
        let log = "\u{01}1795818600\n\ncontent/a.md\ncontent/b.md\n\u{01}1700000000\n\ncontent/a.md\ncontent/c.md\n"
        #expect(GitDates.parse(log) == ["content/a.md": 1_795_818_600, "content/b.md": 1_795_818_600, "content/c.md": 1_700_000_000])
    }

    @Test func knowsARepositoryFromAnyFolderInside() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("portalas/svetaine")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        if ProcessInfo.processInfo.environment["GIT_DIR"] == nil {
            // A temporary folder is in no repository (unless the machine keeps one above /tmp).
            #expect(GitDates.isInRepository(site) == GitDates.isInRepository(FileManager.default.temporaryDirectory))
            #expect(GitDates.read(siteFolder: site).isEmpty)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(GitDates.isInRepository(site))
        #expect(GitDates.isInRepository(root))
    }

    @Test func thePortalHasDates() {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: repository.appendingPathComponent(".git").path) else { return }
        #expect(!GitDates.read(siteFolder: repository).isEmpty, "the repository's content has history")
    }
}
