import Support

/// The container of the build's cache files (`.zinynas-cache/`): records of a key and a value,
/// checksummed, for one context (what every value depends on besides its key).
///
/// Layout: `ZNC2`, the context, the records (key and value, each length-prefixed), then each
/// record's offset, their count and the checksum as little-endian words, and `ZNC2` again.
/// The checksum is a `Fingerprint`'s low 64 bits; `ZNC1` files, checksummed by the hash
/// before XXH3, read as nothing.
/// Written a slice of records at a time, so a 100k-entry site never holds a whole file; read
/// back only when every byte checks out, since a damaged or stale cache must never be used.
package enum CacheFile {
    static let magic: [UInt8] = Array("ZNC2".utf8)

    /// Writes the records of `keys` (values made by `value`, a slice at a time in parallel)
    /// through `write`; stops when `write` fails, leaving a file that is never read back.
    package static func write(
        context: String, keys: [String], value: @Sendable (String) -> [UInt8], to write: ([UInt8]) -> Bool
    ) {
        var hasher = Fingerprint()
        var header = ByteWriter()
        header.append(magic)
        header.string(context)
        guard write(header.bytes) else { return }
        hasher.combine(bytes: header.bytes)
        var table = ByteWriter()
        var position = header.bytes.count
        let slice = 1024
        for start in stride(from: 0, to: keys.count, by: slice) {
            let records = Array(keys[start..<min(start + slice, keys.count)]).parallelMap { key in
                var record = ByteWriter(capacity: 1024)
                record.string(key)
                let bytes = value(key)
                record.varint(bytes.count)
                record.append(bytes)
                return (record.bytes, record.bytes.withUnsafeBytes(checksum))
            }
            var chunk: [UInt8] = []
            for (record, sum) in records {
                table.word(UInt64(position))
                position += record.count
                chunk += record
                hasher.combine(word: sum)
            }
            guard write(chunk) else { return }
        }
        var footer = table
        footer.word(UInt64(keys.count))
        hasher.combine(bytes: footer.bytes)
        footer.word(hasher.low64)
        footer.append(magic)
        _ = write(footer.bytes)
    }

    /// The records of `bytes` by key, as slices of `bytes` (nothing is copied); `nil` when
    /// the bytes are damaged, truncated or were written for another context.
    package static func read(_ bytes: [UInt8], context: String) -> [String: ArraySlice<UInt8>]? {
        bytes.withUnsafeBytes { raw in try? records(raw, context: context) }.map { ranges in
            ranges.mapValues { bytes[$0] }
        }
    }

    private static func records(_ raw: UnsafeRawBufferPointer, context: String) throws(ByteReader.Malformed) -> [String: Range<Int>] {
        let footer = 8 + 8 + 4
        guard raw.count >= magic.count + footer, raw.prefix(4).elementsEqual(magic), raw.suffix(4).elementsEqual(magic)
        else { throw ByteReader.Malformed() }
        var tail = ByteReader(raw, at: raw.count - footer)
        let count = Int(truncatingIfNeeded: try tail.word())
        let sum = try tail.word()
        guard count >= 0, count <= (raw.count - footer) / 8 else { throw ByteReader.Malformed() }
        let table = raw.count - footer - 8 * count
        var head = ByteReader(raw, at: magic.count)
        guard try head.string() == context else { throw ByteReader.Malformed() }
        var offsets = ByteReader(raw, at: table)
        let starts = try (0..<count).map { _ throws(ByteReader.Malformed) in Int(truncatingIfNeeded: try offsets.word()) }
        let ends = starts.dropFirst() + [table]
        guard zip(starts, ends).allSatisfy({ head.offset <= $0 && $0 < $1 }) else { throw ByteReader.Malformed() }
        // Records are checked and split in parallel: the file can be hundreds of megabytes.
        let address = UInt(bitPattern: raw.baseAddress)
        let split = Array(zip(starts, ends)).parallelMap { start, end -> (UInt64, String, Range<Int>)? in
            let record = UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: address)! + start, count: end - start)
            var reader = ByteReader(record)
            // Subtracted, not added: a damaged length may be anything up to Int.max.
            guard let key = try? reader.string(), let length = try? reader.varint(), length == record.count - reader.offset
            else { return nil }
            return (checksum(record), key, (start + reader.offset)..<end)
        }
        var hasher = Fingerprint()
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<(starts.first ?? table)]).bindMemory(to: UInt8.self))
        var records: [String: Range<Int>] = [:]
        records.reserveCapacity(count)
        for item in split {
            guard let (recordSum, key, range) = item else { throw ByteReader.Malformed() }
            hasher.combine(word: recordSum)
            records[key] = range
        }
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[table..<(raw.count - 12)]).bindMemory(to: UInt8.self))
        guard hasher.low64 == sum else { throw ByteReader.Malformed() }
        return records
    }

    private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = Fingerprint()
        hasher.combine(bytes: bytes.bindMemory(to: UInt8.self))
        return hasher.low64
    }
}

/// How far a memo read at the start of a build is from the one the build made, and so
/// whether writing the new one is worth it.
package struct MemoFreshness: Sendable {
    /// Records of this build that the memo read did not hold (new or changed files).
    package var outdated = 0
    /// Records the memo read held that this build did not use (changed or deleted files).
    package var unused = 0
    /// Records of this build.
    package var count = 0

    package init(outdated: Int = 0, unused: Int = 0, count: Int = 0) {
        self.outdated = outdated
        self.unused = unused
        self.count = count
    }

    package var isSameAsLast: Bool { outdated == 0 && unused == 0 }

    /// A memo is written again only when more than 1 % of it is out of date: a record that
    /// misses costs one file parsed (or analysed) again, far less than writing hundreds of
    /// megabytes after every edit of a large site.
    package var isWorthWriting: Bool { outdated + unused > count / 100 }
}
