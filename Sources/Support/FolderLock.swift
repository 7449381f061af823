import Foundation
import Synchronization

/// An advisory lock (`flock`) on a folder, held through a lock file in it that names the
/// holder's PID; the file is removed when the lock is released, so it is there only while a
/// build or the preview server runs.
///
/// Within one process the lock is re-entrant: the preview server holds its folders' locks for
/// as long as it runs, and each of its builds takes them again.
package final class FolderLock: Sendable {
    package let path: String

    /// The name of the lock file in the locked folder.
    package static let fileName = ".zinynas-lock"

    private init(path: String) { self.path = path }

    /// Why a lock was not taken.
    package enum Failure: Error, Sendable {
        /// Another process held it for all of `waited` seconds; its PID when it wrote one.
        case held(byPID: Int32?, waited: Double)
        /// The lock file could not be made (the folder is missing or read-only): `errno`.
        case cannotOpen(Int32)
    }

    /// Takes the lock on `folder` (which must exist), waiting up to `timeout` seconds while
    /// another process holds it.
    package static func acquire(_ folder: String, timeout: Double = defaultTimeout) throws(Failure) -> FolderLock {
        let path = folder + "/" + fileName
        let reentered = held.withLock { table in
            guard let (fd, count) = table[path] else { return false }
            table[path] = (fd, count + 1)
            return true
        }
        if reentered { return FolderLock(path: path) }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw .cannotOpen(errno) }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                // The holder before may have removed the file between our open and flock.
                if isSameFile(fd, path) {
                    let pid = Array("\(getpid())\n".utf8)
                    _ = ftruncate(fd, 0)
                    _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                    held.withLock { $0[path] = (fd, 1) }
                    return FolderLock(path: path)
                }
            } else if Date() >= deadline {
                let holder = PlainFiles.read(path).flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) }
                close(fd)
                throw .held(byPID: holder, waited: timeout)
            }
            close(fd)
            usleep(50_000)
        }
    }

    /// Releases the lock (the last release in this process removes the lock file).
    package func release() {
        Self.held.withLock { table in
            guard let (fd, count) = table[path] else { return }
            if count > 1 {
                table[path] = (fd, count - 1)
                return
            }
            table[path] = nil
            unlink(path)  // while still holding it: a waiter then finds its file gone and retries
            close(fd)
        }
    }

    /// Seconds a build waits for another to finish: `ZINYNAS_LOCK_WAIT`, or 5.
    package static var defaultTimeout: Double {
        ProcessInfo.processInfo.environment["ZINYNAS_LOCK_WAIT"].flatMap(Double.init) ?? 5
    }

    private static func isSameFile(_ fd: Int32, _ path: String) -> Bool {
        var open = stat()
        var named = stat()
        return fstat(fd, &open) == 0 && lstat(path, &named) == 0 && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    /// The locks this process holds: lock file → descriptor and how many times taken.
    private static let held = Mutex<[String: (fd: Int32, count: Int)]>([:])
}
