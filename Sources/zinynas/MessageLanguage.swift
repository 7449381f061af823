import Diagnostics
import Foundation

/// Which language the command speaks (docs/architecture.md, "Messages"): `--lang`, else
/// `ZINYNAS_LANG`, else the site's `language` read from site.yml as text — before site.yml is
/// decoded, and even when it is broken, so that its own errors are already in the site's
/// language. A site.yml that cannot be read or names no language is Lithuanian, as `language`
/// is when left out.
enum MessageLanguage {
    static func resolve(flag: String?, siteFolder: URL) -> Language {
        if let chosen = Language.override(flag: flag, environment: ProcessInfo.processInfo.environment) { return chosen }
        guard let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent("site.yml").path) else {
            return .lt
        }
        return declared(in: String(decoding: data, as: UTF8.self)).map(Language.init(siteLanguage:)) ?? .lt
    }

    /// The value of a top-level `language:` line (quotes and a trailing comment removed).
    static func declared(in text: String) -> String? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("language:") {
            var value = line.dropFirst("language:".count)
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\"'"))
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }
}
