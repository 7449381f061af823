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
                result.diagnostics.append(.error(problem.message(use.written), at: use.location, length: use.length, hint: problem.hint))
                continue
            }
            if size > use.rule.maxSize {
                result.diagnostics.append(
                    .error(
                        .fileTooLarge(
                            file: use.written, size: Attachment.size(size), limit: Attachment.size(use.rule.maxSize), field: use.field),
                        at: use.location, length: use.length, hint: .fileTooLargeHint))
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
                                .warning, .pdfNotSearchable(file: use.written, reason: failure.problem), at: use.location,
                                length: use.length, hint: .pdfNotSearchableHint))
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
    static func mismatch(ext: String, type: String?, rule: FileRule) -> (message: (String) -> Message, hint: Message)? {
        guard let type, let kind = FileKind.of(extension: ext) else { return nil }  // no magic database: not checked
        if kind.contentTypes.contains(type) { return nil }
        let actual = type == "application/zip" ? nil : FileKind.allCases.first { $0 != .csv && $0.contentTypes.contains(type) }
        let shown = kind == .images ? ext : kind.rawValue
        let hint = actual.map { Message.fileReallyIs(kind: $0 == .images ? nil : $0.rawValue, ext: ext) } ?? .saveAgainAs(ext)
        return ({ .fileContentMismatch(file: $0, ext: shown, isImage: kind == .images, type: type) }, hint)
    }

    static func missing(_ use: FileUse, _ found: Facts.Found, known: Set<String>) -> Diagnostic {
        switch found {
        case .symlink:
            return .error(.fileSymlink(use.written), at: use.location, length: use.length, hint: .putFileItselfAt(use.sitePath))
        case .unreadable:
            return .error(.fileUnreadable(use.written), at: use.location, length: use.length, hint: .checkPermissions)
        default:
            let folder = LinkResolver.folder(of: use.sitePath) + "/"
            let inBundle = !use.sitePath.hasPrefix("static/")
            let neighbours = known.filter { $0.hasPrefix(folder) && !$0.dropFirst(folder.count).contains("/") }
                .map { String($0.dropFirst(folder.count)) }.sorted()
            let written = use.written.split(separator: "/").last.map(String.init) ?? use.written
            let hint = Suggestion.closest(to: written, in: neighbours).map(Message.didYouMean)
                ?? (neighbours.isEmpty ? .putFileAt(use.sitePath) : .filesThere(neighbours))
            return .error(
                .fileNotThere(file: use.written, inBundle: inBundle, sitePath: use.sitePath), at: use.location, length: use.length,
                hint: hint)
        }
    }
}
