import Content
import Synchronization

/// The serialised rows of the last build's data files (an entry of the JSON API, a row of an
/// export, an entry's calendar events), by a key of the entry's inputs (`EntryPageKeys`):
/// an edit remakes the rows of the entries it reaches, and each file is joined from the
/// rest, so a one-entry edit does not format the 3,000 rows of its collection again.
///
/// Read-only for the last build's rows, shared by the renderers that run side by side.
public final class FragmentMemo: Sendable {
    public let context: String
    private let last: [String: ArraySlice<UInt8>]
    /// The rows this build used or made: the next build's memo.
    private let current = Mutex<[String: ArraySlice<UInt8>]>([:])
    private let made = Mutex(0)

    public init(context: String, decoding bytes: [UInt8] = []) {
        self.context = context
        last = CacheFile.read(bytes, context: context) ?? [:]
    }

    /// What a row depends on besides its key: the program that made it.
    public static func context(engine: String) -> String { "data-fragments 1 \(engine)" }

    /// The row under `key`: the last build's, or made by `make` (outside any lock: rows are
    /// made in parallel).
    func fragment(_ key: String, make: () -> [UInt8]) -> ArraySlice<UInt8> {
        if let known = last[key] {
            current.withLock { $0[key] = known }
            return known
        }
        let bytes = make()[...]
        current.withLock { $0[key] = bytes }
        made.withLock { $0 += 1 }
        return bytes
    }

    /// Replaces the row under `key`, made again because the one read could not be used.
    func replace(_ key: String, with bytes: [UInt8]) {
        current.withLock { $0[key] = bytes[...] }
        made.withLock { $0 += 1 }
    }

    /// Keeps the last build's row under `key` for the next build, when its file was kept whole
    /// and the row was not needed now.
    func keep(_ key: String) {
        guard let known = last[key] else { return }
        current.withLock { $0[key] = known }
    }

    /// Rows made by this build rather than taken from the memo.
    public var rowsMade: Int { made.withLock { $0 } }

    public var freshness: MemoFreshness {
        let (count, made) = (current.withLock { $0.count }, rowsMade)
        return MemoFreshness(outdated: made, unused: last.count - (count - made), count: count)
    }

    /// Writes this build's rows through `write`, a slice at a time.
    public func encode(_ write: ([UInt8]) -> Bool) {
        let rows = current.withLock { $0 }
        CacheFile.write(context: context, keys: rows.keys.sorted(), value: { Array(rows[$0]!) }, to: write)
    }
}
