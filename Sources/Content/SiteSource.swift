import Cache
import Diagnostics
import Foundation
import Support

/// A file of the site as read from disk: its path relative to the site folder and its bytes.
package struct SourceFile: Sendable, Hashable {
    /// Path relative to the site folder with `/` separators (`content/projektai/x.md`).
    package var path: String
    package var bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Everything the build reads, before any parsing: the output of the `load` stage.
package struct SiteSource: Sendable {
    package var config: SourceFile
    /// Markdown files under `content/`, sorted by path.
    package var content: [SourceFile]
    /// Mustache templates under `layouts/`, sorted by path.
    package var layouts: [SourceFile]
    /// Other files under `content/` (images beside an entry), as paths relative to the site.
    package var assets: [String]
    /// Files under `static/`, as paths relative to the site.
    package var staticFiles: [String]
    /// Data files under `data/` (`.csv`, `.yml`, `.yaml`), sorted by path: what `datasets:`
    /// of site.yml pick their files from.
    package var data: [SourceFile] = []
    /// Symbolic links (and other files that are not regular) under `content/` and `static/`:
    /// never followed, named in the diagnostics of what uses them.
    package var symlinks: [String] = []
    /// Time (seconds since 1970) of the last commit that changed each content file, by path.
    package var updated: [String: Int] = [:]
    /// The folders the site's files are read from, later ones first (the site folder; test
    /// fixtures lay a case over a shared base): where the attachment stage reads the files
    /// that `file` fields name.
    package var roots: [URL] = []
    /// Fingerprints of content files already known (read unchanged in a process that keeps
    /// its sources between builds), by path.
    var knownFingerprints: [String: String] = [:]

    package init(
        config: SourceFile, content: [SourceFile], layouts: [SourceFile] = [], assets: [String] = [],
        staticFiles: [String] = []
    ) {
        self.config = config
        self.content = content.sorted { $0.path < $1.path }
        self.layouts = layouts.sorted { $0.path < $1.path }
        self.assets = assets.sorted()
        self.staticFiles = staticFiles.sorted()
    }
}

extension SiteSource {
    /// A fingerprint of each content file's bytes, by path: what caches key a file by.
    package var fingerprints: [String: String] {
        Dictionary(uniqueKeysWithValues: content.parallelMap { file in
            (file.path, knownFingerprints[file.path] ?? Self.fingerprint(of: file.bytes))
        })
    }

    /// A content file's fingerprint: the one definition, which the kept sources of a preview
    /// (`SiteSource+Resident.swift`) and the memos keyed by `fingerprints` must share.
    static func fingerprint(of bytes: [UInt8]) -> String {
        var hasher = Fingerprint()
        hasher.combine(bytes: bytes)
        return hasher.hexDigest
    }

    /// Reads site.yml, every `.md` file under `content/` and the data files under `data/`.
    ///
    /// Symbolic links are not followed, so nothing outside the site folder is read.
    /// - Parameter resident: where a process that builds again and again keeps the files it
    ///   read, to read only those changed since (`SiteSource+Resident.swift`).
    /// - Throws: `DiagnosticsError` when site.yml or the content folder cannot be read.
    package static func read(siteFolder: URL, resident: ResidentCache? = nil) throws(DiagnosticsError) -> SiteSource {
        let fm = FileManager.default
        let configURL = siteFolder.appendingPathComponent("site.yml")
        guard let configData = fm.contents(atPath: configURL.path) else {
            if fm.fileExists(atPath: configURL.path) {
                throw DiagnosticsError([.error(.unreadableFile(path: configURL.path), at: nil)])
            }
            throw DiagnosticsError([
                .error(.cannotReadSiteYML(folder: siteFolder.path), at: nil, hint: .cannotReadSiteYMLHint)
            ])
        }
        // git runs while the files are read.
        let gitDates = BackgroundTask { GitDates.read(siteFolder: siteFolder, resident: resident) }
        var symlinks: [String] = []
        let content = try files(under: siteFolder, "content", others: &symlinks)
        let (markdown, fingerprints) = try read(content.filter { $0.hasSuffix(".md") }, in: siteFolder, resident: resident, kind: "content")
        let layouts = try read(
            try files(under: siteFolder, "layouts").filter { $0.hasSuffix(".mustache") }, in: siteFolder, resident: resident,
            kind: "layouts"
        ).files
        var source = SiteSource(
            config: SourceFile(path: "site.yml", bytes: Array(configData)), content: markdown, layouts: layouts,
            assets: content.filter { !$0.hasSuffix(".md") }, staticFiles: try files(under: siteFolder, "static", others: &symlinks))
        let dataPaths = try files(under: siteFolder, "data").filter(SiteSource.isDataFile)
        source.data = try read(dataPaths, in: siteFolder, resident: resident, kind: "data").files.sorted { $0.path < $1.path }
        source.knownFingerprints = fingerprints
        source.symlinks = symlinks.sorted()
        source.updated = gitDates.value()
        source.roots = [siteFolder]
        return source
    }

    /// Whether a file under `data/` is one a dataset may read: a table, not a note beside it.
    package static func isDataFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")
    }

    /// Reads the files in parallel (10,000 small files are read faster on all cores), and gives
    /// the fingerprints of those `resident` knew unchanged (its files are kept by `kind`).
    private static func read(
        _ paths: [String], in siteFolder: URL, resident: ResidentCache?, kind: String
    ) throws(DiagnosticsError) -> (files: [SourceFile], fingerprints: [String: String]) {
        let files: [(file: SourceFile?, fingerprint: String?, errno: Int32)]
        if let resident {
            files = read(paths, in: siteFolder, resident: resident, name: "sources " + kind)
        } else {
            files = paths.parallelMap { path in
                let bytes = PlainFiles.read(siteFolder.path + "/" + path)
                return (bytes.map { SourceFile(path: path, bytes: $0) }, nil, bytes == nil ? errno : 0)
            }
        }
        var fingerprints: [String: String] = [:]
        for (path, file) in zip(paths, files) { fingerprints[path] = file.fingerprint }
        if let missing = files.indices.first(where: { files[$0].file == nil }) {
            throw DiagnosticsError([.error(.cannotReadFile(path: paths[missing], reason: String(cString: strerror(files[missing].errno))), at: nil)])
        }
        return (files.compactMap(\.file), fingerprints)
    }

    /// Paths (relative to the site) of the regular files below `siteFolder/folder`.
    static func files(under siteFolder: URL, _ folder: String) throws(DiagnosticsError) -> [String] {
        var others: [String] = []
        return try files(under: siteFolder, folder, others: &others)
    }

    /// The regular files, and in `others` what is neither a file nor a folder (a symlink).
    static func files(under siteFolder: URL, _ folder: String, others: inout [String]) throws(DiagnosticsError) -> [String] {
        var skipped: [String] = []
        let found = try regularFiles(under: siteFolder.appendingPathComponent(folder), named: folder, others: &skipped)
        others += skipped.map { folder + "/" + $0 }
        return found.map { folder + "/" + $0 }
    }

    /// Relative paths of regular files below `folder`, skipping hidden files and symbolic links
    /// (those go into `others`); a folder that cannot be read is an error (never a folder of
    /// nothing), but for a missing `folder` itself. `label` is the folder's path in messages.
    static func regularFiles(under folder: URL, named label: String, others: inout [String]) throws(DiagnosticsError) -> [String] {
        var result: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let entries = PlainFiles.entries(relative.isEmpty ? folder.path : folder.path + "/" + relative) else {
                if relative.isEmpty && errno == ENOENT { continue }
                let path = relative.isEmpty ? label : label + "/" + relative
                throw DiagnosticsError([.error(.cannotReadFolder(path: path, reason: String(cString: strerror(errno))), at: nil)])
            }
            for (name, kind) in entries where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .folder: pending.append(child)
                case .file: result.append(child)
                case .other: others.append(child)
                }
            }
        }
        return result.sorted()
    }
}
