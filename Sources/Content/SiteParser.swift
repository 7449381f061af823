import Diagnostics
import Foundation
import Markdown
import YAML

/// The `parse` and `validate` stages: turns a `SiteSource` into a validated `Site`.
///
/// Pure: reads nothing from disk, so it can be tested on in-memory sites. Files are
/// processed in parallel; diagnostics come back sorted by file and position.
public enum SiteParser {
    public struct Result: Sendable {
        /// The site, or `nil` when any error was found.
        public var site: Site?
        public var diagnostics: [Diagnostic]
        /// Decoded text of every file read, by path, for quoting source lines in diagnostics.
        public var texts: [String: String]
        /// This build's parse results, for the next build to reuse.
        public var memo: ParseMemo?
        /// How many content files were taken from the memo instead of being parsed.
        public var reused = 0
        /// The key of what the checks across files read (`crossCheckKey`), when they found
        /// nothing: a later build of the same key need not run them.
        public var crossChecked: String?
        /// Whether the checks across files were skipped, as the last build's key vouched.
        public var crossChecksSkipped = false
        /// The key of what the link checks read (`linkCheckKey`), when they found nothing.
        public var linksChecked: String?
        /// Whether the link checks were skipped, as the last build's key vouched.
        public var linkChecksSkipped = false
        /// Seconds spent on the checks across files and of links (and their keys), which
        /// follow the parsing of every file.
        public var checkSeconds = 0.0
        /// site.yml's settings when it decoded, also when content files have errors.
        public var config: SiteConfig?
    }

    /// The built-in schema of standalone pages (`content/apie.md`).
    static func pageFields(at location: SourceLocation) -> [FieldSchema] {
        var title = FieldSchema(name: "title", type: .string, label: "Pavadinimas", location: location)
        title.required = true
        let description = FieldSchema(name: "description", type: .text, label: "Aprašymas", location: location)
        return [title, description]
    }

    /// - Parameters:
    ///   - baseURL: replaces site.yml's `base_url` when given.
    ///   - memo: the last build's results, reused for files whose `fingerprints` are unchanged.
    ///   - crossChecked: the `Result.crossChecked` of the last build.
    ///   - linksChecked: the `Result.linksChecked` of the last build.
    public static func parse(
        _ source: SiteSource, baseURL: String? = nil, memo: ParseMemo? = nil, fingerprints: [String: String] = [:],
        crossChecked: String? = nil, linksChecked: String? = nil
    ) -> Result {
        var texts: [String: String] = [:]
        var config: SiteConfig
        switch parseConfig(source.config) {
        case .failure(let error):
            if case .success(let text) = SourceText.decode(source.config.bytes, path: source.config.path) {
                texts[source.config.path] = text
            }
            return Result(site: nil, diagnostics: error.diagnostics.sorted(), texts: texts)
        case .success(let (decoded, text)):
            config = decoded
            if let baseURL { config.baseURL = baseURL }
            texts[source.config.path] = text
        }
        Markdown.prepare()
        return parseContent(
            source, config: config, texts: texts, memo: memo, fingerprints: fingerprints,
            vouched: (crossChecked, linksChecked))
    }

