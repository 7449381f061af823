import Foundation
import Support
import Text

/// Writes the index files: a small root, then shards each query fetches only as it needs them.
///
/// - `w-*.bin` dictionary shards: folded surface forms and stems, sorted and front-coded, each
///   with its term id; the root holds every shard's first key for a binary search.
/// - `t-*.bin` term shards: per term its document frequency, forms, facet counts and postings
///   blocks; small terms carry their one block inline.
/// - `b-*.bin` postings blocks of large terms, highest impact first, so a one-word query reads
///   the first block only; blocks grow fourfold.
/// - `m-<hash>/N.bin` per-document facet values and dates, for multi-word queries, filters and
///   sorting by date.
/// - `d-<hash>/N.json` display data (title, URL, date, snippet), a few documents a file.
/// Every name carries a content hash (numbered shards: on their folder, a hash of them all), so
/// a deploy never mixes old and new files.
struct IndexWriter {
    struct Settings {
        var dictionaryShardBytes = 2048
        var termShardBytes = 4096
        var inlinePostings = 64
        var firstBlock = 128
        var metaShard = 1024
        /// One document a display file: with passages a row is about as large as two were, and
        /// a neighbour's row was fetched for nothing by most results.
        var docShard = 1
        var maxSuffixes = 200
    }

    /// BM25 saturation and length normalisation.
    static let k1 = 1.2, b = 0.75
    /// Impacts are quantised to 1…15.
    static let levels = 15

    var settings = Settings()
    /// The zero-result suggestions module (`Client/pasiulymai.js`), relative to the root file.
    var suggest = ""
    private(set) var files: [(path: String, bytes: [UInt8])] = []

