import Foundation
import Rendering
import Text

#if canImport(Glibc)
    import Glibc
#endif

/// The incremental build's memory of the last build: for each page, the key of the
/// context it was rendered from and the size and modification time of the file written.
///
/// A page is kept only if its key is unchanged and its file is still exactly as written;
/// modification times serve to validate the cache, never as content. The file ends with a
/// checksum: a truncated or altered cache is ignored whole and the build renders everything.
struct PageCache: Sendable {
    struct Record: Sendable, Equatable {
        var key: String
        var size: Int
        var modified: Int
    }

    static let header = "zinynas-page-cache 1"
    private(set) var records: [String: Record] = [:]
    let output: URL

    /// Reads the cache for `output`; an empty cache when missing, damaged or for another folder.
    init(file: URL, output: URL) {
        self.output = output
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "", lines.count >= 3 else { return }
        lines.removeLast()
        let checksum = lines.removeLast()
        guard checksum == "checksum \(Self.checksum(lines))", lines.first == "\(Self.header)\t\(output.path)" else { return }
        var records: [String: Record] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let size = Int(fields[1]), let modified = Int(fields[2]) else { return }
            records[String(fields[3])] = Record(key: String(fields[0]), size: size, modified: modified)
        }
        self.records = records
    }

    /// Whether the file at `path` was rendered from `key` and is still as it was written.
    func canKeep(_ path: String, key: String) -> Bool {
        guard let record = records[path], record.key == key else { return false }
        guard let (size, modified) = Self.stat(output.path + "/" + path) else { return false }
        return size == record.size && modified == record.modified
    }

    /// Records every file as it now stands in the output folder; a kept file's record, checked
    /// by `canKeep` during this build, stays as it is.
    mutating func update(_ files: [(path: String, key: String, kept: Bool)]) {
        var fresh: [String: Record] = [:]
        fresh.reserveCapacity(files.count)
        for file in files {
            if file.kept, let record = records[file.path], record.key == file.key {
                fresh[file.path] = record
            } else if let (size, modified) = Self.stat(output.path + "/" + file.path) {
                fresh[file.path] = Record(key: file.key, size: size, modified: modified)
            }
        }
        records = fresh
    }

    func save(to file: URL) {
        var lines = ["\(Self.header)\t\(output.path)"]
        for path in records.keys.sorted() {
            let r = records[path]!
            lines.append("\(r.key)\t\(r.size)\t\(r.modified)\t\(path)")
        }
        lines.append("checksum \(Self.checksum(lines))")
        let temporary = file.appendingPathExtension("\(getpid()).tmp")  // build and serve never share one
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: temporary)
            _ = rename(temporary.path, file.path)
        } catch {
            try? FileManager.default.removeItem(at: file)  // a cache that cannot be written must not linger stale
        }
    }

    /// The fingerprint of the cache's lines, written as its last line.
    static func checksum(_ lines: some Sequence<some StringProtocol>) -> String {
        var hasher = Fingerprint()
        for line in lines { hasher.combine(String(line)) }
        return hasher.hexDigest
    }

    /// Size and modification time in nanoseconds.
    static func stat(_ path: String) -> (Int, Int)? {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}
