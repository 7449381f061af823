import Foundation
import Support
import Testing

/// What `zinynas build` promises about its output and cache folders, seen from outside:
/// locks naming their holder, failures that say what happened (docs/reliability.md).
@Suite struct OutputSafetyTests {
    /// A second build waits for the lock, then gives up naming the holder's PID; the lock
    /// file goes with the lock.
    @Test(arguments: ["output folder", "cache folder"])
    func aLockedFolderIsNamedWithItsHolder(_ kind: String) throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("public")
        let cache = scratch.appendingPathComponent("cache")
        let locked = kind == "output folder" ? output : cache
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let lock = try FolderLock.acquire(locked.path)
        // Another process: this one's own lock is re-entrant.
        let result = try CLI.run(
            ["build", "--site", site.path, "--output", output.path, "--cache-dir", cache.path, "--now", "2026-05-01"],
            environment: ["ZINYNAS_LOCK_WAIT": "0.3"])
        // And in Lithuanian, for a Lithuanian site.
        let lithuanian = try CLI.run(
            ["build", "--site", site.path, "--output", output.path, "--cache-dir", cache.path, "--now", "2026-05-01", "--lang", "lt"],
            environment: ["ZINYNAS_LOCK_WAIT": "0.3"])
        lock.release()
        #expect(result.status == 2)
        #expect(result.stderr.contains("another zinynas (PID \(getpid())) is using the \(kind) \(locked.path)"), "\(result.stderr)")
        let folder = kind == "output folder" ? "aplanką \(locked.path), į kurį kuriama svetainė," : "podėlio aplanką \(locked.path)"
        #expect(lithuanian.stderr.contains("\(folder) dabar naudoja kita „zinynas“ programa (PID \(getpid())); nustota laukti po 0 s"), "\(lithuanian.stderr)")
        #expect(!FileManager.default.fileExists(atPath: locked.appendingPathComponent(FolderLock.fileName).path))
        let built = try CLI.run(["build", "--site", site.path, "--output", output.path, "--cache-dir", cache.path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(FolderLock.fileName).path))
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent(FolderLock.fileName).path))
    }

    /// A full disk (here: the third operation on the output fails) is named as such, with the
    /// file, and leaves the last site.
    @Test func aFullDiskIsNamed() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("public")
        let arguments = ["build", "--site", site.path, "--output", output.path, "--cache-dir", scratch.appendingPathComponent("cache").path]
        #expect(try CLI.run(arguments).status == 0)
        try Data("x".utf8).write(to: site.appendingPathComponent("static/naujas.txt"))
        let before = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        for (fault, meaning) in [("3", "no space left on the device (ENOSPC)"), ("3:EIO", "input/output error (EIO)")] {
            let result = try CLI.run(arguments, environment: ["ZINYNAS_FAIL_WRITE": fault])
            #expect(result.status == 2)
            #expect(result.stderr.contains("error: cannot write the site to \(output.path): \(meaning) at "), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == before)
        }
    }
}
