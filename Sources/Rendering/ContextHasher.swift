/// A 64-bit fingerprint of template contexts: two pages with equal fingerprints render to
/// the same bytes, so an incremental build can keep the file it wrote last time.
///
/// FNV-1a over a canonical walk (dictionary keys sorted, each value tagged with its type).
public struct ContextHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    public mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        combine(bytes: [0xFF])  // separator: "ab"+"c" differs from "a"+"bc"
    }

    mutating func combine(tag: UInt8) { combine(bytes: [tag]) }

    /// Hashes any context value built from dictionaries, arrays, strings, numbers and booleans.
    public mutating func combine(context value: Any) {
        switch value {
        case let dictionary as [String: Any]:
            combine(tag: 1)
            for key in dictionary.keys.sorted() {
                combine(key)
                combine(context: dictionary[key]!)
            }
            combine(tag: 2)
        case let array as [Any]:
            combine(tag: 3)
            for item in array { combine(context: item) }
            combine(tag: 4)
        case let text as String:
            combine(tag: 5)
            combine(text)
        case let flag as Bool:
            combine(tag: flag ? 6 : 7)
        case let number as Int:
            combine(tag: 8)
            combine(String(number))
        case let number as Double:
            combine(tag: 9)
            combine(String(number))
        default:
            combine(tag: 10)
            combine(String(describing: value))
        }
    }

    public var hexDigest: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
