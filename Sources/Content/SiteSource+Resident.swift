import Cache
import Foundation
import Support

#if canImport(Glibc)
    import Glibc
#endif

/// Reading the sources again in a process that keeps them between builds (the preview): a
/// file whose `lstat` (size, inode, modification and change times) is as it was when it was
/// last read is not read again, nor hashed.
extension SiteSource {
    /// A file as it was read: its `lstat` before the read, its bytes and their fingerprint.
    struct KnownFile: Sendable {
        var stamp: FileStamp
        var bytes: [UInt8]
        var fingerprint: String
    }

    /// What `lstat` says of a file that a change would alter. Taken before the file is read,
    /// so a write during the read changes it and the next build reads the file again.
    struct FileStamp: Sendable, Equatable {
        var size: Int
        var inode: UInt64
        var modified: Int
        var changed: Int

        /// The stamp of `name` in the folder open as `folder` (a path relative to it is looked
        /// up one name deep, where `lstat` of the whole path walks every folder above it).
        init?(folder: Int32, name: String) {
            var info = Glibc.stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            size = Int(info.st_size)
            inode = UInt64(info.st_ino)
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        }
    }

    private static let residentName = "sources"

    /// A path relative to the site as its folder and name (`content/projektai`, `x.md`).
    private static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path[...]) }
        return (path[..<slash], path[path.index(after: slash)...])
    }

    /// Reads `paths` in parallel, taking from `resident` the files unchanged since the last
    /// read, and keeps what was read there; `nil` entries could not be read (with their errno).
    static func read(
        _ paths: [String], in siteFolder: URL, resident: ResidentCache
    ) -> [(file: SourceFile?, fingerprint: String?, errno: Int32)] {
        let root = siteFolder.path
        // Taken out while it is read and changed, so that changing it copies nothing.
        var known = resident.take(residentName, context: root, as: [String: KnownFile].self) ?? [:]
        // Each folder opened once, for the files in it to be stamped relative to it.
        let split = paths.map(Self.split)
        var folders: [Substring: Int32] = [:]
        for (folder, _) in split where folders[folder] == nil {
            folders[folder] = open(root + "/" + folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        defer { for fd in folders.values where fd >= 0 { close(fd) } }
        let read = Array(zip(paths, split)).parallelMap { [folders, known] path, split -> (KnownFile?, Int32) in
            let folder = folders[split.folder] ?? -1
            guard folder >= 0, let stamp = FileStamp(folder: folder, name: String(split.name)) else {
                return (nil, folder >= 0 ? errno : ENOENT)
            }
            if let last = known[path], last.stamp == stamp { return (last, 0) }
            guard let bytes = PlainFiles.read(root + "/" + path) else { return (nil, errno) }
            var hasher = Fingerprint()
            hasher.combine(bytes: bytes)
            return (KnownFile(stamp: stamp, bytes: bytes, fingerprint: hasher.hexDigest), 0)
        }
        for (path, (file, _)) in zip(paths, read) where known[path]?.stamp != file?.stamp { known[path] = file }
        resident.keep(residentName, context: root, value: known)
        return zip(paths, read).map { path, result in
            (result.0.map { SourceFile(path: path, bytes: $0.bytes) }, result.0?.fingerprint, result.1)
        }
    }
}
