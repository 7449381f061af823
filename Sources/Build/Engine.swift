import Foundation

/// Which program is building: caches made by another build of zinynas are not reused, since
/// parsing or rendering may have changed between them.
enum Engine {
    /// The running executable's size and modification time (a property of the program, never of
    /// the content); a fresh random value when they cannot be read, so nothing is reused.
    static let identity: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown-\(UUID().uuidString)" }
        return "zinynas \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
