import Build
import Foundation
import Synchronization
import Testing

@Suite struct OutputWriterTests {
    @Test func aFileOfPiecesIsWrittenOnlyWhenItsBytesChange() throws {
        let scratch = try BuildFixture.scratch()
        func writer() throws -> OutputWriter {
            let writer = OutputWriter(siteFolder: scratch.appendingPathComponent("site"), output: scratch.appendingPathComponent("out"))
            try writer.open(force: false, keep: [])
            return writer
        }
        func pieces(_ parts: String...) -> [ArraySlice<UInt8>] { parts.map { Array($0.utf8)[...] } }
        let first = try writer()
        #expect(try first.write("api/x.json", pieces: pieces("[", "1,2", "]")))
        _ = try first.commit(expected: ["api/x.json"], keep: [])
        first.close()
        let second = try writer()
        defer { second.close() }
        #expect(try !second.write("api/x.json", pieces: pieces("[1", "", ",2]")), "the same bytes, cut elsewhere")
        #expect(try !second.write("api/x.json", [UInt8]("[1,2]".utf8)))
        #expect(try second.write("api/x.json", pieces: pieces("[1", ",3]")), "same length, other bytes")
        #expect(try second.write("api/x.json", pieces: pieces("[1,3,4]")))
        _ = try second.commit(expected: ["api/x.json"], keep: [])
        let written = try String(contentsOf: scratch.appendingPathComponent("out/api/x.json"), encoding: .utf8)
        #expect(written == "[1,3,4]")
    }

    /// Writes go into a symlinked folder staged in parallel: every one succeeds, the commit
    /// replaces the link with a folder, and nothing lands outside the output.
    @Test func parallelWritesReplaceASymlinkedFolderOnce() throws {
        let scratch = try BuildFixture.scratch()
        let outside = scratch.appendingPathComponent("svetur")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        for round in 0..<300 {
            let output = scratch.appendingPathComponent("out-\(round)")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            if round % 2 == 0 {
                try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("a").path, withDestinationPath: outside.path)
            } else {
                try Data("ne aplankas".utf8).write(to: output.appendingPathComponent("a"))
            }
            let writer = OutputWriter(siteFolder: scratch.appendingPathComponent("site"), output: output)
            try writer.open(force: true, keep: [])
            let failures = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: 8) { i in
                if (try? writer.write("a/\(i)/index.html", [UInt8]("\(i)".utf8))) != true { failures.add(1, ordering: .relaxed) }
            }
            _ = try writer.commit(expected: (0..<8).map { "a/\($0)/index.html" }, keep: [])
            writer.close()
            #expect(failures.load(ordering: .relaxed) == 0, "round \(round)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("a").path).count == 8)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}
