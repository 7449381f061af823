import Diagnostics
import Foundation
import Support

/// Writes `SchemaExport`'s files for a site folder.
package enum SchemaWriter {
    /// Writes the reference and schemas into `folder`; returns the file names written.
    package static func write(siteFolder: URL, into folder: URL) throws(DiagnosticsError) -> [String] {
        let config = try EntryCreator.loadConfig(siteFolder)
        // The example dates are fixed so the generated reference only changes with site.yml.
        let files = SchemaExport.files(config, today: LocalDate(year: 2026, month: 1, day: 15)!)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files { try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name)) }
        } catch {
            throw DiagnosticsError([.error(.cannotWrite(path: folder.path, reason: error.localizedDescription), at: nil)])
        }
        return files.map(\.name)
    }
}
