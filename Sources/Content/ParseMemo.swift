import Cache
import Config
import Diagnostics
import Foundation
import Markdown
import Support
import Text

/// Parse results of the last build, by content path, for an incremental build to reuse:
/// reading front matter and rendering Markdown is most of what it would otherwise redo.
///
/// A result is reused only for a file whose bytes and git date are unchanged, and only when
/// nothing else it was made from changed (`context`: site.yml, the set of content paths that
/// links resolve against, the options, the engine). Files with any diagnostic are never
/// memoised, so their messages are always reported afresh.
package struct ParseMemo: ResidentMemo {
    package static let file = CacheStore.File.parsed
    struct Record: Sendable {
        var fingerprint: String
        var updated: Int?
        var file: ParsedFile
    }

    /// What every result depends on besides its own file.
    package let context: String
    var records: [String: Record]
    /// How this build's results differ from the memo read.
    package internal(set) var freshness = MemoFreshness()
    /// Each content file's place and the link resolver, which depend on the paths and
    /// site.yml alone (the context): kept by a memo kept in memory, never written.
    typealias Classified = (places: [Result<ContentPath, Diagnostic>], resolver: LinkResolver)
    var classified: Classified?

    package var count: Int { records.count }

    package var isWorthWriting: Bool { freshness.isWorthWriting }

    package init(context: String) {
        self.context = context
        records = [:]
    }

    init(context: String, records: [String: Record]) {
        self.context = context
        self.records = records
    }

    /// The context of a build of `source` (the store stamps it with the engine: the program
    /// that parses and the libraries it loads).
    package static func context(of source: SiteSource, baseURL: String?) -> String {
        var hasher = Fingerprint()
        hasher.combine(baseURL ?? "-")
        hasher.combine(bytes: source.config.bytes)
        hasher.combine(tag: 0)
        for file in source.content { hasher.combine(file.path) }
        return hasher.hexDigest
    }

    /// The reusable result for `file`, if its bytes (by fingerprint) and git date are unchanged.
    func result(for path: String, fingerprint: String, updated: Int?) -> ParsedFile? {
        guard let record = records[path], record.fingerprint == fingerprint, record.updated == updated else { return nil }
        return record.file
    }

    static let version = 6
}

// MARK: - File format

extension ParseMemo {
    /// The memo in `bytes` (a `CacheFile`), or an empty one when they are damaged, truncated
    /// or were written for another context (a stale memo is never used).
    package init(decoding bytes: [UInt8], context: String) {
        self.init(context: context)
        guard let slices = CacheFile.read(bytes, context: Self.fileContext(context)) else { return }
        let decoded = Array(slices).parallelMap { path, slice in
            slice.withUnsafeBytes { raw -> (String, Record)? in
                var reader = ByteReader(raw)
                guard let record = try? RecordCoding.record(&reader, path: path, in: slice), reader.isAtEnd else { return nil }
                return (path, record)
            }
        }
        guard decoded.allSatisfy({ $0 != nil }) else { return }
        records = Dictionary(uniqueKeysWithValues: decoded.compactMap { $0 })
    }

    /// Writes the memo through `write`, a slice at a time (see `CacheFile`).
    package func encode(_ write: ([UInt8]) -> Bool) {
        let records = self.records
        CacheFile.write(context: Self.fileContext(context), keys: records.keys.sorted(), value: { path in
            var writer = ByteWriter(capacity: 4096)
            RecordCoding.write(records[path]!, to: &writer)
            return writer.bytes
        }, to: write)
    }

    private static func fileContext(_ context: String) -> String { "parse-memo \(version) \(context)" }
}

