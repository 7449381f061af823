import Diagnostics
import Foundation
import Rendering

/// The `write` stage, the only code that touches the output folder.
///
/// The site is written into a temporary folder beside the output and swapped in only when
/// complete, so a failed build leaves the previous site untouched.
public struct OutputWriter {
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

    /// Writes `files` and copies `copies` (output path ← source path), then swaps the folder in.
    /// - Returns: the number of files written.
    @discardableResult
    public func write(_ files: [OutputFile], copies: [(output: String, source: String)]) throws(DiagnosticsError) -> Int {
        try checkOutputFolder()
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
        let retired = parent.appendingPathComponent(".\(name).old-\(getpid())")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for (path, _) in copies { try ensureFolder(of: path, in: staging, created: &folders) }
            for file in files { try ensureFolder(of: file.path, in: staging, created: &folders) }
            for (path, source) in copies {
                try fm.copyItem(at: siteFolder.appendingPathComponent(source), to: staging.appendingPathComponent(path))
            }
            for file in files {
                try Data(file.bytes).write(to: staging.appendingPathComponent(file.path))
            }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: retired)
            }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: retired)
        } catch {
            try? fm.removeItem(at: staging)
            throw DiagnosticsError([.error("cannot write the site to \(output.path): \(error.localizedDescription)", at: nil)])
        }
        return files.count + copies.count
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