    /// Writes every file into `folder` (no trailing slash) and returns the root's name.
    mutating func write(_ corpus: SearchCorpus, _ index: InvertedIndex, folder: String) -> String {
        let order = index.terms.indices.sorted { a, b in
            let (x, y) = (index.terms[a], index.terms[b])
            return x.docs.count != y.docs.count ? x.docs.count > y.docs.count : x.text.utf8.lexicographicallyPrecedes(y.text.utf8)
        }
        let docValues = Self.documentValues(corpus)
        let averageLength = index.lengths.reduce(0, +) / Float(max(1, index.lengths.count))
        let facetValues = corpus.facets.reduce(0) { $0 + $1.values.count }
        // Terms are encoded on all cores, in slices with a count buffer each; their postings
        // blocks are added in term order, as one core would.
        let settings = self.settings
        let slices = stride(from: 0, to: order.count, by: 256).map { $0..<min($0 + 256, order.count) }
        let encoded = slices.parallelMap { slice in
            var counts = [Int](repeating: 0, count: facetValues)
            return slice.map { rank in
                Self.record(index.terms[order[rank]], lengths: index.lengths, average: averageLength, docValues: docValues,
                            counts: &counts, folder: folder, settings: settings)
            }
        }.joined()
        var records: [[UInt8]] = []
        records.reserveCapacity(order.count)
        var blockPaths: Set<String> = []
        for (record, blocks) in encoded {
            records.append(record)
            // Two terms may have a block of the same bytes, so of the same name: written once.
            files += blocks.filter { blockPaths.insert($0.path).inserted }
        }
        var entries: [(key: String, value: Int)] = []
        for (rank, id) in order.enumerated() {
            let term = index.terms[id]
            for form in term.forms { entries.append((form, rank * 2)) }
            entries.append((term.text, rank * 2 + 1))
        }
        entries.sort { $0.key == $1.key ? $0.value < $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let root = Root(
            documents: corpus.documents.count,
            dictionary: dictionaryShards(entries, folder: folder),
            terms: termShards(records, folder: folder),
            meta: metaShards(corpus, folder: folder), metaShard: settings.metaShard,
            docs: docShards(
                corpus, folder: folder,
                // Every term's rank is needed only to name the words found in a document's files.
                rank: corpus.documents.contains { !$0.attachments.isEmpty } ? Self.ranks(index, order: order) : [:]),
            docShard: settings.docShard,
            facets: corpus.facets.map { Root.FacetJSON(key: $0.key, label: $0.label, values: $0.values.map { [$0.key, $0.label, String($0.count)] }) },
            ranges: corpus.ranges.map { [$0.start, $0.collection, $0.year ?? -1] },
            suffixes: suffixes(index.terms), suggest: suggest)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = Array((try? encoder.encode(root)) ?? Data())
        return add(json, folder: folder, prefix: "root-", suffix: ".json")
    }

    struct Root: Encodable {
        struct FacetJSON: Encodable {
            var key: String
            var label: String
            /// `[key, label, count]`.
            var values: [[String]]
        }
        var version = 1
        var documents: Int
        /// `[first key, file]` per shard.
        var dictionary: [[String]]
        /// `[first term id, file]` per shard.
        var terms: [[String]]
        /// Folders of the numbered meta and display shards.
        var meta: String
        var metaShard: Int
        var docs: String
        var docShard: Int
        var facets: [FacetJSON]
        /// `[first document, collection value, year value or -1]` per run.
        var ranges: [[Int]]
        var suffixes: [String]
        var suggest: String
    }

    // MARK: - Files

    private mutating func add(_ bytes: [UInt8], folder: String, prefix: String, suffix: String = ".bin") -> String {
        let name = Self.name(bytes, prefix: prefix, suffix: suffix)
        files.append((folder + "/" + name, bytes))
        return name
    }

    /// A file's name: `prefix`, a hash of its bytes, `suffix`.
    private static func name(_ bytes: [UInt8], prefix: String, suffix: String = ".bin") -> String {
        prefix + ContentHash.hex(bytes) + suffix
    }

    /// Splits encoded items into files of about `limit` bytes: `count, (length, item)…`.
    private func chunks(_ items: [[UInt8]], limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for (i, item) in items.enumerated() {
            if size > 0, size + item.count > limit {
                ranges.append(start..<i)
                (start, size) = (i, 0)
            }
            size += item.count
        }
        if start < items.count { ranges.append(start..<items.count) }
        return ranges
    }

    private mutating func dictionaryShards(_ entries: [(key: String, value: Int)], folder: String) -> [[String]] {
        let sizes = entries.map { [UInt8](repeating: 0, count: $0.key.utf8.count / 2 + 3) }
        return chunks(sizes, limit: settings.dictionaryShardBytes).map { range in
            var out = ByteWriter(capacity: settings.dictionaryShardBytes + 64)
            out.varint(range.count)
            var previous = ""
            for i in range {
                out.frontCoded(entries[i].key, after: previous)
                out.varint(entries[i].value)
                previous = entries[i].key
            }
            return [entries[range.lowerBound].key, add(out.bytes, folder: folder, prefix: "w-")]
        }
    }

    private mutating func termShards(_ records: [[UInt8]], folder: String) -> [[String]] {
        chunks(records, limit: settings.termShardBytes).map { range in
            var out = ByteWriter(capacity: settings.termShardBytes + 64)
            out.varint(range.count)
            for i in range {
                out.varint(records[i].count)
                out.append(records[i])
            }
            return [String(range.lowerBound), add(out.bytes, folder: folder, prefix: "t-")]
        }
    }

    /// Meta shards in one folder named by the hash of them all, like the display shards.
    private mutating func metaShards(_ corpus: SearchCorpus, folder: String) -> String {
        let shards = stride(from: 0, to: corpus.documents.count, by: settings.metaShard).map { start in
            var out = ByteWriter(capacity: settings.metaShard * 8)
            for doc in corpus.documents[start..<min(start + settings.metaShard, corpus.documents.count)] {
                out.varint(doc.date.map { $0.year * 10000 + $0.month * 100 + $0.day } ?? 0)
                out.varint(doc.values.count)
                var previous = 0
                for value in doc.values {
                    out.varint(value - previous)
                    previous = value
                }
            }
            return out.bytes
        }
        return numbered(shards, folder: folder, prefix: "m-", suffix: ".bin")
    }

    /// Writes `shards` as `<prefix><hash of all>/N<suffix>` and returns the folder's name. The
    /// hash covers each shard's length too, so a file's path pins its bytes (a build keeps a
    /// file the last one wrote at the same path without comparing them).
    private mutating func numbered(_ shards: [[UInt8]], folder: String, prefix: String, suffix: String) -> String {
        var all = ByteWriter(capacity: shards.reduce(16) { $0 + $1.count + 3 })
        for shard in shards {
            all.varint(shard.count)
            all.append(shard)
        }
        let name = prefix + ContentHash.hex(all.bytes)
        for (i, shard) in shards.enumerated() { files.append((folder + "/" + name + "/\(i)" + suffix, shard)) }
        return name
    }

    /// Each term's id in the files (its rank), by its text: for documents with attachments only.
    private static func ranks(_ index: InvertedIndex, order: [Int]) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (rank, id) in order.enumerated() { ranks[index.terms[id].text] = rank }
        return ranks
    }

