@testable import Checks
import Content
import Foundation
@testable import Model
@testable import Rendering
@testable import Support

/// The model of Tests/Fixtures/outputs, the site whose collections publish every kind of output.
enum OutputsFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/outputs")

    struct Invalid: Error { var diagnostics: [String] }

    /// The fixture without git dates (they depend on the repository's history), unless `updated` gives some.
    /// - Parameter retitled: the source path of an entry whose title gets " (2)" added.
    /// - Parameter relocated: the source path of a library whose city changes.
    /// - Parameter values: fields set anew, by source path.
    static func model(
        now: String = "2026-11-28T00:00", updated: [String: LocalDate] = [:], retitled: String? = nil, relocated: String? = nil,
        values: [String: [String: FieldValue]] = [:]
    ) throws -> SiteModel {
        let parsed = SiteChecks.validate(try SiteSource.read(siteFolder: folder))
        guard var site = parsed.site else { throw Invalid(diagnostics: parsed.diagnostics.map(\.description)) }
        site.entries = site.entries.map { e in
            var fields = e.fields
            if e.sourcePath == retitled { fields["title"] = .string(e.title + " (2)") }
            if e.sourcePath == relocated { fields["city"] = .string("Kitas miestas") }
            for (name, value) in values[e.sourcePath] ?? [:] { fields[name] = value }
            return Entry(
                collection: e.collection, slug: e.slug, sourcePath: e.sourcePath, url: e.url, fields: fields, body: e.body,
                isDraft: e.isDraft, publishDate: e.publishDate, updated: updated[e.slug])
        }
        return SiteModel(site: site, now: LocalDateTime(iso: Substring(now))!)
    }

    static func index(_ model: SiteModel, _ collection: String, _ slug: String) -> Int {
        model.index(of: collection, slug: slug)!
    }

    /// An entry's JSON-LD, parsed back with Foundation for inspection.
    static func jsonld(_ model: SiteModel, _ collection: String, _ slug: String) throws -> [String: Any] {
        let text = PageContexts(model: model).jsonld(index(model, collection, slug))
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }
}
