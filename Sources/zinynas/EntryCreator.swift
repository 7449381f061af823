import Build
import Config
import Content
import Diagnostics
import Foundation
import Support
import Text
import YAML

/// `zinynas new`: writes a new entry file from the collection's schema.
package enum EntryCreator {
    /// Creates `content/<folder>/<slug>.md` and returns its path relative to the site.
    /// - Throws: `DiagnosticsError` for an unknown collection, an existing file or an unreadable site.yml.
    package static func create(
        collection name: String, title: String, siteFolder: URL, now: String? = nil
    ) throws(DiagnosticsError) -> String {
        let config = try loadConfig(siteFolder)
        let today = try BuildClock.now(flag: now, timeZone: config.timeZone).date
        guard let collection = config.collections.first(where: { $0.name == name || $0.folder == name }) else {
            let names = config.collections.map(\.name)
            throw DiagnosticsError([
                .error(.unknownCollection(name), at: nil, hint: .collectionsAre(guess: Suggestion.closest(to: name, in: names), names: names))
            ])
        }
        let slug = Slug.make(title)
        guard !slug.isEmpty else {
            throw DiagnosticsError([.error(.titleWithoutLetters(title), at: nil)])
        }
        // A name in use gets the next free one (`-2`, `-3`…): an existing file is never touched.
        let fm = FileManager.default
        let folder = "content/\(collection.folder)/"
        let taken = { (name: String) in
            fm.fileExists(atPath: siteFolder.appendingPathComponent(folder + name + ".md").path)
                || fm.fileExists(atPath: siteFolder.appendingPathComponent(folder + name).path)
        }
        let name = taken(slug) ? (2...).lazy.map { "\(slug)-\($0)" }.first { !taken($0) }! : slug
        let path = folder + name + ".md"
        let url = siteFolder.appendingPathComponent(path)
        let text = Scaffold.entry(
            title: title, collection: collection, today: today, taxonomies: config.taxonomies,
            derived: RegisterNumbers.next(in: collection, used: RegisterNumbers.used(in: collection, siteFolder: siteFolder), today: today))
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw DiagnosticsError([.error(.cannotWrite(path: path, reason: error.localizedDescription), at: nil)])
        }
        return path
    }

    static func loadConfig(_ siteFolder: URL) throws(DiagnosticsError) -> SiteConfig {
        let source = try SiteSource.read(siteFolder: siteFolder)
        let text = String(decoding: source.config.bytes, as: UTF8.self)
        let root = try YAMLParser().parseDocument(text, file: "site.yml")
        let (config, diagnostics) = SiteConfig.decode(root)
        guard let config else { throw DiagnosticsError(diagnostics) }
        return config
    }
}
