import Config
import Content
import Diagnostics
import Foundation
import Support
import Text

/// The `attach` stage: every file a `file` field names, found in the site, checked against
/// its field (there, not a symlink, content of its extension's kind, within the size limit)
/// and described for pages and search (size, fingerprint, a PDF's title and text).
package enum AttachmentStage {
    package struct Result: Sendable {
        /// The files that passed, by path in the site.
        package var attachments: [String: Attachment] = [:]
        package var diagnostics: [Diagnostic] = []
        /// This build's extractions, for the next build.
        package var memo: AttachmentMemo
        /// PDFs read with poppler (not taken from the memo).
        package var extracted: Int { memo.extracted }
    }

    /// What reading one file found.
    struct Facts: Sendable {
        enum Found: Sendable { case file(size: Int, fingerprint: String, type: String?), missing, symlink, unreadable }
        var sitePath: String
        var found: Found
    }

    package static func run(_ files: [ParsedFile], source: SiteSource, config: SiteConfig, memo: AttachmentMemo) -> Result {
        let uses = files.flatMap(\.files)
        var result = Result(memo: memo)
        guard !uses.isEmpty else { return result }
        let known = Set(source.assets).union(source.staticFiles)
        let paths = Array(Set(uses.map(\.sitePath))).sorted()
        // Read, hashed and typed on all cores; only the facts stay in memory.
        let facts = Dictionary(
            uniqueKeysWithValues: paths.parallelMap { path in (path, examine(path, known: known, roots: source.roots)) })
        var described: [String: Attachment] = [:]
        for use in uses {
            guard case .file(let size, let fingerprint, let type) = facts[use.sitePath]!.found else {
                result.diagnostics.append(missing(use, facts[use.sitePath]!.found, known: known))
                continue
            }
            let name = use.sitePath.split(separator: "/").last.map(String.init) ?? use.sitePath
            let ext = String(name.split(separator: ".").last ?? "").lowercased()
            if let problem = mismatch(ext: ext, type: type, rule: use.rule) {
                result.diagnostics.append(.error("file '\(use.written)' \(problem.message)", at: use.location, length: use.length, hint: problem.hint))
                continue
            }
            if size > use.rule.maxSize {
                result.diagnostics.append(
                    .error(
                        "file '\(use.written)' is \(Attachment.size(size)), over the limit of \(Attachment.size(use.rule.maxSize)) of field '\(use.field)'",
                        at: use.location, length: use.length,
                        hint: "make the file smaller (e.g. save the PDF with compressed images), or raise max_size in site.yml"))
                continue
            }
            if described[use.sitePath] == nil {
                var attachment = Attachment(
                    sitePath: use.sitePath, url: Attachment.url(of: use.sitePath, config: config) ?? "/" + use.sitePath,
                    size: size, fingerprint: fingerprint)
                if ext == "pdf" {
                    switch result.memo.text(fingerprint: fingerprint, bytes: { read(use.sitePath, roots: source.roots) }) {
                    case .success(let text):
                        attachment.documentTitle = text.title
                        attachment.pages = text.pages
                    case .failure(let failure):
                        result.diagnostics.append(
                            Diagnostic(
                                .warning, "the text of '\(use.written)' cannot be searched: \(failure.explanation)", at: use.location,
                                length: use.length, hint: "the file is listed, but search will not find words inside it; save it as a PDF with text"))
                    }
                }
                described[use.sitePath] = attachment
            }
        }
        result.attachments = described
        result.diagnostics.sort()
        return result
    }

    // MARK: - Files

    /// Reads the file, last root first; a symlink on the way is refused, never followed.
    static func examine(_ sitePath: String, known: Set<String>, roots: [URL]) -> Facts {
        for root in roots.reversed() where isSymlink(sitePath, under: root) { return Facts(sitePath: sitePath, found: .symlink) }
        guard known.contains(sitePath) else { return Facts(sitePath: sitePath, found: .missing) }
        guard let bytes = read(sitePath, roots: roots) else { return Facts(sitePath: sitePath, found: .unreadable) }
        var hasher = Fingerprint()
        hasher.combine(bytes: bytes)
        return Facts(sitePath: sitePath, found: .file(size: bytes.count, fingerprint: hasher.hexDigest, type: ContentType.of(bytes)))
    }

    static func read(_ sitePath: String, roots: [URL]) -> [UInt8]? {
        for root in roots.reversed() { if let bytes = PlainFiles.read(root.path + "/" + sitePath) { return bytes } }
        return nil
    }

    /// Whether the path, or a folder on its way, is a symbolic link under `root`.
    static func isSymlink(_ sitePath: String, under root: URL) -> Bool {
        var path = root.path
        for part in sitePath.split(separator: "/") {
            path += "/" + part
            var info = stat()
            guard lstat(path, &info) == 0 else { return false }
            if info.st_mode & S_IFMT == S_IFLNK { return true }
        }
        return false
    }

    /// Why the content (libmagic's `type`) does not fit the extension, if it does not.
    static func mismatch(ext: String, type: String?, rule: FileRule) -> (message: String, hint: String)? {
        guard let type, let kind = FileKind.of(extension: ext) else { return nil }  // no magic database: not checked
        if kind.contentTypes.contains(type) { return nil }
        let actual = type == "application/zip" ? nil : FileKind.allCases.first { $0 != .csv && $0.contentTypes.contains(type) }
        let name = kind == .images ? "a \(ext.uppercased()) image" : "a \(kind.rawValue.uppercased()) file"
        let hint = actual.map { "the file is really \($0 == .images ? "an image" : "a " + $0.rawValue.uppercased() + " file"); save it as \(ext.uppercased()) or rename it" }
            ?? "save the file again as \(ext.uppercased())"
        return ("is not \(name): its content is \(type)", hint)
    }

    static func missing(_ use: FileUse, _ found: Facts.Found, known: Set<String>) -> Diagnostic {
        switch found {
        case .symlink:
            return .error(
                "file '\(use.written)' is a symbolic link, which is never followed", at: use.location, length: use.length,
                hint: "put the file itself at \(use.sitePath)")
        case .unreadable:
            return .error("file '\(use.written)' cannot be read", at: use.location, length: use.length, hint: "check the file's permissions")
        default:
            let folder = LinkResolver.folder(of: use.sitePath) + "/"
            let inBundle = !use.sitePath.hasPrefix("static/")
            let neighbours = known.filter { $0.hasPrefix(folder) && !$0.dropFirst(folder.count).contains("/") }
                .map { String($0.dropFirst(folder.count)) }.sorted()
            let written = use.written.split(separator: "/").last.map(String.init) ?? use.written
            let hint = Suggestion.closest(to: written, in: neighbours).map { "did you mean '\($0)'?" }
                ?? (neighbours.isEmpty ? "put the file at \(use.sitePath)" : "files there: " + neighbours.joined(separator: ", "))
            return .error(
                "file '\(use.written)' is not \(inBundle ? "in the entry's bundle" : "under static/") (\(use.sitePath))", at: use.location,
                length: use.length, hint: hint)
        }
    }
}
