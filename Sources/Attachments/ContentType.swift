import CMagic
import Foundation

/// The content type of bytes as libmagic reads it from their magic numbers (`application/pdf`).
///
/// A libmagic handle is not thread-safe: there is one, opened on first use, and a lock.
enum ContentType {
    private final class Handle: @unchecked Sendable {  // used only under `lock`
        let cookie: magic_t?
        let lock = NSLock()
        init() {
            cookie = magic_open(MAGIC_MIME_TYPE)
            if let cookie, magic_load(cookie, nil) != 0 {
                magic_close(cookie)
                cookieFailed = true
            }
        }
        var cookieFailed = false
    }

    private static let handle = Handle()

    /// libmagic looks at the start of a file; office files name their kind in their first entries.
    static let prefix = 1 << 20

    /// The MIME type of `bytes`, or `nil` when libmagic or its database is unavailable.
    static func of(_ bytes: [UInt8]) -> String? {
        let handle = handle
        guard let cookie = handle.cookie, !handle.cookieFailed else { return nil }
        handle.lock.lock()
        defer { handle.lock.unlock() }
        let count = min(bytes.count, prefix)
        let type = bytes.withUnsafeBytes { raw in magic_buffer(cookie, raw.baseAddress, count) }
        return type.map { String(cString: $0) }
    }
}
