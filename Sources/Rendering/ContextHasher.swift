import Templates

/// A 64-bit fingerprint of template contexts and source files: two pages with equal
/// fingerprints render to the same bytes, so an incremental build can keep the file it wrote
/// last time.
///
/// Eight bytes at a time (rotate, multiply), FNV-1a for the tail, over a canonical walk
/// (each value tagged with its type). Not for adversarial input: nobody gains by colliding.
public struct ContextHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(bytes: some Sequence<UInt8>) {
        let done = bytes.withContiguousStorageIfAvailable { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            var i = 0
            while i + 8 <= raw.count {
                combine(word: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            tail(buffer[i...])
        }
        if done == nil { tail(bytes) }
    }

    private mutating func combine(word: UInt64) {
        let mixed = value ^ word
        value = (mixed &<< 31 | mixed &>> 33) &* 0x9E37_79B9_7F4A_7C15
    }

    private mutating func tail(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { combine(tag: byte) }
    }

    public mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        combine(tag: 0xFF)  // separator: "ab"+"c" differs from "a"+"bc"
    }

    /// One byte (FNV-1a step): type tags and separators, without an array per call.
    mutating func combine(tag: UInt8) {
        value ^= UInt64(tag)
        value = value &* 0x0000_0100_0000_01b3
    }

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
            combine(word: members)
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
