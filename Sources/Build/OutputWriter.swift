import Cache
import Diagnostics
import Foundation
import Support
import Synchronization

/// The only code that touches the output folder.
///
/// The output changes all at once or not at all: `open` locks the folder, every changed file
/// is first written into a staging folder in it (`.zinynas-staging`, on the same file
/// system), and `commit` moves them over the last build's files by `rename`, each old file
/// linked aside first, so a failure at any point puts every file back as it was
/// (`OutputWriter+Commit.swift`). Only files the last build listed in its manifest are ever
/// removed (`OutputWriter+Open.swift`).
package struct OutputWriter: Sendable {
    package let siteFolder: URL
    package let output: URL
    /// The output's folders this writer made or found to be folders (see `makeFolder`).
    let folders = CheckedFolders()
    /// The files this build staged, its lock and the last build's manifest.
    let staging: Staging
    /// Set in verification mode: a kept file that differs is reported, not written.
    let verifier: CacheVerifier?
    /// Where a long-running process keeps the last manifest it wrote, read again only if the
    /// file changed since (the preview: 27,000 lines at 10,000 entries).
    var resident: ResidentCache?

    package init(siteFolder: URL, output: URL) { self.init(siteFolder: siteFolder, output: output, verifier: nil) }

    init(siteFolder: URL, output: URL, verifier: CacheVerifier?) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.output = output.standardizedFileURL
        self.verifier = verifier
        staging = Staging(folder: self.output.path + "/" + Self.stagingName)
    }

    /// Refuses output folders that would overwrite the site's own sources.
    package func checkOutputFolder() throws(DiagnosticsError) {
        let site = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        let out = output.path.hasSuffix("/") ? output.path : output.path + "/"
        let protected = ["content/", "layouts/", "static/", "Sources/", "Tests/", ".git/"].map { site + $0 }
        if out == site || site.hasPrefix(out) || protected.contains(where: { out.hasPrefix($0) }) {
            throw DiagnosticsError([
                .error(.outputHoldsSources(output.path), at: nil, hint: .outputHoldsSourcesHint)
            ])
        }
    }

    /// What a write changed in the output folder.
    package struct Summary: Sendable, Equatable {
        package var written = 0
        package var unchanged = 0
        package var removed = 0
    }

    /// Makes `folder` (relative to the output) a real folder, and its parents first: what
    /// stands in the way (a symlink, a file) is moved into the staging folder, never
    /// followed, so nothing is read or written outside the output at any depth. Each folder
    /// is checked once a build; what is done is logged in `undo`.
    func makeFolder(_ folder: String, undo: inout [Undo]) throws(OutputFailure) {
        guard !folder.isEmpty, !folders.contains(folder) else { return }
        if let slash = folder.lastIndex(of: "/") { try makeFolder(String(folder[..<slash]), undo: &undo) }
        let path = output.path + "/" + folder
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT != S_IFDIR { try moveAside(folder, undo: &undo) } else { return folders.insert(folder) }
        }
        try operation(folder) { mkdir(path, 0o755) }
        undo.append(.removeFolder(path))
        folders.insert(folder)
    }

    /// Whether a folder, not a symlink to one, is at `path`.
    static func isFolder(_ path: String) -> Bool {
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
    /// by content moves little.
    package func copy(_ copies: [(output: String, source: String)]) throws(DiagnosticsError) -> Summary {
        var summary = Summary()
        for copy in copies {
            guard let bytes = PlainFiles.read(siteFolder.path + "/" + copy.source) else {
                throw DiagnosticsError([.error(.cannotReadFile(path: copy.source, reason: String(cString: strerror(errno))), at: nil)])
            }
            do {
                if try update(copy.output, with: [bytes[...]]) {
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

    /// Stages `pieces` (one after another) for `relative` in the output unless the file there
    /// already holds exactly them (read only through folders found to be real ones, see
    /// `hasRealFolders`); returns whether it staged. `commit` moves what was staged into place.
    func update(_ relative: String, with pieces: [ArraySlice<UInt8>]) throws -> Bool {
        if hasRealFolders(relative), let existing = PlainFiles.read(output.path + "/" + relative), Self.same(existing, pieces) {
            staging.unstage(relative)  // a site's own file the same as the last build's, over a page staged
            return false
        }
        if let verifier, !verifier.mayRewrite(relative) {
            return false
        }
        try staging.stage(relative, pieces: pieces, output: output.path)
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

    func failure(_ error: Error) -> DiagnosticsError {
        DiagnosticsError([.error(.cannotWriteSite(folder: output.path, reason: error.localizedDescription), at: nil)])
    }
}

/// Folders (relative to the output) known to be real folders during one build.
final class CheckedFolders: Sendable {
    private let checked = Mutex<Set<String>>([])

    func contains(_ folder: String) -> Bool { checked.withLock { $0.contains(folder) } }

    func insert(_ folder: String) { _ = checked.withLock { $0.insert(folder) } }
}
