import Diagnostics
import Foundation
import Support
import Synchronization

/// The `write` stage, the only code that touches the output folder.
///
/// Content errors stop the pipeline before this stage, so a failed build leaves the previous
/// site untouched.
package struct OutputWriter: Sendable {
    package let siteFolder: URL
    package let output: URL
    /// The output's folders this writer made or found to be folders (see `makeFolder`).
    private let folders = CheckedFolders()
    /// Set in verification mode: a kept file that differs is reported, not written.
    let verifier: CacheVerifier?

    package init(siteFolder: URL, output: URL) { self.init(siteFolder: siteFolder, output: output, verifier: nil) }

    init(siteFolder: URL, output: URL, verifier: CacheVerifier?) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.output = output.standardizedFileURL
        self.verifier = verifier
    }

    /// Refuses output folders that would overwrite the site's own sources.
    package func checkOutputFolder() throws(DiagnosticsError) {
        let site = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        let out = output.path.hasSuffix("/") ? output.path : output.path + "/"
        let protected = ["content/", "layouts/", "static/", "Sources/", "Tests/", ".git/"].map { site + $0 }
        if out == site || site.hasPrefix(out) || protected.contains(where: { out.hasPrefix($0) }) {
            throw DiagnosticsError([
                .error(
                    "refusing to write the site into \(output.path): it holds the site's sources", at: nil,
                    hint: "choose an output folder of its own, e.g. --output public")
            ])
        }
    }

    /// What a write changed in the output folder.
    package struct Summary: Sendable, Equatable {
        package var written = 0
        package var unchanged = 0
        package var removed = 0
    }

    /// Makes the output folder and every folder the pages and copies go into: a level of
    /// the tree at a time, each level's folders in parallel (a site has a folder per page).
    package func prepare(paths: [String]) throws(DiagnosticsError) {
        try checkOutputFolder()
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw failure(error)
        }
        var levels: [[String]] = []
        for folder in Self.folders(of: paths) {
            let depth = folder.count { $0 == "/" }
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        for level in levels {
            let failures = level.parallelMap { folder -> (any Error)? in
                do {
                    try makeFolder(folder)
                    return nil
                } catch {
                    return error
                }
            }
            if let error = failures.lazy.compactMap({ $0 }).first { throw failure(error) }
        }
    }

    /// Makes `folder` (relative to the output) a real folder, and its parents first: what
    /// stands in the way (a symlink, a file) is removed, never followed, so nothing is read
    /// or written outside the output at any depth. Each folder is checked once a build.
    func makeFolder(_ folder: String) throws {
        guard !folder.isEmpty, !folders.contains(folder) else { return }
        if let slash = folder.lastIndex(of: "/") { try makeFolder(String(folder[..<slash])) }
        let path = output.path + "/" + folder
        if mkdir(path, 0o755) != 0 {
            guard errno == EEXIST else { throw Self.cannotWrite(path) }
            if !Self.isFolder(path) {
                // Another write may be replacing it too: whichever removes it and makes the
                // folder, what counts is that a folder stands there after.
                unlink(path)
                guard mkdir(path, 0o755) == 0 || errno == EEXIST, Self.isFolder(path) else { throw Self.cannotWrite(path) }
            }
        }
        folders.insert(folder)
    }

    /// Whether a folder, not a symlink to one, is at `path`.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether every folder on the way to `relative` is a real folder, checked with `lstat`
    /// (once a build) and left as it is: one that is not makes the file's page render again,
    /// and writing it replaces the folder (`makeFolder`).
    func hasRealFolders(_ relative: String) -> Bool {
        guard let slash = relative.lastIndex(of: "/") else { return true }
        return isRealFolder(String(relative[..<slash]))
    }

    private func isRealFolder(_ folder: String) -> Bool {
        if folders.contains(folder) { return true }
        if let slash = folder.lastIndex(of: "/"), !isRealFolder(String(folder[..<slash])) { return false }
        guard Self.isFolder(output.path + "/" + folder) else { return false }
        folders.insert(folder)
        return true
    }

    private static func cannotWrite(_ path: String) -> Error {
        CocoaError(
            .fileWriteUnknown,
            userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
    }

    /// Every folder (and its ancestors) that holds one of `paths`, relative to the output.
    static func folders(of paths: [String]) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var end = path.lastIndex(of: "/")
            while let slash = end, folders.insert(String(path[..<slash])).inserted {
                end = path[..<slash].lastIndex(of: "/")
            }
        }
        return folders
    }

    /// Writes one page (see `update`); safe to call from several threads at once.
    package func write(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        try update(path, with: [bytes[...]])
    }

    /// Writes a file made of pieces (a data file joined from rows), as `write(_:_:)`.
    package func write(_ path: String, pieces: [ArraySlice<UInt8>]) throws -> Bool {
        try update(path, with: pieces)
    }

    /// Copies `copies` (output path ← source path) where they differ, so a deploy that syncs
    /// by content moves little. Content errors stop a build before any writing, so a failed
    /// build never touches the folder.
    package func copy(_ copies: [(output: String, source: String)]) throws(DiagnosticsError) -> Summary {
        var summary = Summary()
        for copy in copies {
            do {
                let bytes = try Data(contentsOf: siteFolder.appendingPathComponent(copy.source))
                if try update(copy.output, with: [[UInt8](bytes)[...]]) {
                    summary.written += 1
                } else {
                    summary.unchanged += 1
                }
            } catch {
                throw failure(error)
            }
        }
        return summary
    }

    /// Writes `pieces` (one after another) at `relative` in the output unless the file already
    /// holds exactly them; returns whether it wrote. Its folders are checked first (see
    /// `makeFolder`: `prepare` skips the folders the last build wrote into, and one may have
    /// been removed or replaced since). A file that changes is replaced by a rename, so `serve`
    /// never sends half a page, and a symlink in the output is replaced, never written through.
    func update(_ relative: String, with pieces: [ArraySlice<UInt8>]) throws -> Bool {
        if let slash = relative.lastIndex(of: "/") { try makeFolder(String(relative[..<slash])) }
        let url = output.appendingPathComponent(relative)
        let path = url.path
        if let existing = PlainFiles.read(path), Self.same(existing, pieces) { return false }
        if let verifier, !verifier.mayRewrite(relative) { return false }
        if try PlainFiles.create(pieces: pieces, at: path) { return true }
        // Something is there: write beside it and rename over it.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).zinynas-tmp").path
        unlink(temporary)
        guard try PlainFiles.create(pieces: pieces, at: temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Self.cannotWrite(path)
        }
        return true
    }

    /// Byte equality with `memcmp`, piece by piece (a generic element-by-element comparison
    /// cost more than reading the file).
    static func same(_ existing: [UInt8], _ pieces: [ArraySlice<UInt8>]) -> Bool {
        guard existing.count == pieces.reduce(0, { $0 + $1.count }) else { return false }
        return existing.withUnsafeBytes { old in
            var offset = 0
            for piece in pieces {
                let equal = piece.withUnsafeBytes { new in
                    new.isEmpty || memcmp(old.baseAddress! + offset, new.baseAddress!, new.count) == 0
                }
                guard equal else { return false }
                offset += piece.count
            }
            return true
        }
    }

    /// Removes every file below the output folder but `files` (and hidden ones at the top),
    /// and then the folders left empty; returns how many files went.
    package func removeStale(keeping files: [String]) -> Int {
        let expected = Set(files)
        // Hidden entries at the top (`.git`, `.nojekyll`) belong to whoever deploys the site.
        // Each top-level folder (a collection, the search index) is walked on its own core.
        return PlainFiles.list(output.path).filter { !$0.name.hasPrefix(".") }.parallelMap { entry in
            removeStale(entry.name, isFolder: entry.kind == .folder, keeping: expected).removed
        }.reduce(0, +)
    }

    /// Removes `relative` if it is a stale file, or the stale files below it if it is a
    /// folder (and the folder, once empty); returns how many files went and whether
    /// `relative` itself is gone.
    private func removeStale(_ relative: String, isFolder: Bool, keeping expected: Set<String>) -> (removed: Int, gone: Bool) {
        let path = output.path + "/" + relative
        guard isFolder else {
            guard !expected.contains(relative) else { return (0, false) }
            return unlink(path) == 0 ? (1, true) : (0, false)
        }
        var removed = 0
        var remaining = 0
        for child in PlainFiles.list(path) {
            let result = removeStale(relative + "/" + child.name, isFolder: child.kind == .folder, keeping: expected)
            removed += result.removed
            if !result.gone { remaining += 1 }
        }
        // Listing the folder again to see it empty cost as much as the walk itself.
        return (removed, remaining == 0 && rmdir(path) == 0)
    }

    private func failure(_ error: Error) -> DiagnosticsError {
        DiagnosticsError([.error("cannot write the site to \(output.path): \(error.localizedDescription)", at: nil)])
    }
}

/// Folders (relative to the output) known to be real folders during one build.
private final class CheckedFolders: Sendable {
    private let checked = Mutex<Set<String>>([])

    func contains(_ folder: String) -> Bool { checked.withLock { $0.contains(folder) } }

    func insert(_ folder: String) { _ = checked.withLock { $0.insert(folder) } }
}
