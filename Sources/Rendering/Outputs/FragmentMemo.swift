import Cache
import Synchronization

/// The serialised rows of the last build's data files (an entry of the JSON API, a row of an
/// export, an entry's calendar events), by a key of the entry's inputs (`EntryPageKeys`):
/// an edit remakes the rows of the entries it reaches, and each file is joined from the
/// rest, so a one-entry edit does not format the 3,000 rows of its collection again.
///
/// Read-only for the last build's rows, shared by the renderers that run side by side. They
/// are read when a file first needs a row: a build that keeps every data file (an edit down
/// a body) never reads them, and leaves the memo as it is.
package final class FragmentMemo: Memo {
    package static let file = CacheStore.File.fragments

    package let context: String
    private struct Last {
        var read: (@Sendable () -> [UInt8])?
        var rows: [String: ArraySlice<UInt8>] = [:]
    }
    private let last: Mutex<Last>
    /// The rows this build used or made.
    private let used = Mutex<[String: ArraySlice<UInt8>]>([:])
    /// Keys of the last build's rows whose files were kept: rows for the next build too.
    private let kept = Mutex<[String]>([])
    private let made = Mutex(0)

    /// The memo of the rows `read` gives (a `CacheFile`), read when first needed.
    package init(context: String, reading read: @escaping @Sendable () -> [UInt8]) {
        self.context = context
        last = Mutex(Last(read: read))
    }

    package convenience init(decoding bytes: [UInt8] = [], context: String) {
        self.init(context: context, reading: { bytes })
    }

    /// What a row depends on besides its key: the program that made it.
    /// What every row depends on besides its entry's key and the engine (which the store stamps).
    package static let context = "data-fragments 2"

    package var isWorthWriting: Bool { freshness.isWorthWriting }

    /// Whether the last build's rows were read (some file needed one).
    package var isRead: Bool { last.withLock { $0.read == nil } }

    private func lastRows() -> [String: ArraySlice<UInt8>] {
        last.withLock { last in
            if let read = last.read {
                last.rows = CacheFile.read(read(), context: context) ?? [:]
                last.read = nil
            }
            return last.rows
        }
    }

    /// The row under `key`: the last build's, or made by `make` (outside any lock: rows are
    /// made in parallel).
    func fragment(_ key: String, make: () -> [UInt8]) -> ArraySlice<UInt8> {
        if let known = lastRows()[key] {
            used.withLock { $0[key] = known }
            return known
        }
        let bytes = make()[...]
        used.withLock { $0[key] = bytes }
        made.withLock { $0 += 1 }
        return bytes
    }

    /// Replaces the row under `key`, made again because the one read could not be used.
    func replace(_ key: String, with bytes: [UInt8]) {
        used.withLock { $0[key] = bytes[...] }
        made.withLock { $0 += 1 }
    }

    /// Keeps the last build's row under `key` for the next build, when its file was kept whole
    /// and the row was not needed now.
    func keep(_ key: String) {
        kept.withLock { $0.append(key) }
    }

    /// Rows made by this build rather than taken from the memo.
    package var rowsMade: Int { made.withLock { $0 } }

    /// The next build's rows: those used or made, and the kept ones the memo read holds.
    private var current: [String: ArraySlice<UInt8>] {
        var rows = used.withLock { $0 }
        let last = lastRows()
        for key in kept.withLock({ $0 }) where rows[key] == nil {
            if let row = last[key] { rows[key] = row }
        }
        return rows
    }

    /// Unread rows, when nothing was made, are left as they are: nothing to write.
    package var freshness: MemoFreshness {
        guard isRead || rowsMade > 0 else { return MemoFreshness() }
        let (count, made) = (current.count, rowsMade)
        return MemoFreshness(outdated: made, unused: lastRows().count - (count - made), count: count)
    }

    /// Writes this build's rows through `write`, a slice at a time.
    package func encode(_ write: ([UInt8]) -> Bool) {
        let rows = current
        CacheFile.write(context: context, keys: rows.keys.sorted(), value: { Array(rows[$0]!) }, to: write)
    }
}
