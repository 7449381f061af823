import Templates

/// A 64-bit fingerprint of template contexts: two pages with equal fingerprints render to
/// the same bytes, so an incremental build can keep the file it wrote last time.
///
/// FNV-1a over a canonical walk (each value tagged with its type).
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

    /// Hashes a template context. Object members are hashed one by one and summed, so the
    /// fingerprint does not depend on dictionary order and no keys need sorting.
    public mutating func combine(context value: TemplateValue) {
        switch value {
        case .object(let fields):
            combine(tag: 1)
            var members: UInt64 = 0
            for (key, field) in fields {
                var member = ContextHasher()
                member.combine(key)
                member.combine(context: field)
                members = members &+ member.value
            }
            combine(bytes: withUnsafeBytes(of: members.littleEndian) { Array($0) })
            combine(tag: 2)
        case .list(let items):
            combine(tag: 3)
            for item in items { combine(context: item) }
            combine(tag: 4)
        case .string(let text):
            combine(tag: 5)
            combine(text)
        case .bool(let flag):
            combine(tag: flag ? 6 : 7)
        case .int(let number):
            combine(tag: 8)
            combine(String(number))
        case .double(let number):
            combine(tag: 9)
            combine(String(number))
        case .null:
            combine(tag: 10)
        }
    }

    public var hexDigest: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
