import Config
import Content
import Diagnostics
import Support
import Text

extension SiteChecks {
    /// What `crossChecks` read: site.yml and each file's place and front matter (its URL,
    /// slug and fields, which hold its unique values, terms and refs), in order, and what
    /// else claims URLs: the static files, the assets and whether there is a search page.
    /// A file that made no entry is marked as such.
    static func crossCheckKey(_ files: [ParsedFile], source: SiteSource) -> String {
        var hasher = Fingerprint()
        hasher.combine("cross-checks 3")
        hasher.combine(bytes: source.config.bytes)
        for file in files {
            hasher.combine(file.path)
            hasher.combine(word: file.entry?.frontMatterKey ?? 0)
            hasher.combine(tag: file.entry == nil ? 0 : 1)
        }
        hasher.combine(word: UInt64(source.staticFiles.count))
        for path in source.staticFiles { hasher.combine(path) }
        hasher.combine(word: UInt64(source.assets.count))
        for path in source.assets { hasher.combine(path) }
        hasher.combine(word: UInt64(source.symlinks.count))
        for path in source.symlinks { hasher.combine(path) }
        hasher.combine(tag: source.hasSearchLayout ? 1 : 0)
        return hasher.hexDigest
    }

    /// Checks that need every entry: URL collisions, `unique` values and refs.
    static func crossChecks(_ files: [ParsedFile], config: SiteConfig, source: SiteSource) -> [Diagnostic] {
        var diagnostics = urlCollisions(files, config: config, source: source) + unknownTerms(files, config: config)
        var slugs: [String: [String]] = [:]
        for entry in files.lazy.compactMap(\.entry) {
            if let collection = entry.collection { slugs[collection, default: []].append(entry.slug) }
        }
        // One pass groups the files that have unique values by collection, in file order.
        var withUniqueValues: [String: [Int]] = [:]
        for (index, file) in files.enumerated() where !file.uniqueValues.isEmpty {
            if let collection = file.entry?.collection { withUniqueValues[collection, default: []].append(index) }
        }
        for collection in config.collections {
            var seen: [String: [String: UniqueValue]] = [:]
            for file in (withUniqueValues[collection.name] ?? []).map({ files[$0] }) {
                for use in file.uniqueValues {
                    if let first = seen[use.field]?[use.value] {
                        diagnostics.append(
                            .error(
                                .duplicateUnique(value: use.value, field: use.field, first: "\(first.location)"),
                                at: use.location, length: use.length, hint: .duplicateUniqueHint(collection: collection.name, field: use.field)))
                    } else {
                        seen[use.field, default: [:]][use.value] = use
                    }
                }
            }
        }
        diagnostics += termCollisions(files)
        diagnostics += imageFieldDiagnostics(files, config: config, source: source)
        let slugSets = slugs.mapValues(Set.init)
        for file in files {
            for ref in file.refs where !(slugSets[ref.collection]?.contains(ref.slug) ?? false) {
                let candidates = slugs[ref.collection] ?? []
                let hint = Suggestion.closest(to: ref.slug, in: candidates).map(Message.didYouMean)
                    ?? .missingRefHint(folder: config.collection(ref.collection)?.folder ?? ref.collection)
                diagnostics.append(
                    .error(
                        .missingRef(field: ref.field, slug: ref.slug, collection: ref.collection),
                        at: ref.location, length: ref.length, hint: hint))
            }
        }
        return diagnostics
    }

    /// Two spellings of a term that slug to one URL (`Zarasų r.`, `Zarasu r.`) would share a page.
    static func termCollisions(_ files: [ParsedFile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: TermUse] = [:]
        for use in files.lazy.flatMap(\.terms) {
            let slug = use.slug
            guard !slug.isEmpty else {
                diagnostics.append(
                    .error(.termWithoutLetters(use.term), at: use.location, length: use.length, hint: .termWithoutLettersHint))
                continue
            }
            let key = use.taxonomy + "/" + slug
            if let earlier = first[key] {
                if earlier.term != use.term {
                    diagnostics.append(
                        .error(
                            .termsShareURL(term: use.term, other: earlier.term, otherAt: "\(earlier.location)", slug: slug),
                            at: use.location, length: use.length, hint: .writeTermAs(earlier.term)))
                }
            } else {
                first[key] = use
            }
        }
        return diagnostics
    }
}
