import Foundation
import Synchronization

/// Files through plain POSIX calls. Foundation's `Data.write` syncs every file to disk (an
/// `fsync` per page made writing 20,000 pages take seconds; a site that a crash leaves
/// half-written is rebuilt by the next build anyway), and its directory listing and
/// attributes cost a `stat` and a dictionary per file.
package enum PlainFiles {
    /// What a folder entry is; symlinks and devices are `other`, and never followed.
    package enum Kind: Sendable { case file, folder, other }

    /// The file's bytes, or `nil` when it cannot be read (usually: it does not exist yet);
    /// a symlink is not followed (`nil` too), so nothing outside the folder is read.
    package static func read(_ path: String) -> [UInt8]? {
        guard !isDenied(path) else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        // Read into uninitialised memory: zeroing it first was a pass over every page of
        // the cache files (tens of megabytes) for nothing.
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let n = Glibc.read(fd, buffer.baseAddress! + initialized, size - initialized)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                initialized += n
            }
            complete = initialized == size
        }
        return complete ? bytes : nil
    }

    /// Creates the file and writes `bytes` to it; returns `false`, writing nothing, when
    /// anything (also a symlink, which is never followed) is at `path` already.
    @discardableResult
    package static func create(_ bytes: some Collection<UInt8>, at path: String) throws -> Bool {
        try create(pieces: [ArraySlice(bytes as? [UInt8] ?? Array(bytes))], at: path)
    }

    /// `create(_:at:)` for a file written as pieces, one after another.
    @discardableResult
    package static func create(pieces: [ArraySlice<UInt8>], at path: String) throws -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && errno == EEXIST { return false }
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        for piece in pieces {
            guard piece.withUnsafeBytes({ writeAll($0, to: fd) }) else { throw failure(path) }
        }
        return true
    }

    /// Writes a file a slice at a time (`produce` calls `write` with each; `write` returns
    /// `false` once writing failed) into a temporary beside `path`, then renames it over
    /// `path`. Returns whether the file was replaced; on failure nothing is left behind.
    @discardableResult
    package static func replace(_ path: String, producing produce: (_ write: ([UInt8]) -> Bool) -> Void) -> Bool {
        let temporary = path + ".\(getpid()).tmp"  // two builds (build and serve) never share one
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        var failed = false
        produce { bytes in
            guard !failed else { return false }
            failed = !bytes.withUnsafeBytes { writeAll($0, to: fd) }
            return !failed
        }
        close(fd)
        guard !failed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The entries of a folder (without `.` and `..`), read with `readdir`, whose entry
    /// types spare a `stat` per file; empty when the folder cannot be read.
    package static func list(_ path: String) -> [(name: String, kind: Kind)] {
        entries(path) ?? []
    }

    /// The entries of a folder as `list`, or `nil` (with `errno` set) when it cannot be read.
    package static func entries(_ path: String) -> [(name: String, kind: Kind)]? {
        guard !isDenied(path), let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let kind: Kind
            switch Int(entry.pointee.d_type) {
            case Int(DT_DIR): kind = .folder
            case Int(DT_REG): kind = .file
            case Int(DT_UNKNOWN): kind = lstatKind(path + "/" + name)  // file systems without entry types
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }

    /// Removes `path` and, if it is a folder, everything in it, without following symlinks
    /// (a link is removed, never its target). Faster than FileManager's, which costs a stat
    /// and attribute lookups per file; returns whether nothing is left.
    @discardableResult
    package static func removeTree(_ path: String) -> Bool {
        if lstatKind(path) == .folder {
            for entry in list(path) {
                let child = path + "/" + entry.name
                if entry.kind == .folder { removeTree(child) } else { unlink(child) }
            }
            return rmdir(path) == 0
        }
        return unlink(path) == 0 || errno == ENOENT
    }

    /// Test hook: paths that read as unreadable (`EACCES`), as `chmod 000` makes them for
    /// anyone but root (tests run as root).
    package static func deny(_ path: String) {
        denied.withLock { $0.insert(path) }
        anyDenied.store(true, ordering: .relaxed)
    }

    private static let denied = Mutex<Set<String>>([])
    private static let anyDenied = Atomic(false)

    private static func isDenied(_ path: String) -> Bool {
        guard anyDenied.load(ordering: .relaxed), denied.withLock({ $0.contains(path) }) else { return false }
        errno = EACCES
        return true
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        var done = 0
        while done < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    private static func lstatKind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    private static func failure(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
    }
}
