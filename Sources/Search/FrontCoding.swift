import Support
import Text

extension ByteWriter {
    /// Front coding: the bytes shared with the previous string, then the rest, length-prefixed.
    mutating func frontCoded(_ text: String, after previous: String) {
        let (a, b) = (Array(previous.utf8), Array(text.utf8))
        var shared = 0
        while shared < a.count, shared < b.count, a[shared] == b[shared] { shared += 1 }
        varint(shared)
        varint(b.count - shared)
        append(b[shared...])
    }
}

extension ByteReader {
    /// Reads what `ByteWriter.frontCoded(_:after:)` wrote after `previous`.
    mutating func frontCoded(after previous: String) throws(Malformed) -> String {
        let shared = try varint()
        let rest = try varint()
        let prefix = previous.utf8.prefix(shared)
        guard prefix.count == shared else { throw Malformed() }
        var bytes = [UInt8](prefix)
        for _ in 0..<rest { bytes.append(try byte()) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Content hash for file names: the first 16 hex digits of the bytes' `Fingerprint`. Not for
/// security: it only keeps a deploy from mixing old and new shards.
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String {
        var hasher = Fingerprint()
        hasher.combine(bytes: bytes)
        return String(hasher.hexDigest.prefix(16))
    }
}
