import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `lstat` says of a file that a change would alter: size, inode, modification and change
/// times (nanoseconds). Equal stamps mean an unchanged file, as far as the file system can
/// tell (see `isRacy`); what the preview's sources and the image index trust.
package struct FileStamp: Sendable, Equatable {
    package var size: Int
    package var inode: UInt64
    package var modified: Int
    package var changed: Int

    /// The stamp of the file at `path` (not following a symlink); `nil` (with `errno`) if none.
    package init?(path: String) {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    }

    package init(size: Int, inode: UInt64, modified: Int, changed: Int) {
        (self.size, self.inode, self.modified, self.changed) = (size, inode, modified, changed)
    }

    /// Whether the file changed less than `racyWindow` before `now` (nanoseconds since 1970,
    /// `FileStamp.now()`): too recently for its stamp to tell a later write of the same size
    /// apart, on file systems that keep times to the second or with a coarse clock.
    package func isRacy(at now: Int) -> Bool { now - max(modified, changed) < Self.racyWindow }

    /// Two seconds: the coarsest times of the file systems an editor may save to (FAT,
    /// exFAT, SMB shares) are of one or two.
    package static let racyWindow = 2_000_000_000

    /// The wall clock in nanoseconds since 1970, as file times are.
    package static func now() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
    }
}
