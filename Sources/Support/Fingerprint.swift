/// A 64-bit fingerprint of bytes and strings: what caches key their entries by (source
/// files, template contexts) and check their own files with.
///
/// Eight bytes at a time (rotate, multiply), FNV-1a for the tail. Not for adversarial input:
/// nobody gains by colliding.
package struct Fingerprint: Sendable {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func combine(bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
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

    package mutating func combine(word: UInt64) {
        let mixed = value ^ word
        value = (mixed &<< 31 | mixed &>> 33) &* 0x9E37_79B9_7F4A_7C15
    }

    private mutating func tail(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { combine(tag: byte) }
    }

    package mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        combine(tag: 0xFF)  // separator: "ab"+"c" differs from "a"+"bc"
    }

    /// One byte (FNV-1a step): type tags and separators, without an array per call.
    package mutating func combine(tag: UInt8) {
        value ^= UInt64(tag)
        value = value &* 0x0000_0100_0000_01b3
    }

    package var hexDigest: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