    /// Display shards in one folder named by the hash of them all: the root names the folder
    /// only. Each is a JSON array of `[title, URL, date, snippet or [lead, passages…]]` rows.
    private mutating func docShards(_ corpus: SearchCorpus, folder: String, rank: [String: Int]) -> String {
        let documents = corpus.documents
        let size = settings.docShard
        // Made on all cores, a few hundred shards at a time: a large site has thousands.
        let starts = Array(stride(from: 0, to: documents.count, by: size))
        let slices = stride(from: 0, to: starts.count, by: 256).map { starts[$0..<min($0 + 256, starts.count)] }
        let shards = slices.parallelMap { slice in
            slice.map { start in
                var json = "["
                // Fields read in place: a copy of a document retains all its texts.
                for number in start..<min(start + size, documents.count) {
                    json += number == start ? "[" : ",["
                    JSONText.quote(documents[number].title, into: &json)
                    json += ","
                    JSONText.quote(documents[number].url, into: &json)
                    json += ","
                    JSONText.quote(documents[number].date?.description ?? "", into: &json)
                    json += ","
                    Self.quoteSnippet(documents[number].snippet, into: &json)
                    if !documents[number].attachments.isEmpty {
                        json += ",[" + documents[number].attachments.map { Self.json($0, rank: rank) }.joined(separator: ",") + "]"
                    }
                    json += "]"
                }
                return Array((json + "]").utf8)
            }
        }.flatMap { $0 }
        return numbered(shards, folder: folder, prefix: "d-", suffix: ".json")
    }

    /// The lead alone as a string, or with passages (`Passages`) as an array of strings.
    private static func quoteSnippet(_ snippet: String, into json: inout String) {
        guard snippet.contains(Passages.separator) else { return JSONText.quote(snippet, into: &json) }
        json += "["
        for (i, part) in snippet.split(separator: Passages.separator, omittingEmptySubsequences: false).enumerated() {
            if i > 0 { json += "," }
            JSONText.quote(String(part), into: &json)
        }
        json += "]"
    }

    /// `[title, url, [term ids], [pages]]`, term ids ascending.
    private static func json(_ attachment: AttachmentTerms, rank: [String: Int]) -> String {
        let terms = attachment.pages.compactMap { term, page in rank[term].map { ($0, page) } }.sorted { $0.0 < $1.0 }
        var json = "["
        JSONText.quote(attachment.title, into: &json)
        json += ","
        JSONText.quote(attachment.url, into: &json)
        json += ",[" + terms.map { String($0.0) }.joined(separator: ",") + "],[" + terms.map { String($0.1) }.joined(separator: ",") + "]]"
        return json
    }

    // MARK: - Terms

    /// Every facet value of each document: collection and year from the ranges, then its own.
    static func documentValues(_ corpus: SearchCorpus) -> [[Int]] {
        var result: [[Int]] = []
        result.reserveCapacity(corpus.documents.count)
        var r = 0
        for (number, doc) in corpus.documents.enumerated() {
            while r + 1 < corpus.ranges.count, corpus.ranges[r + 1].start <= number { r += 1 }
            let range = corpus.ranges[r]
            result.append([range.collection] + (range.year.map { [$0] } ?? []) + doc.values)
        }
        return result
    }

