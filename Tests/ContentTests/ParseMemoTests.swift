@testable import Cache
@testable import Checks
@testable import Content
import Foundation
import Testing

/// The parse memo: written and read back exactly, reused only for unchanged files under an
/// unchanged context, and ignored whole when damaged.
@Suite struct ParseMemoTests {
    let source: SiteSource
    let context: String

    init() throws {
        // The portal: every field type (money, date-times, lists, objects), links, headings, git dates.
        source = try SiteSource.read(siteFolder: Fixtures.repository)
        context = ParseMemo.context(of: source, baseURL: nil)
    }

    func written(_ memo: ParseMemo) -> [UInt8] {
        var bytes: [UInt8] = []
        memo.encode { bytes += $0; return true }
        return bytes
    }

    func parsed(memo: ParseMemo) -> CheckedSite {
        SiteChecks.validate(source, memo: memo, fingerprints: source.fingerprints)
    }

    @Test func readsBackWhatItWrote() throws {
        let memo = try #require(parsed(memo: ParseMemo(context: context)).memo)
        #expect(memo.count == source.content.count, "every portal file parses clean")
        let read = ParseMemo(decoding: written(memo), context: context)
        #expect(read.count == memo.count)
        for (path, record) in memo.records {
            let copy = try #require(read.records[path])
            #expect(copy.fingerprint == record.fingerprint && copy.updated == record.updated)
            let (a, b) = (try #require(record.file.entry), try #require(copy.file.entry))
            #expect(a.collection == b.collection && a.slug == b.slug && a.url == b.url && a.sourcePath == b.sourcePath)
            #expect(a.fields == b.fields, "\(path)")
            #expect(a.body == b.body, "\(path)")
            // Read back as slices of the memo's bytes, decoded when asked for.
            #expect(a.body.html == b.body.html && a.body.plainText == b.body.plainText, "\(path)")
            #expect(a.body.hasNoText == b.body.hasNoText && a.bodyExcerpt == b.bodyExcerpt, "\(path)")
            #expect(a.isDraft == b.isDraft && a.publishDate == b.publishDate && a.updated == b.updated)
            #expect(a.listingKey == b.listingKey, "\(path)")
            #expect(record.file.refs == copy.file.refs)
            #expect(record.file.uniqueValues.map(\.value) == copy.file.uniqueValues.map(\.value))
            #expect(record.file.terms.map(\.slug) == copy.file.terms.map(\.slug))
            #expect(record.file.terms.map(\.location) == copy.file.terms.map(\.location))
        }
        #expect(memo.records.values.contains { $0.file.entry?.fields.values.contains { if case .money = $0.value { true } else { false } } ?? false })
    }

    @Test func aReusedParseEqualsAFreshOne() throws {
        let first = parsed(memo: ParseMemo(context: context))
        let memo = ParseMemo(decoding: written(try #require(first.memo)), context: context)
        let second = parsed(memo: memo)
        #expect(second.diagnostics.isEmpty)
        #expect(try #require(second.memo).freshness.isSameAsLast)
        let (a, b) = (try #require(first.site).entries, try #require(second.site).entries)
        #expect(a.map(\.sourcePath) == b.map(\.sourcePath))
        #expect(zip(a, b).allSatisfy { $0.fields == $1.fields && $0.body == $1.body && $0.url == $1.url })
        #expect(zip(a, b).allSatisfy { $0 !== $1 }, "entries come from the memo read back, not from the first parse")
    }

    @Test func aChangedFileIsParsedAgain() throws {
        let memo = ParseMemo(decoding: written(try #require(parsed(memo: ParseMemo(context: context)).memo)), context: context)
        var changed = source
        let index = try #require(changed.content.firstIndex { $0.path.hasPrefix("content/projektai/") })
        let text = String(decoding: changed.content[index].bytes, as: UTF8.self)
        changed.content[index].bytes = Array(text.replacingOccurrences(of: "\n---\n", with: "\n---\n\nPridėta pastraipa.\n").utf8)
        let result = SiteChecks.validate(changed, memo: memo, fingerprints: changed.fingerprints)
        let entry = try #require(result.site?.entries.first { $0.sourcePath == changed.content[index].path })
        #expect(entry.body.plainText.contains("Pridėta pastraipa."))
        #expect(try #require(result.memo).freshness.isSameAsLast == false)
    }

    @Test func aDiagnosticInAReusedFileQuotesItsLine() throws {
        let config = try SiteSource.read(siteFolder: Fixtures.root.appendingPathComponent("valid")).config
        func site(_ heading: String) -> SiteSource {
            SiteSource(
                config: config,
                content: [
                    SourceFile(path: "content/a.md", bytes: Array("---\ntitle: A\n---\nŽr. [skyrių](b.md#skyrius).\n".utf8)),
                    SourceFile(path: "content/b.md", bytes: Array("---\ntitle: B\n---\n## \(heading)\n".utf8)),
                ])
        }
        let before = site("Skyrius")
        let context = ParseMemo.context(of: before, baseURL: nil)
        let first = SiteChecks.validate(before, memo: ParseMemo(context: context), fingerprints: before.fingerprints)
        #expect(first.diagnostics.isEmpty)
        let after = site("Kitas skyrius")
        let second = SiteChecks.validate(after, memo: try #require(first.memo), fingerprints: after.fingerprints)
        #expect(second.reused == 1, "a.md is unchanged")
        #expect(second.diagnostics.map(\.location?.file) == ["content/a.md"])
        #expect(second.texts["content/a.md"]?.contains("Žr. [skyrių](b.md#skyrius).") == true, "the line can be quoted")
    }

    @Test func aMemoIsWrittenAgainOnlyWhenMoreThanOnePercentIsOutOfDate() {
        #expect(MemoFreshness(outdated: 10_000, unused: 0, count: 10_000).isWorthWriting, "no memo yet")
        #expect(!MemoFreshness(outdated: 0, unused: 0, count: 10_000).isWorthWriting, "nothing changed")
        #expect(!MemoFreshness(outdated: 1, unused: 1, count: 10_000).isWorthWriting, "one edit: re-parsed next time")
        #expect(MemoFreshness(outdated: 60, unused: 60, count: 10_000).isWorthWriting)
        #expect(MemoFreshness(outdated: 1, unused: 1, count: 46).isWorthWriting, "a small site writes every change")
    }

    @Test func anotherContextReadsNothing() throws {
        let bytes = written(try #require(parsed(memo: ParseMemo(context: context)).memo))
        #expect(ParseMemo(decoding: bytes, context: context).count > 0)
        #expect(ParseMemo(decoding: bytes, context: "other").count == 0)
        let otherBase = ParseMemo.context(of: source, baseURL: "http://localhost:1313/")
        #expect(context != otherBase)
    }

    @Test(arguments: ["truncated", "altered", "garbage", "empty"])
    func aDamagedMemoReadsAsEmpty(_ damage: String) throws {
        var bytes = written(try #require(parsed(memo: ParseMemo(context: context)).memo))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "altered": bytes[bytes.count / 2] ^= 0x20
        case "garbage": bytes = Array(repeating: 0x5A, count: 4096)
        default: bytes = []
        }
        #expect(ParseMemo(decoding: bytes, context: context).count == 0)
    }
}
