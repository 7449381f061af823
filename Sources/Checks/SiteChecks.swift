import Config
import Content
import Diagnostics
import Text

/// The `check` stage: what no file can know alone (URL collisions, unique values, terms,
/// refs, links and anchors), over a `ParsedSite`, and the `Site` when nothing is wrong.
package enum SiteChecks {
    /// The keys of the last checks across files and of links that found nothing: a build whose
    /// keys are the same need not run them again (`CheckedSite.crossChecked`, `linksChecked`).
    package struct Keys: Sendable, Equatable {
        package var crossChecks: String?
        package var links: String?

        package init(crossChecks: String? = nil, links: String? = nil) {
            self.crossChecks = crossChecks
            self.links = links
        }
    }

    /// Runs the checks across files (unless `vouched` says they would find nothing again) and
    /// gathers every diagnostic, sorted by file and position.
    package static func check(_ parsed: ParsedSite, source: SiteSource, vouched: Keys = Keys()) -> CheckedSite {
        guard let config = parsed.config, let resolver = parsed.resolver else {
            var result = CheckedSite(site: nil, diagnostics: parsed.configDiagnostics, texts: parsed.texts)
            result.memo = parsed.memo
            return result
        }
        let files = parsed.files
        var diagnostics = files.flatMap(\.diagnostics)
        let filesAreSound = diagnostics.isEmpty
        // What the checks across files read is every file's place and front matter, and what
        // else claims URLs: when none changed since they last found nothing, they would find
        // nothing again.
        let crossCheckKey = Self.crossCheckKey(files, source: source)
        let cross = VouchedCheck(key: crossCheckKey, vouched: vouched.crossChecks, filesAreSound: filesAreSound) {
            crossChecks(files, config: config, source: source)
        }
        // Likewise the links: their targets are known from places, front matter and headings.
        let links = VouchedCheck(
            key: Self.linkCheckKey(files, crossKey: crossCheckKey), vouched: vouched.links,
            filesAreSound: filesAreSound
        ) {
            linkDiagnostics(
                files, resolver: resolver, known: knownURLs(config, files: files, source: source),
                linked: symlinkURLs(source, config: config))
        }
        diagnostics += cross.diagnostics + links.diagnostics
        diagnostics += parsed.datasetDiagnostics + datasetChecks(parsed.datasets, files: files, config: config)
        diagnostics.sort()
        var site = diagnostics.contains { $0.severity == .error }
            ? nil : Site(config: config, entries: files.compactMap(\.entry))
        site?.datasets = parsed.datasets
        var result = CheckedSite(site: site, diagnostics: diagnostics, texts: quotedTexts(parsed, source, diagnostics))
        result.reused = parsed.reused
        result.checked = Keys(crossChecks: cross.cleanKey, links: links.cleanKey)
        (result.crossChecksSkipped, result.linkChecksSkipped) = (cross.skipped, links.skipped)
        result.config = config
        result.memo = parsed.memo
        return result
    }

    /// `parse` and `check` in one call, as `zinynas check` and the tests run them.
    package static func validate(
        _ source: SiteSource, baseURL: String? = nil, memo: ParseMemo? = nil, fingerprints: [String: String] = [:],
        vouched: Keys = Keys()
    ) -> CheckedSite {
        check(SiteParser.parse(source, baseURL: baseURL, memo: memo, fingerprints: fingerprints), source: source, vouched: vouched)
    }

    /// Texts are only kept to quote lines in diagnostics: holding all of them would cost as much
    /// memory as the site's sources.
    package static func quotedTexts(_ parsed: ParsedSite, _ source: SiteSource, _ diagnostics: [Diagnostic]) -> [String: String] {
        var texts = parsed.texts
        let quoted = Set(diagnostics.compactMap { $0.location?.file })
        for (path, text) in parsed.dataTexts where quoted.contains(path) { texts[path] = text }
        for (index, file) in parsed.files.enumerated() where quoted.contains(file.path) {
            // A reused result keeps no text: a file it is quoted from is decoded again, as parsing
            // decodes it (without a byte order mark, CRLF as LF).
            let bytes = source.content[index].bytes
            texts[file.path] = parsed.isReused[index] ? (try? SourceText.decode(bytes, path: file.path).get()) : file.text
        }
        return texts
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
}

/// The `check` stage's value: every diagnostic of the site, and the site when none is an error.
package struct CheckedSite: Sendable {
    /// The site, or `nil` when any error was found.
    package var site: Site?
    package var diagnostics: [Diagnostic]
    /// Decoded text of the files diagnostics quote, by path.
    package var texts: [String: String]
    /// The parse results for the next build to reuse (`ParsedSite.memo`).
    package var memo: ParseMemo?
    /// How many content files were taken from the memo instead of being parsed.
    package var reused = 0
    /// The keys of what the checks read, for those that found nothing.
    package var checked = SiteChecks.Keys()
    /// Whether the checks across files were skipped, as the last build's key vouched.
    package var crossChecksSkipped = false
    /// Whether the link checks were skipped, as the last build's key vouched.
    package var linkChecksSkipped = false
    /// site.yml's settings when it decoded, also when content files have errors.
    package var config: SiteConfig?

    package init(site: Site?, diagnostics: [Diagnostic], texts: [String: String]) {
        self.site = site
        self.diagnostics = diagnostics
        self.texts = texts
    }
}
