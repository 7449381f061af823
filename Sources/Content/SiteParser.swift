import Cache
import Config
import Diagnostics
import Foundation
import Markdown
import Support
import Text
import YAML

/// The `parse` stage: turns a `SiteSource` into a `ParsedSite`, each file validated on its own.
///
/// Pure: reads nothing from disk, so it can be tested on in-memory sites. Files are
/// processed in parallel, into slots by index.
package enum SiteParser {
    /// The built-in schema of standalone pages (`content/apie.md`).
    package static func pageFields(at location: SourceLocation) -> [FieldSchema] {
        var title = FieldSchema(name: "title", type: .string, label: "Pavadinimas", location: location)
        title.required = true
        let description = FieldSchema(name: "description", type: .text, label: "Aprašymas", location: location)
        let attachment = FieldSchema(name: "attachment", type: .file(FileRule(kinds: FileKind.allCases)), label: "Priedas", location: location)
        let attachments = FieldSchema(name: "attachments", type: .list(attachment), label: "Priedai", location: location)
        return [title, description, attachments]
    }

    /// The `parse` stage: decodes site.yml, then parses and validates each content file on its
    /// own (checks that need every file are the `check` stage's, in `Checks`).
    /// - Parameters:
    ///   - baseURL: replaces site.yml's `base_url` when given.
    ///   - memo: the last build's results, reused for files whose `fingerprints` are unchanged.
    package static func parse(
        _ source: SiteSource, baseURL: String? = nil, memo: ParseMemo? = nil, fingerprints: [String: String] = [:]
    ) -> ParsedSite {
        var config: SiteConfig
        switch parseConfig(source.config) {
        case .failure(let error):
            var texts: [String: String] = [:]
            if case .success(let text) = SourceText.decode(source.config.bytes, path: source.config.path) {
                texts[source.config.path] = text
            }
            return ParsedSite(configDiagnostics: error.diagnostics.sorted(), texts: texts)
        case .success(let (decoded, text)):
            config = decoded
            if let baseURL { config.baseURL = baseURL }
            Markdown.prepare()
            var parsed = parseContent(source, config: config, memo: memo, fingerprints: fingerprints)
            parsed.texts[source.config.path] = text
            let data = DatasetLoader.load(source.data, config: config)
            (parsed.datasets, parsed.datasetDiagnostics, parsed.dataTexts) = (data.datasets, data.diagnostics, data.texts)
            return parsed
        }
    }

    /// Parses and validates the content files once site.yml is known (`Markdown.prepare()` first;
    /// the fuzz targets call it with a site.yml decoded once).
    package static func parseContent(
        _ source: SiteSource, config: SiteConfig, memo: ParseMemo? = nil, fingerprints: [String: String] = [:]
    ) -> ParsedSite {
        // Where each file belongs is known from paths alone, so links resolve while parsing;
        // a memo kept in memory has them, for the same paths and site.yml (its context).
        let (places, resolver) = memo?.classified ?? classify(source, config: config)
        let results = Array(zip(source.content, places).map(ClassifiedFile.init)).parallelMap { item in
            let path = item.file.path
            if let fingerprint = fingerprints[path],
                let reused = memo?.result(for: path, fingerprint: fingerprint, updated: source.updated[path])
            {
                return (file: reused, reused: true)
            }
            return (file: parseFile(item.file, place: item.place, config: config, resolver: resolver, source: source), reused: false)
        }
        var parsed = ParsedSite(config: config, files: results.map(\.file), resolver: resolver)
        parsed.isReused = results.map(\.reused)
        parsed.memo = memo.map { Self.memo(of: parsed.files, $0, reused: parsed.reused, fingerprints, source) }
        parsed.memo?.classified = (places, resolver)
        return parsed
    }

    /// Each content file's place, and the resolver of links between them.
    private static func classify(_ source: SiteSource, config: SiteConfig) -> ParseMemo.Classified {
        let places = source.content.parallelMap { ContentPath.classify($0.path, config: config) }
        var urls: [String: String] = [:]
        for (file, place) in zip(source.content, places) {
            if case .success(let p) = place { urls[file.path] = p.url }
        }
        return (places, LinkResolver(urls: urls, basePath: config.basePath))
    }

    /// The results worth reusing: files that parsed without a single diagnostic.
    /// `reused` results came from `last` unchanged (and parsed without diagnostics).
    private static func memo(
        of parsed: [ParsedFile], _ last: ParseMemo, reused: Int, _ fingerprints: [String: String], _ source: SiteSource
    ) -> ParseMemo {
        var records: [String: ParseMemo.Record] = [:]
        records.reserveCapacity(parsed.count)
        for var file in parsed where file.diagnostics.isEmpty && file.entry != nil {
            guard let fingerprint = fingerprints[file.path] else { continue }
            file.text = nil
            records[file.path] = ParseMemo.Record(fingerprint: fingerprint, updated: source.updated[file.path], file: file)
        }
        var memo = ParseMemo(context: last.context, records: records)
        memo.freshness = MemoFreshness(outdated: records.count - reused, unused: last.count - reused, count: records.count)
        return memo
    }

    private static func parseConfig(_ file: SourceFile) -> Swift.Result<(SiteConfig, String), DiagnosticsError> {
        let text: String
        switch SourceText.decode(file.bytes, path: file.path) {
        case .failure(let d): return .failure(DiagnosticsError([d]))
        case .success(let t): text = t
        }
        do {
            let root = try YAMLParser().parseDocument(text, file: file.path)
            let (config, diagnostics) = SiteConfig.decode(root)
            guard let config else { return .failure(DiagnosticsError(diagnostics)) }
            return .success((config, text))
        } catch {
            return .failure(error)
        }
    }

    /// `content/<folder>/<slug>/<file>` is published beside its entry's page.
    package static func assetURL(_ path: String, config: SiteConfig) -> String? {
        let parts = path.split(separator: "/").dropFirst().map(String.init)
        switch parts.count {
        case 1: return "/" + parts[0]
        case 3:
            guard let collection = config.collections.first(where: { $0.folder == parts[0] }) else { return nil }
            return collection.path + parts[1] + "/" + parts[2]
        default: return nil
        }
    }

    /// The calendar date of a commit time in the site's time zone.
    static func localDate(epoch: Int, timeZone: String) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? LocalDate(dayNumber: epoch / 86400)
    }

    /// A content file with the collection, slug and URL its path gives it.
    struct ClassifiedFile: Sendable {
        var file: SourceFile
        var place: Swift.Result<ContentPath, Diagnostic>
    }

    static func parseFile(
        _ file: SourceFile, place classified: Swift.Result<ContentPath, Diagnostic>, config: SiteConfig,
        resolver: LinkResolver, source: SiteSource
    ) -> ParsedFile {
        var result = ParsedFile(path: file.path)
        let place: ContentPath
        switch classified {
        case .failure(let d):
            result.diagnostics.append(d)
            return result
        case .success(let p): place = p
        }
        let text: String
        switch SourceText.decode(file.bytes, path: file.path) {
        case .failure(let d):
            result.diagnostics.append(d)
            result.text = String(decoding: file.bytes, as: UTF8.self)  // lossy, only to quote the line
            return result
        case .success(let t): text = t
        }
        result.text = text
        let parts: FrontMatter
        switch FrontMatter.split(text, path: file.path) {
        case .failure(let d):
            result.diagnostics.append(d)
            return result
        case .success(let p): parts = p
        }
        let root: YAMLNode
        do {
            root = try YAMLParser().parseDocument(parts.yaml, file: file.path, firstLine: parts.yamlFirstLine)
        } catch {
            result.diagnostics += error.diagnostics
            return result
        }
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        let fields = (place.collection.flatMap { config.collection($0)?.fields } ?? pageFields(at: start))
            + Entry.publishingFields(at: start)
        var validator = EntryValidator(file: file.path)
        var values = validator.validate(root, fields: fields, missingAt: start)
        if !validator.images.isEmpty { values = ImageUse.resolving(values, fields: fields, entryURL: place.url) }
        let isDraft = values["draft"] == .bool(true)
        let publishDate = values["publish_date"]?.instant
        values["draft"] = nil
        values["publish_date"] = nil
        result.diagnostics += validator.diagnostics
        result.refs = validator.refs
        result.uniqueValues = validator.uniqueValues
        result.terms = validator.terms
        result.files = validator.files
        result.images = validator.images
        let body = Markdown.render(
            parts.body, file: file.path, firstLine: parts.bodyFirstLine,
            options: MarkdownOptions(unsafeHTML: config.unsafeHTML),
            rewriteLink: { resolver.rewrite($0, from: file.path) }, decorativeTitle: ImageField.decorativeTitle,
            image: { result.diagnostics += Self.altTextDiagnostics($0) })
        result.entry = Entry(
            collection: place.collection, slug: place.slug, sourcePath: file.path, url: place.url, fields: values,
            body: body, isDraft: isDraft, publishDate: publishDate,
            updated: source.updated[file.path].map { Self.localDate(epoch: $0, timeZone: config.timeZone) })
        return result
    }
}
