import Foundation
import Testing

/// The portal's files: listed on their entries' pages, and their PDFs' text extracted once.
@Suite struct AttachmentBuildTests {
    @Test func entryPagesListTheirFilesAndASecondBuildExtractsNoPDF() throws {
        let scratch = try BuildFixture.scratch()
        let output = scratch.appendingPathComponent("public")
        let first = try BuildFixture.build(BuildFixture.repository, into: output, now: "2026-11-28")
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics.map(\.description))")
        #expect(first.pdfsExtracted == 8)  // 4 more: two annual reports and two research reports
        let page = try String(contentsOf: output.appendingPathComponent("finansavimas/krf-bibliotekos-2027/index.html"), encoding: .utf8)
        #expect(
            page.contains(
                "<li><a href=\"/dokumentai/krf-bibliotekos-2027-taisykles.pdf\" download=\"krf-bibliotekos-2027-taisykles.pdf\">"
                    + "KRF bibliotekų programos 2027 m. finansavimo taisyklės</a> <span class=\"file-meta\">(PDF, 1,5\u{A0}KB)</span></li>"))
        let about = try String(contentsOf: output.appendingPathComponent("apie/index.html"), encoding: .utf8)
        #expect(about.contains(">Regiono plėtros skyriaus nuostatai</a> <span class=\"file-meta\">(PDF, 992\u{A0}B)</span>"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("dokumentai/regiono-pletros-skyriaus-nuostatai.pdf").path))
        let built = try BuildFixture.tree(output)
        let second = try BuildFixture.build(BuildFixture.repository, into: output, now: "2026-11-28")
        #expect(second.pdfsExtracted == 0)
        #expect(second.pagesRendered == 0)
        // The search index's files, whose results say which PDF page a word is on, are made
        // again from the memo's terms of each file: byte for byte the same.
        let again = try BuildFixture.tree(output)
        #expect(again.keys.sorted() == built.keys.sorted())
        #expect(again.filter { built[$0.key] != $0.value }.keys.sorted() == [])
        #expect(built.contains { $0.key.hasPrefix("paieska/index/d-") && String(decoding: $0.value, as: UTF8.self).contains(".pdf\",[") })
    }
}
