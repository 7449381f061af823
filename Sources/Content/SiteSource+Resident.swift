import Cache
import Foundation
import Support

/// Reading the sources again in a process that keeps them between builds (the preview): a
/// file whose `lstat` (size, inode, modification and change times) is as it was when it was
/// last read is not read again, nor hashed.
extension SiteSource {
    /// A file as it was read: its `lstat` before the read, its bytes and their fingerprint.
    struct KnownFile: Sendable {
        var stamp: FileStamp
        var bytes: [UInt8]
        var fingerprint: String
        /// Changed too shortly before it was read for its stamp to tell a later write of the
        /// same size apart (file systems that keep times to the second, or a coarse clock):
        /// read again next time, as git treats "racily clean" files.
        var isRacy: Bool
    }

    /// Reads `paths` in parallel, taking from `resident` the files unchanged since the last
    /// read (kept as `name`), and keeps what was read there; `nil` entries could not be read
    /// (with their errno).
    static func read(
        _ paths: [String], in siteFolder: URL, resident: ResidentCache, name: String
    ) -> [(file: SourceFile?, fingerprint: String?, errno: Int32)] {
        let root = siteFolder.path
        // Taken out while it is read and changed, so that changing it copies nothing.
        var known = resident.take(name, context: root, as: [String: KnownFile].self) ?? [:]
        // Stamps are taken before each read, so a write during the read changes it.
        let started = FileStamp.now()
        let read = paths.parallelMap { [known] path -> (KnownFile?, Int32) in
            let full = root + "/" + path
            guard let stamp = FileStamp(path: full) else { return (nil, errno) }
            if let last = known[path], last.stamp == stamp, !last.isRacy { return (last, 0) }
            guard let bytes = PlainFiles.read(full) else { return (nil, errno) }
            let fingerprint = SiteSource.fingerprint(of: bytes)
            return (KnownFile(stamp: stamp, bytes: bytes, fingerprint: fingerprint, isRacy: stamp.isRacy(at: started)), 0)
        }
        for (path, (file, _)) in zip(paths, read) where known[path]?.stamp != file?.stamp || known[path]?.isRacy != file?.isRacy {
            known[path] = file
        }
        // Files deleted or renamed since leave it.
        if known.count > paths.count {
            let current = Set(paths)
            known = known.filter { current.contains($0.key) }
        }
        resident.keep(name, context: root, value: known)
        return zip(paths, read).map { path, result in
            (result.0.map { SourceFile(path: path, bytes: $0.bytes) }, result.0?.fingerprint, result.1)
        }
    }
}
