import CXXHash

/// A 128-bit fingerprint of bytes and strings, XXH3-128 from libxxhash: what caches key their
/// entries by (source files, template contexts) and check their own files with, and what
/// content-hashed file names are made of.
///
/// Bytes are gathered and hashed in one call when a digest is asked for: most fingerprints
/// are of a few short strings, tags and words, which one call per piece into a streaming
/// state would cost several times more. Past `spill` bytes they go into a streaming state
/// (shared by copies until one of them changes), so a large input is never held twice.
/// Not for adversarial input: nobody gains by colliding.
package struct Fingerprint: Sendable {
    /// Bytes not yet hashed.
    private var pending: [UInt8]
    /// The streaming state, once more than `spill` bytes came.
    private var stream: Stream?

    private static let spill = 32 * 1024

    package init() {
        pending = []
        pending.reserveCapacity(256)  // measured: most fingerprints fit; larger costs more
    }

    package mutating func combine(bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            if buffer.count >= Self.spill {
                update(UnsafeRawBufferPointer(buffer))
            } else {
                pending.append(contentsOf: buffer)
            }
        }
        if done == nil { pending.append(contentsOf: bytes) }
        spillIfLarge()
    }

    /// Eight bytes, little-endian.
    package mutating func combine(word: UInt64) {
        withUnsafeBytes(of: word.littleEndian) { pending.append(contentsOf: $0) }
        spillIfLarge()
    }

    package mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        combine(tag: 0xFF)  // separator: "ab"+"c" differs from "a"+"bc" (0xFF is never in UTF-8)
    }

    /// One byte: type tags and separators.
    package mutating func combine(tag: UInt8) {
        pending.append(tag)
        spillIfLarge()
    }

    /// The digest as 32 hex digits, most significant first: XXH3-128's canonical form, as
    /// `xxhsum -H2` prints it.
    package var hexDigest: String {
        let digest = self.digest
        // 32 digits written in place: keys are made for every entry of every build, and
        // `String(_:radix:)` with padding cost more than the hashing.
        return String(unsafeUninitializedCapacity: 32) { buffer in
            Self.hex(digest.high64, into: buffer, at: 0)
            Self.hex(digest.low64, into: buffer, at: 16)
            return 32
        }
    }

    /// The low 64 bits of the digest, for what stores or sums a fingerprint as one word.
    package var low64: UInt64 { digest.low64 }

    /// The version of libxxhash, for caches to tell which library hashed.
    package static var libraryVersion: String {
        let number = XXH_versionNumber()
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }

    private var digest: XXH128_hash_t {
        pending.withUnsafeBytes { tail in
            guard let stream else { return XXH3_128bits(tail.baseAddress, tail.count) }
            let last = Stream(copying: stream)
            XXH3_128bits_update(last.state, tail.baseAddress, tail.count)
            return XXH3_128bits_digest(last.state)
        }
    }

    private mutating func spillIfLarge() {
        if pending.count >= Self.spill { update() }
    }

    /// Hashes `pending`, then `bytes`, into the stream, made or copied first if need be.
    private mutating func update(_ bytes: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0)) {
        if stream == nil {
            stream = Stream()
        } else if !isKnownUniquelyReferenced(&stream!) {
            stream = Stream(copying: stream!)
        }
        let state = stream!.state
        pending.withUnsafeBytes { _ = XXH3_128bits_update(state, $0.baseAddress, $0.count) }
        pending.removeAll(keepingCapacity: true)
        XXH3_128bits_update(state, bytes.baseAddress, bytes.count)
    }

    /// The 16 lowercase hex digits of `word`, most significant first, from `offset`.
    private static func hex(_ word: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        for index in 0..<16 {
            let nibble = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * index)) & 0xF
            buffer[offset + index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
        }
    }

    /// A streaming XXH3 state, freed with its box; changed only while uniquely referenced.
    private final class Stream: @unchecked Sendable {
        let state: OpaquePointer

        init() {
            state = XXH3_createState()!
            XXH3_128bits_reset(state)
        }

        init(copying other: Stream) {
            state = XXH3_createState()!
            XXH3_copyState(state, other.state)
        }

        deinit { XXH3_freeState(state) }
    }
}
