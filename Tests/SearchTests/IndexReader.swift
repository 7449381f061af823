import Foundation
import Testing
@testable import Text

/// Reads the index files back, the way Client/paieska.js does, so tests can check round trips.
struct IndexReader {
    struct Term {
        var df: Int
        var forms: [String]
        var counts: [Int: Int]
        /// (document, impact, mask) in file order.
        var postings: [(doc: Int, q: Int, mask: Int)]
    }

    let files: [String: [UInt8]]
    let folder: String
    let root: [String: Any]

    init(files: [(path: String, bytes: [UInt8])], root: String) throws {
        self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        folder = String(root.dropFirst()).components(separatedBy: "/").dropLast().joined(separator: "/")
        let bytes = try #require(self.files[String(root.dropFirst())])
        self.root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func file(_ name: String) -> [UInt8] { files[folder + "/" + name] ?? [] }

    /// Every dictionary entry: key → values (term id × 2, + 1 for a stem).
    func dictionary() -> [(String, Int)] {
        (root["dictionary"] as? [[String]] ?? []).flatMap { shard -> [(String, Int)] in
            var r = Cursor(file(shard[1]))
            var previous: [UInt8] = []
            return (0..<r.varint()).map { _ in
                previous = r.frontCoded(previous)
                return (String(decoding: previous, as: UTF8.self), r.varint())
            }
        }
    }

    func terms() -> [Term] {
        (root["terms"] as? [[String]] ?? []).flatMap { shard -> [Term] in
            var r = Cursor(file(shard[1]))
            return (0..<r.varint()).map { _ in
                let length = r.varint()
                defer { r.i += length }
                return term(Array(r.bytes[r.i..<r.i + length]))
            }
        }
    }

    func term(_ bytes: [UInt8]) -> Term {
        var r = Cursor(bytes)
        let df = r.varint()
        var previous: [UInt8] = []
        let forms = (0..<r.varint()).map { _ in
            previous = r.frontCoded(previous)
            return String(decoding: previous, as: UTF8.self)
        }
        var counts: [Int: Int] = [:]
        var id = 0
        for _ in 0..<r.varint() {
            id += r.varint()
            counts[id] = r.varint()
        }
        let blocks = r.varint()
        let inline = r.byte() == 1
        var postings: [(Int, Int, Int)] = []
        for _ in 0..<blocks {
            _ = r.byte()
            _ = r.varint()
            let block: [UInt8]
            if inline {
                let n = r.varint()
                block = Array(r.bytes[r.i..<r.i + n])
                r.i += n
            } else {
                let n = r.varint()
                block = file(String(decoding: r.bytes[r.i..<r.i + n], as: UTF8.self))
                r.i += n
            }
            var b = Cursor(block)
            while b.i < block.count {
                let q = Int(b.byte())
                var doc = -1
                for _ in 0..<b.varint() {
                    doc += b.varint()
                    postings.append((doc, q, forms.count > 1 ? b.varint() : 1))
                }
            }
        }
        return Term(df: df, forms: forms, counts: counts, postings: postings)
    }

    struct Cursor {
        let bytes: [UInt8]
        var i = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        mutating func byte() -> UInt8 {
            defer { i += 1 }
            return bytes[i]
        }
        mutating func varint() -> Int {
            var value = 0, shift = 0
            while true {
                let b = byte()
                value |= Int(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }
        mutating func frontCoded(_ previous: [UInt8]) -> [UInt8] {
            let shared = varint(), length = varint()
            defer { i += length }
            return Array(previous[..<shared]) + bytes[i..<i + length]
        }
    }
}
