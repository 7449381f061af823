import Build
import Foundation
import Testing

@Suite struct OutputWriterTests {
    @Test func aFileOfPiecesIsWrittenOnlyWhenItsBytesChange() throws {
        let scratch = try BuildFixture.scratch()
        let writer = OutputWriter(siteFolder: scratch.appendingPathComponent("site"), output: scratch.appendingPathComponent("out"))
        try writer.prepare(paths: ["api/x.json"])
        func pieces(_ parts: String...) -> [ArraySlice<UInt8>] { parts.map { Array($0.utf8)[...] } }
        #expect(try writer.write("api/x.json", pieces: pieces("[", "1,2", "]")))
        #expect(try !writer.write("api/x.json", pieces: pieces("[1", "", ",2]")), "the same bytes, cut elsewhere")
        #expect(try !writer.write("api/x.json", [UInt8]("[1,2]".utf8)))
        #expect(try writer.write("api/x.json", pieces: pieces("[1", ",3]")), "same length, other bytes")
        #expect(try writer.write("api/x.json", pieces: pieces("[1,3,4]")))
        let written = try String(contentsOf: scratch.appendingPathComponent("out/api/x.json"), encoding: .utf8)
        #expect(written == "[1,3,4]")
    }
}
