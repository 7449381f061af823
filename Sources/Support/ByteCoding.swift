/// Little binary encoders: the search index files (read by the browser client too) and the
/// build's caches.
package struct ByteWriter: Sendable {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// LEB128: seven bits a byte, low bits first, high bit set on all but the last.
    package mutating func varint(_ value: Int) {
        precondition(value >= 0, "varint of a negative number")
        var v = UInt(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    package mutating func append(_ other: some Sequence<UInt8>) { bytes += other }

    /// Length-prefixed UTF-8.
    package mutating func string(_ text: String) { blob(text.utf8) }

    /// Length-prefixed bytes.
    package mutating func blob(_ other: some Collection<UInt8>) {
        varint(other.count)
        bytes += other
    }

    /// Four bytes, little-endian.
    package mutating func float(_ value: Float) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
    }

    /// Eight bytes, little-endian.
    package mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }
}

/// Reads what `ByteWriter` wrote; every read is checked, so damaged input ends in `nil`
/// (or a thrown `ByteReader.Malformed`), never in a crash.
package struct ByteReader {
    package struct Malformed: Error { package init() {} }

    private let bytes: UnsafeRawBufferPointer
    package private(set) var offset: Int

    /// Reads from `bytes`, which must outlive the reader.
    package init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    package var isAtEnd: Bool { offset >= bytes.count }

    package mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    package mutating func varint() throws(Malformed) -> Int {
        var result: UInt = 0
        var shift: UInt = 0
        while true {
            let b = try byte()
            guard shift < 63 else { throw Malformed() }
            result |= UInt(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard result <= UInt(Int.max) else { throw Malformed() }
        return Int(result)
    }

    package mutating func string() throws(Malformed) -> String { String(decoding: try blobBuffer(), as: UTF8.self) }

    /// What `ByteWriter.blob` wrote.
    package mutating func blob() throws(Malformed) -> [UInt8] { Array(try blobBuffer()) }

    /// Where what `ByteWriter.blob` wrote lies in the bytes read, for a caller that keeps a
    /// slice of them instead of a copy.
    package mutating func blobRange() throws(Malformed) -> Range<Int> {
        let count = try blobBuffer().count
        return (offset - count)..<offset
    }

    private mutating func blobBuffer() throws(Malformed) -> UnsafeRawBufferPointer {
        let count = try varint()
        guard count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    package mutating func float() throws(Malformed) -> Float {
        guard bytes.count - offset >= 4 else { throw Malformed() }
        defer { offset += 4 }
        return Float(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
    }

    package mutating func word() throws(Malformed) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        defer { offset += 8 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }
}
