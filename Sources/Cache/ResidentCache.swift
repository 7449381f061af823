import Foundation

/// What a process that builds again and again (the preview server) keeps between its builds
/// in place of the cache folder's files: each file's bytes as last written, and the memos a
/// rebuild would spend most of its time decoding, as values (`ResidentMemo`). A store with one
/// (`CacheStore.resident`) neither reads nor writes its memo files: the preview's cache is
/// scratch, thrown away when it stops.
///
/// Values are kept under the context they were made for, stamped as the files' are, so one
/// made for another site.yml, set of files or engine is never handed out.
package final class ResidentCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    private var values: [String: (context: String, value: any Sendable)] = [:]

    package init() {}

    /// The bytes last written as `name`; none if nothing was, or a value replaced them.
    func bytes(_ name: String) -> [UInt8] { lock.withLock { files[name] ?? [] } }

    /// Keeps what `encode` writes as `name`, in place of a value kept under that name.
    func write(_ name: String, _ encode: (([UInt8]) -> Bool) -> Void) {
        var bytes: [UInt8] = []
        encode { chunk in
            bytes += chunk
            return true
        }
        lock.withLock {
            files[name] = bytes
            values[name] = nil
        }
    }

    func remove(_ name: String) {
        lock.withLock {
            files[name] = nil
            values[name] = nil
        }
    }

    /// The value kept as `name`, if it was kept for `context` and is a `T`.
    package func value<T: Sendable>(_ name: String, context: String, as type: T.Type = T.self) -> T? {
        lock.withLock {
            guard let kept = values[name], kept.context == context else { return nil }
            return kept.value as? T
        }
    }

    /// The value kept as `name` for `context`, no longer kept: a caller that changes it and
    /// keeps it again changes the only copy.
    package func take<T: Sendable>(_ name: String, context: String, as type: T.Type = T.self) -> T? {
        lock.withLock {
            guard let kept = values[name], kept.context == context, let value = kept.value as? T else { return nil }
            values[name] = nil
            return value
        }
    }

    /// Keeps `value` as `name` for `context`, in place of the bytes written as `name`.
    package func keep(_ name: String, context: String, value: any Sendable) {
        lock.withLock {
            values[name] = (context, value)
            files[name] = nil
        }
    }
}

/// A memo that a `ResidentCache` keeps as it is: the next build of the process starts from
/// this build's memo, without encoding or decoding it.
package protocol ResidentMemo: Memo {
    /// The context the memo's records were made for (stamped by the store), which the next
    /// build's must equal.
    var context: String { get }
}
