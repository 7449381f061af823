import Diagnostics
import Foundation
import Content
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

    /// Makes the output folder and every folder the pages and copies go into.
    public func prepare(paths: [String]) throws(DiagnosticsError) {
        try checkOutputFolder()
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for path in paths { try ensureFolder(of: path, in: output, created: &folders) }
        } catch {
            throw failure(error)
        }
    }

    /// Writes one page (see `update`); safe to call from several threads at once.
    public func write(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        try Self.update(output.appendingPathComponent(path), with: bytes)
    }

    /// Copies `copies` (output path ← source path) where they differ and removes every file
    /// that is neither a page nor a copy, so a deploy that syncs by content moves little.
    ///
    /// Hidden files at the top (`.git`, `.nojekyll`) are left alone. Content errors stop a
    /// build before any writing, so a failed build never touches the folder.
    public func finish(pages: [String], copies: [(output: String, source: String)]) throws(DiagnosticsError) -> Summary {
        var summary = Summary()
        for copy in copies {
            do {
                let bytes = try Data(contentsOf: siteFolder.appendingPathComponent(copy.source))
                if try Self.update(output.appendingPathComponent(copy.output), with: bytes) {
                    summary.written += 1
                } else {
                    summary.unchanged += 1
                }
            } catch {
                throw failure(error)
            }
        }
        summary.removed = removeStale(keeping: Set(pages + copies.map(\.output)))
        return summary
    }

    /// Writes `bytes` unless the file already holds exactly them; returns whether it wrote.
    static func update(_ url: URL, with bytes: some Collection<UInt8>) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: url.path), existing.count == bytes.count,
            existing.elementsEqual(bytes)
        {
            return false
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).zinynas-tmp")
        try Data(bytes).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return true
    }

    /// Deletes files (and then empty folders) that the site no longer produces.
    private func removeStale(keeping expected: Set<String>) -> Int {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: output.path) else { return 0 }
        var stale: [String] = []
        var folders: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if !relative.contains("/"), relative.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            _ = fm.fileExists(atPath: output.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { folders.append(relative) } else if !expected.contains(relative) { stale.append(relative) }
        }
        for path in stale { try? fm.removeItem(at: output.appendingPathComponent(path)) }
        for folder in folders.sorted(by: >) {  // deepest first
            if (try? fm.contentsOfDirectory(atPath: output.appendingPathComponent(folder).path))?.isEmpty == true {
                try? fm.removeItem(at: output.appendingPathComponent(folder))
            }
        }
        return stale.count
    }

    private func failure(_ error: Error) -> DiagnosticsError {
        DiagnosticsError([.error("cannot write the site to \(output.path): \(error.localizedDescription)", at: nil)])
    }

    private func ensureFolder(of path: String, in root: URL, created: inout Set<String>) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if created.insert(folder).inserted {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }
}
