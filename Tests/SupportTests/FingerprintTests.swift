@testable import Support
import Testing

@Suite struct FingerprintTests {
    static func digest(_ pieces: [[UInt8]]) -> String {
        var hasher = Fingerprint()
        for piece in pieces { hasher.combine(bytes: piece) }
        return hasher.hexDigest
    }

    /// `(i * 7) % 256` for each byte: larger than the buffer, so it goes through the stream.
    static let large = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }

    /// Digests as `xxhsum -H2` (xxHash 0.8.1) prints them.
    @Test func knownAnswers() {
        #expect(Fingerprint().hexDigest == "99aa06d3014798d86001c324468d497f")
        #expect(Self.digest([Array("abc".utf8)]) == "06b05ab6733a618578af5f94892f3950")
        #expect(Self.digest([Array("The quick brown fox jumps over the lazy dog".utf8)]) == "ddd650205ca3e7fa24a1cc2e3a8a7651")
        #expect(Self.digest([Self.large]) == "4fb78cd2670dad5801271d2740e5fca3")
        var text = Fingerprint()
        text.combine("abc")
        #expect(text.hexDigest == "b3079d05dd34884697bafd500ac7d826", "a string and its separator, 0xFF")
        #expect(text.low64 == 0x97ba_fd50_0ac7_d826)
    }

    @Test func separators() {
        var ab = Fingerprint()
        ab.combine("ab")
        ab.combine("c")
        var a = Fingerprint()
        a.combine("a")
        a.combine("bc")
        #expect(ab.hexDigest != a.hexDigest)
        var empty = Fingerprint()
        empty.combine("")
        #expect(empty.hexDigest != Fingerprint().hexDigest)
    }

    @Test func piecesHashAsOne() {
        let bytes = Self.large
        let whole = Self.digest([bytes])
        for cuts in [[1], [7, 8, 9], [255, 256, 257], [32_767, 32_768, 65_536], Array(stride(from: 100, to: 100_000, by: 997))] {
            let ends = cuts + [bytes.count]
            let pieces = zip([0] + cuts, ends).map { Array(bytes[$0..<$1]) }
            #expect(Self.digest(pieces) == whole, "\(cuts.prefix(3))")
        }
        var mixed = Fingerprint()
        mixed.combine(tag: bytes[0])
        mixed.combine(bytes: bytes[1..<9].lazy.map { $0 })  // a sequence without contiguous storage
        mixed.combine(word: UInt64(littleEndian: bytes[9..<17].withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
        mixed.combine(bytes: bytes[17...])
        #expect(mixed.hexDigest == whole)
    }

    /// A digest leaves the fingerprint as it was, and copies go their own ways.
    @Test func digestsAndCopies() {
        var hasher = Fingerprint()
        hasher.combine(bytes: Self.large)
        let copy = hasher
        let before = hasher.hexDigest
        #expect(hasher.hexDigest == before)
        hasher.combine(bytes: Self.large)  // into the stream the copy shares
        #expect(copy.hexDigest == before)
        #expect(hasher.hexDigest != before)
        var again = copy
        again.combine(bytes: Self.large)
        #expect(again.hexDigest == hasher.hexDigest)
    }
}
