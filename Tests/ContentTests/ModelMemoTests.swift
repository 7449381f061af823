@testable import Cache
@testable import Checks
@testable import Content
import Foundation
import Markdown
@testable import Model
@testable import Support
import Testing

/// The model memo: orders, terms and references read back exactly for the shape they were
/// derived from, and nothing for any other shape or a damaged file.
@Suite struct ModelMemoTests {
    let site: Site
    let now = LocalDateTime(iso: "2026-11-28T10:00")!

    init() throws {
        // The portal: timelines, views filtered by status, taxonomies, refs in lists and objects.
        let parsed = SiteChecks.validate(try SiteSource.read(siteFolder: Fixtures.repository))
        site = try #require(parsed.site)
    }

    static func written(_ model: SiteModel) -> [UInt8] {
        var bytes: [UInt8] = []
        ModelMemo.encode(model) { bytes += $0; return true }
        return bytes
    }

    /// Everything the memo keeps, in a comparable form.
    static func structures(_ model: SiteModel) -> [String] {
        var lines: [String] = []
        for name in model.collections.keys.sorted() { lines.append("collection \(name) \(model.collections[name]!)") }
        for name in model.views.keys.sorted() { lines.append("view \(name) \(model.views[name]!)") }
        for taxonomy in model.taxonomies {
            for term in taxonomy.terms { lines.append("term \(taxonomy.schema.name) \(term.name) \(term.slug) \(term.entries)") }
        }
        for target in model.backReferences.keys.sorted() {
            for group in model.backReferences[target]! {
                lines.append("back \(target) \(group.collection) \(group.field) \(group.fieldLabel) \(group.entries)")
            }
        }
        for (index, references) in model.references.enumerated() {
            lines.append("refs \(index) " + references.map { "\($0.target)=\($0.index ?? -1)@\($0.field)" }.joined(separator: " "))
        }
        return lines
    }

    /// The portal with one entry replaced by `change(entry)`.
    func site(changing path: String, _ change: (Entry) -> Entry) -> Site {
        var copy = site
        copy.entries = site.entries.map { $0.sourcePath == path ? change($0) : $0 }
        return copy
    }

    static func rebuilt(_ e: Entry, fields: FieldValues? = nil, body: RenderedMarkdown? = nil) -> Entry {
        Entry(
            collection: e.collection, slug: e.slug, sourcePath: e.sourcePath, url: e.url, fields: fields ?? e.fields,
            body: body ?? e.body, isDraft: e.isDraft, publishDate: e.publishDate, updated: e.updated)
    }

    @Test func aModelFromTheMemoEqualsADerivedOne() throws {
        let first = SiteModel(site: site, now: now, memo: nil, context: "c")
        #expect(!first.isFromMemo)
        #expect(first.references.contains { !$0.isEmpty } && !first.backReferences.isEmpty && first.taxonomies.contains { !$0.terms.isEmpty })
        let second = SiteModel(site: site, now: now, memo: ModelMemo(bytes: Self.written(first)), context: "c")
        #expect(second.isFromMemo)
        #expect(Self.structures(second) == Self.structures(first))
        #expect(second.timelines == first.timelines)
    }

    @Test func aBodyEditKeepsTheShapeAndFrontMatterChangesIt() throws {
        let base = SiteModel(site: site, now: now, memo: nil, context: "c").shape
        let path = try #require(site.entries.first { $0.collection == "projektai" }).sourcePath
        let longer = self.site(changing: path) { e in
            var body = e.body
            body.plainText += String(repeating: " Naujas sakinys pabaigoje.", count: 40)
            body.html += "<p>Naujas sakinys pabaigoje.</p>"
            return Self.rebuilt(e, body: body)
        }
        #expect(SiteModel(site: longer, now: now, memo: nil, context: "c").shape == base, "the body is not in it")
        let newStart = self.site(changing: path) { e in
            var body = e.body
            body.plainText = "Nauja pradžia. " + body.plainText
            return Self.rebuilt(e, body: body)
        }
        #expect(SiteModel(site: newStart, now: now, memo: nil, context: "c").shape == base, "not even its start, which lists show")
        let retitled = self.site(changing: path) { e in
            var fields = e.fields
            fields["title"] = .string(e.title + " (2)")
            return Self.rebuilt(e, fields: fields)
        }
        #expect(SiteModel(site: retitled, now: now, memo: nil, context: "c").shape != base)
        #expect(SiteModel(site: site, now: now, memo: nil, context: "other").shape != base, "site.yml, options or engine")
        let later = LocalDateTime(iso: "2027-06-01T10:00")!
        #expect(SiteModel(site: site, now: later, memo: nil, context: "c").shape != base, "timelines moved on")
        var fewer = site
        fewer.entries.removeLast()
        #expect(SiteModel(site: fewer, now: now, memo: nil, context: "c").shape != base)
    }

