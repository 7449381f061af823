import Cache
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

    /// Kept in memory, the dates are read again when the commit changes, not before.
    @Test func keptDatesFollowTheCommit() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        func git(_ arguments: [String], at date: String = "1795818600 +0000") throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", site.path, "-c", "user.name=Test", "-c", "user.email=t@example.lt"] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]) { _, new in new }.filter { $0.key != "GIT_DIR" }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q"])
        try "a\n".write(to: site.appendingPathComponent("content/a.md"), atomically: true, encoding: .utf8)
        try git(["add", "."])
        try git(["commit", "-q", "-m", "a"])
        let resident = ResidentCache()
        #expect(GitDates.read(siteFolder: site, resident: resident) == ["content/a.md": 1_795_818_600])
        #expect(GitDates.read(siteFolder: site, resident: resident) == ["content/a.md": 1_795_818_600])
        try "b\n".write(to: site.appendingPathComponent("content/a.md"), atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-a", "-m", "b"], at: "1795900000 +0000")
        #expect(GitDates.read(siteFolder: site, resident: resident) == ["content/a.md": 1_795_900_000])
    }

    @Test func thePortalHasDates() {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: repository.appendingPathComponent(".git").path) else { return }
        #expect(!GitDates.read(siteFolder: repository).isEmpty, "the repository's content has history")
    }
}
