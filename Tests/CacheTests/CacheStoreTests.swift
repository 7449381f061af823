import Cache
import Foundation
import Testing

@Suite struct CacheStoreTests {
    /// A memo of one record, enough to see what the store does with any memo.
    struct Note: Memo {
        static let file = CacheStore.File.parsed
        var context: String
        var text: String?
        var isWorthWriting: Bool { text != nil }

        init(text: String, context: String) {
            self.text = text
            self.context = context
        }

        init(decoding bytes: [UInt8], context: String) {
            self.context = context
            text = CacheFile.read(bytes, context: context)?["note"].map { String(decoding: $0, as: UTF8.self) }
        }

        func encode(_ write: ([UInt8]) -> Bool) {
            let text = text ?? ""
            CacheFile.write(context: context, keys: ["note"], value: { _ in Array(text.utf8) }, to: write)
        }
    }

    static func folder() throws -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cache-store-\(UUID().uuidString)")
    }

    @Test func aMemoIsReadBackOnlyByTheEngineThatWroteItForTheSameContext() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = CacheStore(folder: folder, engine: "engine A")
        store.save(Note(text: "labas", context: store.stamped("c")))
        #expect(store.load(Note.self, context: "c").text == "labas")
        #expect(store.load(Note.self, context: "d").text == nil, "another context")
        #expect(CacheStore(folder: folder, engine: "engine B").load(Note.self, context: "c").text == nil, "another engine")
        // Whatever a memo does, the file's context carries the engine: the store stamps it.
        #expect(store.records(.parsed, context: "c") != nil)
        #expect(CacheStore(folder: folder, engine: "engine B").records(.parsed, context: "c") == nil)
    }

    @Test func anUnknownEngineReadsAndWritesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = CacheStore(folder: folder, engine: nil)
        unknown.save(Note(text: "labas", context: unknown.stamped("c")))
        #expect(!FileManager.default.fileExists(atPath: unknown.path(.parsed)))
        let written = unknown.write(.pages, context: "c", keys: ["a"], value: { _ in [1] })
        #expect(!written)
        let known = CacheStore(folder: folder, engine: "engine A")
        known.save(Note(text: "labas", context: known.stamped("c")))
        #expect(unknown.bytes(.parsed).isEmpty && !known.bytes(.parsed).isEmpty)
    }

    @Test func aMemoNotWorthWritingLeavesTheLastFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = CacheStore(folder: folder, engine: "engine A")
        store.save(Note(text: "labas", context: store.stamped("c")))
        var unchanged = Note(text: "kita", context: store.stamped("c"))
        unchanged.text = nil
        store.save(unchanged)
        #expect(store.load(Note.self, context: "c").text == "labas")
    }

    @Test func theFolderIgnoresItselfInGitAndEveryFileHasItsOwnName() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = CacheStore(folder: folder, engine: "engine A")
        for file in CacheStore.File.allCases {
            let written = store.write(file, context: file.rawValue, keys: ["k"], value: { _ in [1] })
            #expect(written)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ([".gitignore"] + CacheStore.File.allCases.map(\.rawValue)).sorted())
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) == "*\n")
        store.remove(.pages)
        #expect(store.records(.pages, context: "pages") == nil)
    }
}
