import Cache
import Foundation

/// "Last updated" dates from git history: one `git log` call for the whole content folder.
///
/// File modification times are never used: a fresh clone gives every file today's mtime.
package enum GitDates {
    /// Commit time (seconds since 1970) of the newest commit touching each file under
    /// `content/`, keyed by path relative to the site folder; empty outside a repository.
    /// `resident`: where a process that builds again and again (the preview) keeps the dates
    /// by the commit they were read at; they change only with it (a commit, a checkout, a pull),
    /// and `git log` over a long history costs more than a rebuild.
    package static func read(siteFolder: URL, resident: ResidentCache? = nil) -> [String: Int] {
        // Starting git costs tens of milliseconds: not done where it can only fail.
        guard isInRepository(siteFolder) else { return [:] }
        guard let resident, let head = run(["rev-parse", "HEAD"], in: siteFolder) else { return log(siteFolder) }
        let context = siteFolder.path + "\t" + head
        if let kept = resident.value(residentName, context: context, as: [String: Int].self) { return kept }
        let dates = log(siteFolder)
        resident.keep(residentName, context: context, value: dates)
        return dates
    }

    private static let residentName = "git-dates"

    private static func log(_ siteFolder: URL) -> [String: Int] {
        guard let output = run(["log", "--format=%x01%ct", "--name-only", "--relative", "--no-renames", "--", "content"], in: siteFolder)
        else { return [:] }
        return parse(output)
    }

    /// Whether `folder` or a folder above it holds `.git` (or `GIT_DIR` names a repository).
    static func isInRepository(_ folder: URL) -> Bool {
        if ProcessInfo.processInfo.environment["GIT_DIR"] != nil { return true }
        var current = folder.resolvingSymlinksInPath()  // git looks from the real folder
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { return true }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return false }
            current = parent
        }
    }

    /// Parses `git log --format=%x01%ct --name-only` output, newest commit first.
    static func parse(_ output: String) -> [String: Int] {
        var dates: [String: Int] = [:]
        var current: Int?
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("\u{01}") {
                current = Int(line.dropFirst())
            } else if let time = current, dates[String(line)] == nil {
                dates[String(line)] = time
            }
        }
        return dates
    }

    private static func run(_ arguments: [String], in folder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
