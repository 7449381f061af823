import Attachments
import Checks
import Content
import Diagnostics
import Foundation
import Testing

/// A small site on disk whose entries name files: each problem with a file is a diagnostic at
/// the value's line and column.
@Suite struct AttachmentTests {
    /// One collection whose entries take a PDF and a list of forms (at most 1 KB each).
    static let siteYML = try! Data(contentsOf: Fixtures.repository.appendingPathComponent("Tests/Fixtures/attachments/site.yml"))

    /// Writes the site into a new temporary folder; `files` maps paths to bytes.
    static func site(_ files: [String: [UInt8]], symlinks: [String: String] = [:]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zinynas-attach-\(UUID().uuidString)")
        for (path, bytes) in files.merging(["site.yml": Array(siteYML)], uniquingKeysWith: { a, _ in a }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        for (path, target) in symlinks {
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(path).path, withDestinationPath: target)
        }
        return folder
    }

    static func check(_ folder: URL) throws -> (diagnostics: [Diagnostic], result: AttachmentStage.Result) {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try SiteSource.read(siteFolder: folder)
        let parsed = SiteParser.parse(source)
        let checked = SiteChecks.check(parsed, source: source)
        let result = AttachmentStage.run(
            parsed.files, source: source, config: try #require(parsed.config), memo: AttachmentMemo(context: "test"))
        return ((checked.diagnostics + result.diagnostics).sorted(), result)
    }

    static func entry(_ frontMatter: String, body: String = "Tekstas.") -> [UInt8] {
        Array("---\ntitle: Kvietimas\n\(frontMatter)\n---\n\n\(body)\n".utf8)
    }

    static let pdf = Array(try! Data(contentsOf: Fixtures.repository.appendingPathComponent("static/dokumentai/krf-bibliotekos-2027-taisykles.pdf")))
    /// A PNG signature and header chunk (a 1×1 image), which is enough for libmagic.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        + [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE] + [UInt8](repeating: 0, count: 32)

    @Test func aGoodBundleFileIsDescribedWithItsPDFTitleAndPages() throws {
        let folder = try Self.site([
            "content/kvietimai/a/index.md": Self.entry("rules: taisykles.pdf", body: "Žr. [taisykles](taisykles.pdf)."),
            "content/kvietimai/a/taisykles.pdf": Self.pdf,
        ])
        let (diagnostics, result) = try Self.check(folder)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let attachment = try #require(result.attachments["content/kvietimai/a/taisykles.pdf"])
        #expect(attachment.url == "/kvietimai/a/taisykles.pdf")
        #expect(attachment.documentTitle == "KRF bibliotekų programos 2027 m. finansavimo taisyklės")
        #expect(attachment.pages.count == 2 && attachment.pages[1].contains("Tinkamos islaidos"))
        #expect(result.extracted == 1)
    }

    @Test func everyProblemWithAFileIsReportedAtItsValue() throws {
        let folder = try Self.site(
            [
                "content/kvietimai/a/index.md": Self.entry(
                    """
                    rules: taisykle.pdf
                    forms:
                      - Paraiškos forma.docx
                      - netikra.docx
                      - didele.pdf
                      - nuoroda.pdf
                    """, body: "Žr. [taisyklės](taisykls.pdf)."),
                "content/kvietimai/a/taisykles.pdf": Self.pdf,
                "content/kvietimai/a/netikra.docx": Self.png,
                "content/kvietimai/a/didele.pdf": Self.pdf,
                "content/kvietimai/b.md": Self.entry("rules: taisykles.pdf"),
                "content/kvietimai/c.md": Self.entry("rules: /dokumentai/sugadinta.pdf"),
                "static/dokumentai/sugadinta.pdf": Array("%PDF-1.4\nnot really\n".utf8),
            ], symlinks: ["content/kvietimai/a/nuoroda.pdf": "/etc/hostname"])
        let (diagnostics, _) = try Self.check(folder)
        let lines = diagnostics.map { "\($0.location.map { "\($0.file):\($0.line):\($0.column)" } ?? "-") \($0.severity.rawValue): \($0.message) | \($0.hint ?? "")" }
        #expect(lines == [
            "content/kvietimai/a/index.md:3:8 error: file 'taisykle.pdf' is not in the entry's bundle (content/kvietimai/a/taisykle.pdf) | did you mean 'taisykles.pdf'?",
            "content/kvietimai/a/index.md:5:5 error: file name 'Paraiškos forma.docx' is not URL-safe (lowercase ASCII letters, digits, '-', '_' and '.') | rename the file to 'paraiskos-forma.docx' and write that name here",
            "content/kvietimai/a/index.md:6:5 error: file 'netikra.docx' is not a DOCX file: its content is image/png | the file is really an image; save it as DOCX or rename it",
            "content/kvietimai/a/index.md:7:5 error: file 'didele.pdf' is 1,5\u{A0}KB, over the limit of 1\u{A0}KB of field 'forms[3]' | make the file smaller (e.g. save the PDF with compressed images), or raise max_size in site.yml",
            "content/kvietimai/a/index.md:8:5 error: file 'nuoroda.pdf' is a symbolic link, which is never followed | put the file itself at content/kvietimai/a/nuoroda.pdf",
            "content/kvietimai/a/index.md:11:5 error: link to 'taisykls.pdf', which is not a file of the entry's bundle | did you mean 'taisykles.pdf'?",
            "content/kvietimai/b.md:3:8 error: file 'taisykles.pdf' is named relative to the entry, which is not a bundle | move the entry to content/kvietimai/b/index.md and put the file beside it, or write a path under static/ starting with '/'",
            "content/kvietimai/c.md:3:8 warning: the text of '/dokumentai/sugadinta.pdf' cannot be searched: poppler cannot read it (PDF document is damaged) | the file is listed, but search will not find words inside it; save it as a PDF with text",
        ])
    }

    @Test func sizesAreLithuanianWithADecimalComma() {
        let a = Attachment(sitePath: "static/a.pdf", url: "/a.pdf", size: 1_234_567, fingerprint: "")
        #expect(a.sizeLabel == "PDF, 1,2\u{A0}MB")
        #expect(Attachment.size(850) == "850\u{A0}B")
        #expect(Attachment.size(12_400) == "12\u{A0}KB")
        #expect(Attachment.size(25_300_000) == "25\u{A0}MB")
        #expect(a.title(given: nil) == "a.pdf" && a.title(given: "Taisyklės") == "Taisyklės")
    }
}

enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