    @Test func anotherShapeReadsNothing() throws {
        let first = SiteModel(site: site, now: now, memo: nil, context: "c")
        let other = SiteModel(site: site, now: now, memo: ModelMemo(bytes: Self.written(first)), context: "other")
        #expect(!other.isFromMemo)
        #expect(Self.structures(other) == Self.structures(first))
    }

    @Test(arguments: ["truncated", "altered", "garbage", "empty"])
    func aDamagedMemoReadsNothing(_ damage: String) throws {
        let first = SiteModel(site: site, now: now, memo: nil, context: "c")
        var bytes = Self.written(first)
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "altered": bytes[bytes.count / 2] ^= 0x10
        case "garbage": bytes = Array("ZNC2 not a memo ZNC2".utf8)
        default: bytes = []
        }
        let second = SiteModel(site: site, now: now, memo: ModelMemo(bytes: bytes), context: "c")
        #expect(!second.isFromMemo)
        #expect(Self.structures(second) == Self.structures(first))
    }

    /// A sound memo with one record replaced by `value`: checksummed and of the right
    /// shape, as only a hand-made file could be.
    static func forged(_ model: SiteModel, key: String, value: [UInt8]) throws -> ModelMemo {
        let records = try #require(CacheFile.read(written(model), context: model.shape))
        var bytes: [UInt8] = []
        CacheFile.write(
            context: model.shape, keys: records.keys.sorted(), value: { $0 == key ? value : Array(records[$0]!) },
            to: { bytes += $0; return true })
        return ModelMemo(bytes: bytes)
    }

    /// Indexes and counts are checked against the entries and the config the memo is read
    /// for, so a memo can never make a model that points past them, nor stop the build.
    @Test(arguments: [
        "index past the entries", "ref past the entries", "ref field past the fields", "huge term count",
        "huge group count", "huge ref count", "entries counted wrong",
    ])
    func aForgedMemoReadsNothing(_ forgery: String) throws {
        let first = SiteModel(site: site, now: now, memo: nil, context: "c")
        let entries = site.entries.count
        var w = ByteWriter()
        let key: String
        switch forgery {
        case "index past the entries":
            key = "collections"
            for _ in site.config.collections {
                w.varint(1)
                w.varint(entries)
            }
        case "ref past the entries", "ref field past the fields":
            key = "references"
            w.varint(entries)
            w.varint(1)
            w.string("bibliotekos/x")
            w.varint(forgery == "ref past the entries" ? entries + 1 : 0)
            w.varint(forgery == "ref past the entries" ? 0 : 1000)
            for _ in 1..<entries { w.varint(0) }
        case "huge term count":
            key = "taxonomies"
            w.varint(1 << 58)
        case "huge group count":
            key = "back-references"
            w.varint(1)
            w.varint(0)
            w.varint(1 << 58)
        case "huge ref count":
            key = "references"
            w.varint(entries)
            w.varint(1 << 58)
        default:
            key = "references"
            w.varint(entries - 1)
        }
        let memo = try Self.forged(first, key: key, value: w.bytes)
        #expect(memo.structures(shape: first.shape, config: site.config, entries: entries) == nil)
        let second = SiteModel(site: site, now: now, memo: memo, context: "c")
        #expect(!second.isFromMemo)
        #expect(Self.structures(second) == Self.structures(first))
    }
}