/// One record (its key is the path): fingerprint, git date, then the parsed file. Every
/// location in a record is in the record's own file, so only lines and columns are stored.
package enum RecordCoding {
    static func write(_ record: ParseMemo.Record, to body: inout ByteWriter) {
        body.string(record.fingerprint)
        optional(record.updated, &body) { $1.word(UInt64(bitPattern: Int64($0))) }
        let file = record.file
        let entry = file.entry!
        optional(entry.collection, &body) { $1.string($0) }
        body.string(entry.slug)
        body.string(entry.url)
        fields(entry.fields, &body)
        entry.body.withUTF8 { html, plainText in
            body.blob(html)
            body.blob(plainText)
        }
        body.string(entry.bodyExcerpt)
        body.varint(entry.body.headings.count)
        for heading in entry.body.headings {
            body.varint(heading.level)
            body.string(heading.text)
            body.string(heading.id)
            location(heading.location, &body)
        }
        body.varint(entry.body.links.count)
        for link in entry.body.links {
            body.string(link.destination)
            location(link.location, &body)
        }
        body.byte(entry.isDraft ? 1 : 0)
        optional(entry.publishDate, &body) { dateTime($0, &$1) }
        optional(entry.updated, &body) { date($0, &$1) }
        body.word(entry.frontMatterKey)
        body.word(entry.listingKey)
        located(file.refs, &body) { [$0.field, $0.collection, $0.slug] }
        located(file.uniqueValues, &body) { [$0.field, $0.value] }
        located(file.terms, &body) { [$0.taxonomy, $0.term, $0.slug] }
        located(file.files, &body, then: { $1.varint($0.rule.maxSize) }) {
            [$0.field, $0.written, $0.sitePath, $0.rule.kinds.map(\.rawValue).joined(separator: " ")]
        }
        located(file.images, &body) { [$0.field, $0.src] }
    }

    /// Writes each of `uses`: its texts, what `then` adds, its location and length (the order
    /// `record` reads them in).
    private static func located<Use: Located>(
        _ uses: [Use], _ body: inout ByteWriter, then extra: (Use, inout ByteWriter) -> Void = { _, _ in },
        texts: (Use) -> [String]
    ) {
        body.varint(uses.count)
        for use in uses {
            for text in texts(use) { body.string(text) }
            extra(use, &body)
            location(use.location, &body)
            body.varint(use.length)
        }
    }

    /// The record `r` reads from `bytes`; the body's texts stay slices of `bytes`.
    static func record(
        _ r: inout ByteReader, path: String, in bytes: ArraySlice<UInt8>
    ) throws(ByteReader.Malformed) -> ParseMemo.Record {
        func slice(_ range: Range<Int>) -> ArraySlice<UInt8> {
            bytes[(bytes.startIndex + range.lowerBound)..<(bytes.startIndex + range.upperBound)]
        }
        let fingerprint = try r.string()
        let updated = try optional(&r) { r throws(ByteReader.Malformed) in Int(Int64(bitPattern: try r.word())) }
        let collection = try optional(&r) { r throws(ByteReader.Malformed) in try r.string() }
        let slug = try r.string()
        let url = try r.string()
        let values = try fields(&r)
        let html = slice(try r.blobRange())
        let plainText = slice(try r.blobRange())
        let bodyExcerpt = try r.string()
        let headings = try list(&r) { r throws(ByteReader.Malformed) in
            Heading(level: try r.varint(), text: try r.string(), id: try r.string(), location: try location(&r, path))
        }
        let links = try list(&r) { r throws(ByteReader.Malformed) in
            Link(destination: try r.string(), location: try location(&r, path))
        }
        let isDraft = try r.byte() == 1
        let publishDate = try optional(&r) { r throws(ByteReader.Malformed) in try dateTime(&r) }
        let updatedDate = try optional(&r) { r throws(ByteReader.Malformed) in try date(&r) }
        let fingerprints = Entry.Fingerprints(frontMatterKey: try r.word(), listingKey: try r.word())
        var file = ParsedFile(path: path)
        file.entry = Entry(
            collection: collection, slug: slug, sourcePath: path, url: url, fields: values,
            body: RenderedMarkdown(htmlUTF8: html, headings: headings, links: links, plainTextUTF8: plainText),
            isDraft: isDraft, publishDate: publishDate, updated: updatedDate, fingerprints: fingerprints,
            bodyExcerpt: bodyExcerpt)
        file.refs = try list(&r) { r throws(ByteReader.Malformed) in
            RefUse(
                field: try r.string(), collection: try r.string(), slug: try r.string(), location: try location(&r, path),
                length: try r.varint())
        }
        file.uniqueValues = try list(&r) { r throws(ByteReader.Malformed) in
            UniqueValue(field: try r.string(), value: try r.string(), location: try location(&r, path), length: try r.varint())
        }
        file.terms = try list(&r) { r throws(ByteReader.Malformed) in
            TermUse(
                taxonomy: try r.string(), term: try r.string(), slug: try r.string(), location: try location(&r, path),
                length: try r.varint())
        }
        file.files = try list(&r) { r throws(ByteReader.Malformed) in
            let (field, written, sitePath, kinds) = (try r.string(), try r.string(), try r.string(), try r.string())
            let rule = FileRule(kinds: kinds.split(separator: " ").compactMap { FileKind(rawValue: String($0)) }, maxSize: try r.varint())
            return FileUse(
                field: field, written: written, sitePath: sitePath, rule: rule, location: try location(&r, path), length: try r.varint())
        }
        file.images = try list(&r) { r throws(ByteReader.Malformed) in
            ImageUse(field: try r.string(), src: try r.string(), location: try location(&r, path), length: try r.varint())
        }
        return ParseMemo.Record(fingerprint: fingerprint, updated: updated, file: file)
    }

    // MARK: Values

    private enum Tag: UInt8 {
        case string, date, dateTime, integer, number, money, bool, enumeration, ref, list, object
    }

    static func fields(_ values: FieldValues, _ w: inout ByteWriter) {
        w.varint(values.count)
        values.forEach { name, value in
            w.string(name)
            self.value(value, &w)
        }
    }

    static func fields(_ r: inout ByteReader) throws(ByteReader.Malformed) -> FieldValues {
        var values = FieldValues()
        let count = try r.varint()
        values.reserveCapacity(min(count, 64))  // a damaged count reserves little
        for _ in 0..<count { values.appendRead(try r.string(), try value(&r)) }
        return values
    }

    package static func value(_ value: FieldValue, _ w: inout ByteWriter) {
        switch value {
        case .string(let s):
            w.byte(Tag.string.rawValue)
            w.string(s)
        case .date(let d):
            w.byte(Tag.date.rawValue)
            date(d, &w)
        case .dateTime(let d):
            w.byte(Tag.dateTime.rawValue)
            dateTime(d, &w)
        case .integer(let i):
            w.byte(Tag.integer.rawValue)
            w.word(UInt64(bitPattern: Int64(i)))
        case .number(let n):
            w.byte(Tag.number.rawValue)
            w.word(n.bitPattern)
        case .money(let m):
            w.byte(Tag.money.rawValue)
            w.string(m.description)
        case .bool(let b):
            w.byte(Tag.bool.rawValue)
            w.byte(b ? 1 : 0)
        case .enumeration(let s):
            w.byte(Tag.enumeration.rawValue)
            w.string(s)
        case .ref(let s):
            w.byte(Tag.ref.rawValue)
            w.string(s)
        case .list(let items):
            w.byte(Tag.list.rawValue)
            w.varint(items.count)
            for item in items { self.value(item, &w) }
        case .object(let fields):
            w.byte(Tag.object.rawValue)
            self.fields(fields, &w)
        }
    }

    /// Made once, not per amount read.
    private static let posix = Locale(identifier: "en_US_POSIX")

    static func value(_ r: inout ByteReader) throws(ByteReader.Malformed) -> FieldValue {
        guard let tag = Tag(rawValue: try r.byte()) else { throw ByteReader.Malformed() }
        switch tag {
        case .string: return .string(try r.string())
        case .date: return .date(try date(&r))
        case .dateTime: return .dateTime(try dateTime(&r))
        case .integer: return .integer(Int(Int64(bitPattern: try r.word())))
        case .number: return .number(Double(bitPattern: try r.word()))
        case .money:
            guard let money = Decimal(string: try r.string(), locale: posix) else {
                throw ByteReader.Malformed()
            }
            return .money(money)
        case .bool: return .bool(try r.byte() == 1)
        case .enumeration: return .enumeration(try r.string())
        case .ref: return .ref(try r.string())
        case .list: return .list(try list(&r) { r throws(ByteReader.Malformed) in try value(&r) })
        case .object: return .object(try fields(&r))
        }
    }

    // MARK: Dates, locations, helpers

    static func date(_ d: LocalDate, _ w: inout ByteWriter) {
        w.varint(d.year)
        w.varint(d.month)
        w.varint(d.day)
    }

    static func date(_ r: inout ByteReader) throws(ByteReader.Malformed) -> LocalDate {
        guard let d = LocalDate(year: try r.varint(), month: try r.varint(), day: try r.varint()) else {
            throw ByteReader.Malformed()
        }
        return d
    }

    static func dateTime(_ d: LocalDateTime, _ w: inout ByteWriter) {
        date(d.date, &w)
        w.varint(d.hour)
        w.varint(d.minute)
        w.varint(d.second)
        optional(d.offsetMinutes, &w) { $1.word(UInt64(bitPattern: Int64($0))) }
    }

    static func dateTime(_ r: inout ByteReader) throws(ByteReader.Malformed) -> LocalDateTime {
        LocalDateTime(
            date: try date(&r), hour: try r.varint(), minute: try r.varint(), second: try r.varint(),
            offsetMinutes: try optional(&r) { r throws(ByteReader.Malformed) in Int(Int64(bitPattern: try r.word())) })
    }

    static func location(_ l: SourceLocation, _ w: inout ByteWriter) {
        w.varint(l.line)
        w.varint(l.column)
    }

    static func location(_ r: inout ByteReader, _ path: String) throws(ByteReader.Malformed) -> SourceLocation {
        SourceLocation(file: path, line: try r.varint(), column: try r.varint())
    }

    package static func optional<T>(_ value: T?, _ w: inout ByteWriter, _ write: (T, inout ByteWriter) -> Void) {
        guard let value else { return w.byte(0) }
        w.byte(1)
        write(value, &w)
    }

    static func optional<T>(
        _ r: inout ByteReader, _ read: (inout ByteReader) throws(ByteReader.Malformed) -> T
    ) throws(ByteReader.Malformed) -> T? {
        switch try r.byte() {
        case 0: return nil
        case 1: return try read(&r)
        default: throw ByteReader.Malformed()
        }
    }

    package static func list<T>(
        _ r: inout ByteReader, _ read: (inout ByteReader) throws(ByteReader.Malformed) -> T
    ) throws(ByteReader.Malformed) -> [T] {
        let count = try r.varint()
        var items: [T] = []
        items.reserveCapacity(min(count, 1024))
        for _ in 0..<count { items.append(try read(&r)) }
        return items
    }
}

/// What a memo record notes with a place in its file: a ref, a unique value, a term, a file, an image.
package protocol Located {
    var location: SourceLocation { get }
    var length: Int { get }
}

extension RefUse: Located {}
extension UniqueValue: Located {}
extension TermUse: Located {}
extension FileUse: Located {}
extension ImageUse: Located {}
