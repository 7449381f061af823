import Support
internal import _FoundationICU

/// Lithuanian alphabetical order through ICU (`lt`: c < č < d, s < š < t, y with i, z < ž),
/// case-insensitive, with code-point order breaking ties.
///
/// ICU is called directly (the library Foundation bundles), with the collator Foundation's
/// `compare(_:options:locale:)` configures for `.caseInsensitive` (strength "secondary"):
/// Foundation opens a collator for every comparison (most of a large build's sorting time,
/// docs/benchmarks.md), where a sort key per string and byte comparisons sort in a fraction
/// of the time. The order is Foundation's but for rare pairs where its own comparison strays
/// from ICU's (`SČ` before `Š`, as the Lithuanian alphabet has it; Foundation puts `Š` first).
package enum Collation {
    /// A sort key: strings compare as their keys' bytes do, then by code points.
    package struct Key: Sendable, Comparable {
        let bytes: [UInt8]
        let text: String

        package static func < (a: Key, b: Key) -> Bool {
            if a.bytes != b.bytes { return a.bytes.lexicographicallyPrecedes(b.bytes) }
            return a.text < b.text
        }

        package static func == (a: Key, b: Key) -> Bool { a.bytes == b.bytes && a.text == b.text }
    }

    /// The keys of `texts`, on all cores: a collator per slice of them.
    package static func keys(_ texts: [String]) -> [Key] {
        let slice = 1024
        guard texts.count > slice else { return withCollator { collator in texts.map { key($0, collator) } } }
        return Array(stride(from: 0, to: texts.count, by: slice)).parallelMap { start in
            withCollator { collator in texts[start..<min(start + slice, texts.count)].map { key($0, collator) } }
        }.flatMap { $0 }
    }

    package static func isOrderedBefore(_ a: String, _ b: String) -> Bool {
        let pair = keys([a, b])
        return pair[0] < pair[1]
    }

    /// Runs `body` with a collator of its own: ICU collators are not shared between threads.
    private static func withCollator<T>(_ body: (OpaquePointer?) -> T) -> T {
        var status = U_ZERO_ERROR
        let collator = swift_ucol_open("lt", &status)
        swift_ucol_setAttribute(collator, UCOL_STRENGTH, UCOL_SECONDARY, &status)
        defer { swift_ucol_close(collator) }
        // Without ICU data there is no collator: every key is then empty and code points decide.
        return body(status.rawValue <= U_ZERO_ERROR.rawValue ? collator : nil)
    }

    private static func key(_ text: String, _ collator: OpaquePointer?) -> Key {
        guard let collator else { return Key(bytes: [], text: text) }
        let units = Array(text.utf16)
        var capacity = max(32, units.count * 4)
        while true {
            var bytes = [UInt8](repeating: 0, count: capacity)
            let length = Int(swift_ucol_getSortKey(collator, units, Int32(units.count), &bytes, Int32(capacity)))
            if length <= capacity { return Key(bytes: Array(bytes.prefix(length)), text: text) }
            capacity = length
        }
    }
}