    /// BM25 term-frequency part, quantised: how much one occurrence pattern is worth.
    static func impact(tf: Float, length: Float, average: Float) -> Int {
        let t = Double(tf)
        let norm = k1 * (1 - b + b * Double(length) / Double(max(average, 1)))
        let saturation = t / (t + norm)
        return max(1, min(levels, Int((Double(levels) * saturation).rounded())))
    }

    /// A term's record, and the files of its postings blocks when they do not fit inline.
    private static func record(
        _ term: InvertedIndex.Term, lengths: [Float], average: Float, docValues: [[Int]], counts: inout [Int],
        folder: String, settings: Settings
    ) -> (record: [UInt8], blocks: [(path: String, bytes: [UInt8])]) {
        var blockFiles: [(path: String, bytes: [UInt8])] = []
        var out = ByteWriter()
        out.varint(term.docs.count)
        out.varint(term.forms.count)
        var previous = ""
        for form in term.forms {
            out.frontCoded(form, after: previous)
            previous = form
        }
        var touched: [Int] = []
        for doc in term.docs {
            for value in docValues[Int(doc)] {
                if counts[value] == 0 { touched.append(value) }
                counts[value] += 1
            }
        }
        touched.sort()
        out.varint(touched.count)
        var last = 0
        for value in touched {
            out.varint(value - last)
            out.varint(counts[value])
            last = value
            counts[value] = 0
        }
        let impacts = term.docs.indices.map { Self.impact(tf: term.tf[$0], length: lengths[Int(term.docs[$0])], average: average) }
        let byImpact = Self.byImpact(impacts)
        var blocks: [Range<Int>] = []
        var start = 0
        var size = term.docs.count <= settings.inlinePostings ? term.docs.count : settings.firstBlock
        while start < byImpact.count {
            blocks.append(start..<min(byImpact.count, start + size))
            start += size
            size *= 4
        }
        let inline = term.docs.count <= settings.inlinePostings
        out.varint(blocks.count)
        out.byte(inline ? 1 : 0)
        for range in blocks {
            var block = ByteWriter()
            var i = range.lowerBound
            while i < range.upperBound {
                let q = impacts[byImpact[i]]
                var j = i
                while j < range.upperBound, impacts[byImpact[j]] == q { j += 1 }
                block.byte(UInt8(q))
                block.varint(j - i)
                var prev = -1
                for k in i..<j {
                    let p = byImpact[k]
                    block.varint(Int(term.docs[p]) - prev)
                    prev = Int(term.docs[p])
                    if term.forms.count > 1 { block.varint(Int(term.masks[p])) }
                }
                i = j
            }
            out.byte(UInt8(impacts[byImpact[range.lowerBound]]))
            out.varint(range.count)
            if inline {
                out.varint(block.bytes.count)
                out.append(block.bytes)
            } else {
                let name = Self.name(block.bytes, prefix: "b-")
                blockFiles.append((folder + "/" + name, block.bytes))
                out.string(name)
            }
        }
        return (out.bytes, blockFiles)
    }

    /// Posting places by impact, highest first, in document order within an impact: a
    /// counting sort, since impacts are 1…15 (a comparison sort of every term's postings cost
    /// more than encoding them).
    static func byImpact(_ impacts: [Int]) -> [Int] {
        var starts = [Int](repeating: 0, count: levels + 1)
        for q in impacts { starts[levels - q + 1] += 1 }
        for level in 1..<starts.count { starts[level] += starts[level - 1] }
        var order = [Int](repeating: 0, count: impacts.count)
        for (place, q) in impacts.enumerated() {
            order[starts[levels - q]] = place
            starts[levels - q] += 1
        }
        return order
    }

    /// Endings the stemmer removed, most common first: the client strips them from unknown words.
    private func suffixes(_ terms: [InvertedIndex.Term]) -> [String] {
        var counts: [String: Int] = [:]
        for term in terms {
            for form in term.forms where form.count > term.text.count && form.hasPrefix(term.text) {
                counts[String(form.dropFirst(term.text.count)), default: 0] += 1
            }
        }
        return counts.filter { $0.value >= 2 && $0.key.count <= 6 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(settings.maxSuffixes).map(\.key)
    }
}
