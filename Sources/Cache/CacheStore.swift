import Foundation
import Support

/// The build's cache folder (`.zinynas-cache/`, or `--cache-dir`): one file per memo, and the
/// record of the last build's pages. Every file is a `CacheFile` whose context is stamped
/// with the engine that wrote it, so a file another build of zinynas wrote, a damaged one or
/// one made for other inputs reads as nothing. Nothing reads or writes the folder but this
/// store, and a memo decides only what its records hold (docs/architecture.md).
package struct CacheStore: Sendable {
    /// The files of the folder.
    package enum File: String, Sendable, CaseIterable {
        /// Each content file's parse (`ParseMemo`, Content).
        case parsed
        /// Each search document's word analyses (`AnalysisMemo`, Search).
        case analyses
        /// The last merged search index (`IndexMemo`, Search).
        case searchIndex = "search-index"
        /// The rows of the data files (`FragmentMemo`, Rendering).
        case fragments
        /// The derived model's orders, terms and references (`ModelMemo`, Model).
        case model
        /// The keys of the last checks across files and of links that found nothing (Checks).
        case crossChecked = "cross-checked"
        /// The text of the PDFs `file` fields name, by fingerprint (`AttachmentMemo`, Attachments).
        case attachments
        /// Each source image's size, times and fingerprint when it was last read
        /// (`ImageIndex`, Build): an unchanged photo is neither read nor hashed again.
        case imageIndex = "image-index"
        /// Each page's and data file's key, size and modification time (`PageCache`, Build).
        case pages
    }

    package static let defaultName = ".zinynas-cache"
    package let folder: URL
    /// What reads and writes the files (`Engine.identity`); `nil` for a program that cannot
    /// tell itself from another, which would never read its files back: it writes none.
    package let engine: String?
    /// What a long-running process keeps in memory instead of the folder's files (the preview).
    package let resident: ResidentCache?

    package init(folder: URL, engine: String?, resident: ResidentCache? = nil) {
        self.folder = folder
        self.engine = engine
        self.resident = resident
    }

    package func path(_ file: File) -> String { folder.appendingPathComponent(file.rawValue).path }

    /// `context` stamped with the engine: the context every file's records are checked against.
    package func stamped(_ context: String) -> String { "\(engine ?? "unknown engine")\t\(context)" }

    /// The file's bytes; none when it is missing or the engine is unknown.
    package func bytes(_ file: File) -> [UInt8] {
        guard engine != nil else { return [] }
        if let resident { return resident.bytes(file.rawValue) }
        return PlainFiles.read(path(file)) ?? []
    }

    /// The file's records, if it was written by this engine for `context` and is intact.
    package func records(_ file: File, context: String) -> [String: ArraySlice<UInt8>]? {
        CacheFile.read(bytes(file), context: stamped(context))
    }

    /// Replaces the file with the records of `keys` (see `CacheFile.write`) for `context`;
    /// `false` when it could not be written (the last file stays).
    @discardableResult
    package func write(_ file: File, context: String, keys: [String], value: @Sendable (String) -> [UInt8]) -> Bool {
        write(file) { CacheFile.write(context: stamped(context), keys: keys, value: value, to: $0) }
    }

    /// Removes the file: for a record that must not outlive a failed write.
    package func remove(_ file: File) {
        if let resident { return resident.remove(file.rawValue) }
        unlink(path(file))
    }

    /// Replaces the file with what `encode` writes (a memo that makes its own `CacheFile`
    /// under a context this store stamped). If writing fails the last file stays, which is
    /// still correct: memos match their records by content.
    @discardableResult
    package func write(_ file: File, _ encode: (([UInt8]) -> Bool) -> Void) -> Bool {
        guard engine != nil else { return false }
        if let resident {
            resident.write(file.rawValue, encode)
            return true
        }
        makeFolder()
        return PlainFiles.replace(path(file), producing: encode)
    }

    /// The folder, with a `.gitignore` that ignores all of it, so a site's repository never
    /// takes in the caches whatever its own `.gitignore` says. Only into a folder the build
    /// makes, or one of the default name: a folder given with `--cache-dir` that holds other
    /// things (a home folder) is not ignored whole.
    package func makeFolder() {
        let isNew = !FileManager.default.fileExists(atPath: folder.path)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard isNew || folder.lastPathComponent == Self.defaultName else { return }
        _ = try? PlainFiles.create(Array("*\n".utf8), at: folder.appendingPathComponent(".gitignore").path)
    }
}

/// A memo kept in the cache folder: read whole at the start of a build, made by the stage
/// that needs it, and written again only when it is worth it.
package protocol Memo: Sendable {
    static var file: CacheStore.File { get }
    /// The records in `bytes`, if they were written for `context` (else an empty memo).
    init(decoding bytes: [UInt8], context: String)
    /// Whether this build's memo differs enough from the one read to be written.
    var isWorthWriting: Bool { get }
    /// Writes the memo as a `CacheFile` through `write`.
    func encode(_ write: ([UInt8]) -> Bool)
}

extension CacheStore {
    /// The last build's memo, if this engine wrote it for `context`.
    package func load<M: Memo>(_ type: M.Type, context: String) -> M {
        load(type, bytes: bytes(M.file), context: context)
    }

    /// The memo in `bytes`, read from the folder earlier (while the sources it is checked
    /// against were being read).
    package func load<M: Memo>(_ type: M.Type, bytes: [UInt8], context: String) -> M {
        if engine != nil, let kept = resident?.value(M.file.rawValue, context: stamped(context), as: M.self) { return kept }
        return M(decoding: bytes, context: stamped(context))
    }

    package func save<M: Memo>(_ memo: M) {
        if engine != nil, let resident, let memo = memo as? any ResidentMemo {
            return resident.keep(M.file.rawValue, context: memo.context, value: memo)
        }
        if memo.isWorthWriting { write(M.file, memo.encode) }
    }
}
