import Attachments
import Checks
import Content
import Diagnostics
import Foundation

/// Resolves the site folder and runs the `load`, `parse` and `check` stages.
package enum SiteLoader {
    /// The site folder named by `--site`, or the current directory.
    package static func siteFolder(_ path: String?) -> URL {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let path else { return cwd }
        return URL(fileURLWithPath: path, isDirectory: true, relativeTo: cwd).standardizedFileURL
    }

    /// Reads and validates the site.
    /// - Throws: `DiagnosticsError` when the site folder cannot be read (an I/O problem, not a content error).
    package static func check(siteFolder: URL) throws(DiagnosticsError) -> CheckedSite {
        let source = try SiteSource.read(siteFolder: siteFolder)
        return SiteLoader.check(source)
    }

    /// `parse`, `check` and the attachment checks (which read the files `file` fields name);
    /// no cache is read or written.
    package static func check(_ source: SiteSource) -> CheckedSite {
        let parsed = SiteParser.parse(source)
        var checked = SiteChecks.check(parsed, source: source)
        guard let config = parsed.config else { return checked }
        let attached = AttachmentStage.run(
            parsed.files, source: source, config: config, memo: AttachmentMemo(context: AttachmentMemo.context))
        checked.diagnostics = (checked.diagnostics + attached.diagnostics).sorted()
        checked.texts.merge(SiteChecks.quotedTexts(parsed, source, attached.diagnostics)) { a, _ in a }
        if attached.diagnostics.contains(where: { $0.severity == .error }) { checked.site = nil }
        checked.site?.attachments = attached.attachments
        return checked
    }
}
