import Cache
import Foundation
import Support

#if canImport(Glibc)
    import Glibc
#endif

/// The incremental build's memory of the last build: for each page and data file, the key of
/// what it was made from and the size and modification time of the file written.
///
/// A file is kept only if its key is unchanged and the file is still exactly as written;
/// modification times serve to validate the cache, never as content. Stored as a `CacheFile`
/// for the output folder it describes: a damaged cache, or one of another folder, is ignored
/// whole and the build renders everything. Records are decoded only when a file asks.
package struct PageCache: Sendable {
    struct Record: Sendable, Equatable {
        var key: String
        var size: Int
        var modified: Int
    }

    let output: URL
    /// Whether a record is taken at its word, without `lstat` of the file and its folders: only
    /// in the preview's pages-only pass, whose output folder only this process writes (its
    /// full pass checks every file again).
    var isTrusted = false
    /// The last build's records, encoded.
    private let last: [String: ArraySlice<UInt8>]
    /// This build's records, encoded: what `save` writes.
    private var next: [String: ArraySlice<UInt8>] = [:]

    /// Reads the record for `output`; an empty one when missing, damaged or for another folder
    /// (or when not `reading`: an output folder made afresh holds nothing of the last build).
    init(store: CacheStore, output: URL, reading: Bool = true) {
        self.output = output
        guard reading else {
            last = [:]
            return
        }
        let context = Self.context(output)
        last = store.resident?.value(CacheStore.File.pages.rawValue, context: store.stamped(context))
            ?? store.records(.pages, context: context) ?? [:]
    }

    private static func context(_ output: URL) -> String { "zinynas-page-cache 2\t" + output.path }

    /// The last build's record of the file at `path`.
    func record(_ path: String) -> Record? { last[path].flatMap(Self.decode) }

    /// Whether the file at `path` was made from `key` and is still as it was written, in
    /// folders that `writer` found to be real ones: `lstat` of the file itself would look
    /// through a folder turned into a symlink, which the stale-file walk then removes.
    /// A writer that verifies the cache (`CacheVerifier`) has every such file made again.
    func canKeep(_ path: String, key: String, in writer: OutputWriter) -> Bool {
        guard let record = record(path), record.key == key else { return false }
        if isTrusted && writer.verifier == nil { return true }
        guard writer.hasRealFolders(path) else { return false }
        guard let (size, modified) = Self.stat(output.path + "/" + path) else { return false }
        let keeps = size == record.size && modified == record.modified
        return writer.verifier?.keeps(path, recordKeeps: keeps) ?? keeps
    }

    /// Records every file as it now stands in the output folder; a kept file's record, checked
    /// by `canKeep` during this build, stays as it is. `keepingOthers` (a pages-only build)
    /// keeps the last records of the files this build did not make.
    mutating func update(_ files: [(path: String, key: String, kept: Bool)], keepingOthers: Bool = false) {
        var fresh: [String: ArraySlice<UInt8>] = keepingOthers ? last : [:]
        fresh.reserveCapacity(files.count)
        for file in files {
            if file.kept, let encoded = last[file.path] {
                fresh[file.path] = encoded
            } else if let (size, modified) = Self.stat(output.path + "/" + file.path) {
                fresh[file.path] = Self.encode(Record(key: file.key, size: size, modified: modified))[...]
            } else {
                fresh[file.path] = nil
            }
        }
        next = fresh
    }

    func save(to store: CacheStore) {
        let records = next
        if let resident = store.resident {
            return resident.keep(CacheStore.File.pages.rawValue, context: store.stamped(Self.context(output)), value: records)
        }
        // A record that cannot be written must not linger stale: `replace` leaves no half file,
        // and a failed write removes the old one.
        if !store.write(.pages, context: Self.context(output), keys: records.keys.sorted(), value: { Array(records[$0]!) }) {
            store.remove(.pages)
        }
    }

    static func encode(_ record: Record) -> [UInt8] {
        var out = ByteWriter(capacity: 32)
        out.string(record.key)
        out.word(UInt64(bitPattern: Int64(record.size)))
        out.word(UInt64(bitPattern: Int64(record.modified)))
        return out.bytes
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> Record? {
        bytes.withUnsafeBytes { raw in
            var reader = ByteReader(raw)
            guard let key = try? reader.string(), let size = try? reader.word(), let modified = try? reader.word(), reader.isAtEnd
            else { return nil }
            return Record(key: key, size: Int(Int64(bitPattern: size)), modified: Int(Int64(bitPattern: modified)))
        }
    }

    /// Size and modification time in nanoseconds.
    static func stat(_ path: String) -> (Int, Int)? {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}