    /// Parses and validates the content files once site.yml is known.
    private static func parseContent(
        _ source: SiteSource, config: SiteConfig, texts: [String: String], memo: ParseMemo?, fingerprints: [String: String],
        vouched: (crossChecks: String?, links: String?)
    ) -> Result {
        var texts = texts
        // Where each file belongs is known from paths alone, so links resolve while parsing.
        let places = source.content.parallelMap { ContentPath.classify($0.path, config: config) }
        var urls: [String: String] = [:]
        for (file, place) in zip(source.content, places) {
            if case .success(let p) = place { urls[file.path] = p.url }
        }
        let resolver = LinkResolver(urls: urls, basePath: config.basePath)
        let results = Array(zip(source.content, places).map(ClassifiedFile.init)).parallelMap { item in
            let path = item.file.path
            if let fingerprint = fingerprints[path],
                let reused = memo?.result(for: path, fingerprint: fingerprint, updated: source.updated[path])
            {
                return (file: reused, reused: true)
            }
            return (file: parseFile(item.file, place: item.place, config: config, resolver: resolver, source: source), reused: false)
        }
        let parsed = results.map(\.file)
        let checksStart = DispatchTime.now()
        var diagnostics = parsed.flatMap(\.diagnostics)
        let filesAreSound = diagnostics.isEmpty
        // What the checks across files read is every file's place and front matter: when none
        // changed since they last found nothing, they would find nothing again.
        let crossCheckKey = Self.crossCheckKey(parsed, config: source.config)
        let cross = VouchedCheck(key: crossCheckKey, vouched: vouched.crossChecks, filesAreSound: filesAreSound) {
            crossChecks(parsed, config: config)
        }
        // Likewise the links: their targets are known from places, front matter and headings.
        let links = VouchedCheck(
            key: Self.linkCheckKey(parsed, source: source, crossKey: crossCheckKey), vouched: vouched.links,
            filesAreSound: filesAreSound
        ) { linkDiagnostics(parsed, resolver: resolver, known: knownURLs(config, files: parsed, source: source)) }
        diagnostics += cross.diagnostics + links.diagnostics
        diagnostics.sort()
        let checkSeconds = Double(DispatchTime.now().uptimeNanoseconds - checksStart.uptimeNanoseconds) / 1e9
        // Texts are only kept to quote lines in diagnostics: holding all of them would cost
        // as much memory as the site's sources.
        let quoted = Set(diagnostics.compactMap { $0.location?.file })
        for (result, source) in zip(results, source.content) where quoted.contains(result.file.path) {
            // A reused result keeps no text: a file it is quoted from is decoded again, as parsing
            // decodes it (without a byte order mark, CRLF as LF).
            texts[result.file.path] = result.reused
                ? (try? SourceText.decode(source.bytes, path: source.path).get()) : result.file.text
        }
        let site = diagnostics.contains { $0.severity == .error }
            ? nil : Site(config: config, entries: parsed.compactMap(\.entry))
        var result = Result(site: site, diagnostics: diagnostics, texts: texts)
        result.reused = results.count(where: \.reused)
        (result.crossChecked, result.crossChecksSkipped) = (cross.cleanKey, cross.skipped)
        (result.linksChecked, result.linkChecksSkipped) = (links.cleanKey, links.skipped)
        result.checkSeconds = checkSeconds
        result.config = config
        result.memo = memo.map { Self.memo(of: parsed, $0, reused: result.reused, fingerprints, source) }
        return result
    }

    /// A check over every file that the last build vouched for: run unless its key is the
    /// one the last build's run of it found nothing in (and every file parsed clean).
    struct VouchedCheck {
        var diagnostics: [Diagnostic] = []
        var skipped: Bool
        /// `key`, when this run found nothing: the next build may skip the check for it.
        var cleanKey: String?

        init(key: String, vouched: String?, filesAreSound: Bool, _ check: () -> [Diagnostic]) {
            skipped = filesAreSound && key == vouched
            if !skipped { diagnostics = check() }
            cleanKey = filesAreSound && diagnostics.isEmpty ? key : nil
        }
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

    /// One content file after parsing and per-file validation.
    struct ParsedFile: Sendable {
        var path: String
        var text: String?
        var entry: Entry?
        var diagnostics: [Diagnostic] = []
        var refs: [RefUse] = []
        var uniqueValues: [UniqueValue] = []
        var terms: [TermUse] = []
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
        let isDraft = values["draft"] == .bool(true)
        let publishDate = values["publish_date"]?.instant
        values["draft"] = nil
        values["publish_date"] = nil
        result.diagnostics += validator.diagnostics
        result.refs = validator.refs
        result.uniqueValues = validator.uniqueValues
        result.terms = validator.terms
        let body = Markdown.render(
            parts.body, file: file.path, firstLine: parts.bodyFirstLine,
            options: MarkdownOptions(unsafeHTML: config.unsafeHTML),
            rewriteLink: { resolver.rewrite($0, from: file.path) })
        result.entry = Entry(
            collection: place.collection, slug: place.slug, sourcePath: file.path, url: place.url, fields: values,
            body: body, isDraft: isDraft, publishDate: publishDate,
            updated: source.updated[file.path].map { Self.localDate(epoch: $0, timeZone: config.timeZone) })
        return result
    }
}
