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
        return SiteChecks.validate(source)
    }
}
