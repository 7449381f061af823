import Content
import Diagnostics
import Foundation
import Rendering

/// The `write` stage, the only code that touches the output folder.
///
/// Content errors stop the pipeline before this stage, so a failed build leaves the previous
/// site untouched.
public struct OutputWriter: Sendable {
    public let siteFolder: URL
    public let output: URL

    public init(siteFolder: URL, output: URL) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.output = output.standardizedFileURL
    }

    /// Refuses output folders that would overwrite the site's own sources.
    public func checkOutputFolder() throws(DiagnosticsError) {
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
    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
    }

    /// Makes the output folder and every folder the pages and copies go into: a level of
    /// the tree at a time, each level's folders in parallel (a site has a folder per page).
    public func prepare(paths: [String]) throws(DiagnosticsError) {
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
        let root = output.path
        for level in levels {
            let failed = level.parallelMap { folder -> String? in
                let path = root + "/" + folder
                return mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : path
            }
            if let path = failed.lazy.compactMap({ $0 }).first {
                throw failure(CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]))
            }
        }
    }

    /// Removes the symlinks (and other odd entries) at the top of the output but hidden ones,
    /// so nothing is written through one to somewhere outside the output folder (the build
    /// would remove them as stale anyway, but only after writing). Call before any write;
    /// returns how many went.
    public func removeSymlinksAtTop() -> Int {
        PlainFiles.list(output.path).count { entry in
            entry.kind == .other && !entry.name.hasPrefix(".") && unlink(output.path + "/" + entry.name) == 0
        }
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
    public func write(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        try Self.update(output.appendingPathComponent(path), with: [bytes[...]])
    }

    /// Writes a file made of pieces (a data file joined from rows), as `write(_:_:)`.
    public func write(_ path: String, pieces: [ArraySlice<UInt8>]) throws -> Bool {
        try Self.update(output.appendingPathComponent(path), with: pieces)
    }

    /// Copies `copies` (output path ← source path) where they differ, so a deploy that syncs
    /// by content moves little. Content errors stop a build before any writing, so a failed
    /// build never touches the folder.
    public func copy(_ copies: [(output: String, source: String)]) throws(DiagnosticsError) -> Summary {
        var summary = Summary()
        for copy in copies {
            do {
                let bytes = try Data(contentsOf: siteFolder.appendingPathComponent(copy.source))
                if try Self.update(output.appendingPathComponent(copy.output), with: [[UInt8](bytes)[...]]) {
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

    /// Writes `pieces` (one after another) unless the file already holds exactly them; returns
    /// whether it wrote. A file that changes is replaced by a rename, so `serve` never sends
    /// half a page, and a symlink in the output is replaced, never written through.
    static func update(_ url: URL, with pieces: [ArraySlice<UInt8>]) throws -> Bool {
        let path = url.path
        if let existing = PlainFiles.read(path), same(existing, pieces) { return false }
        if try createMakingFolder(pieces, at: url) { return true }
        // Something is there: write beside it and rename over it.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).zinynas-tmp").path
        unlink(temporary)
        guard try PlainFiles.create(pieces: pieces, at: temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return true
    }

    /// `PlainFiles.create`, making the file's folder first if it is missing: `prepare` skips
    /// the folders the last build wrote into, and one may have been removed since. Files are
    /// written in parallel, so another write may be making the same folder: making it again
    /// is harmless, and only a second failure is one.
    private static func createMakingFolder(_ pieces: [ArraySlice<UInt8>], at url: URL) throws -> Bool {
        do {
            return try PlainFiles.create(pieces: pieces, at: url.path)
        } catch {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            return try PlainFiles.create(pieces: pieces, at: url.path)
        }
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
    public func removeStale(keeping files: [String]) -> Int {
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
