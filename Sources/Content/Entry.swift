import Config
import Diagnostics
import Markdown
import Support
import Text

/// A validated content file: a collection entry or a standalone page.
///
/// A class: entries are read by every stage and never changed after parsing, so passing one
/// around costs one reference count instead of one per field.
package final class Entry: Sendable {
    /// The collection's name; `nil` for a standalone page (`content/apie.md`).
    package let collection: String?
    package let slug: String
    package let sourcePath: String
    /// The page URL path, with leading and trailing slash (`/projektai/skaitymo-iskis/`).
    package let url: String
    package let fields: FieldValues
    package let body: RenderedMarkdown
    /// `draft: true` in front matter: left out of builds unless drafts are asked for.
    package let isDraft: Bool
    /// `publish_date`: left out of builds before this date unless future entries are asked for.
    package let publishDate: LocalDateTime?
    /// The date of the last commit that changed the file, when the site is in a git repository.
    package let updated: LocalDate?

    package init(
        collection: String?, slug: String, sourcePath: String, url: String, fields: FieldValues,
        body: RenderedMarkdown, isDraft: Bool = false, publishDate: LocalDateTime? = nil, updated: LocalDate? = nil,
        fingerprints: Fingerprints? = nil, bodyExcerpt: String? = nil
    ) {
        self.collection = collection
        self.slug = slug
        self.sourcePath = sourcePath
        self.url = url
        self.fields = fields
        self.body = body
        self.isDraft = isDraft
        self.publishDate = publishDate
        self.updated = updated
        title = fields["title"]?.plainText ?? slug
        let excerpt = bodyExcerpt ?? Excerpt.of(body.plainText)
        self.bodyExcerpt = excerpt
        let made = fingerprints ?? Self.fingerprints(
            collection: collection, slug: slug, sourcePath: sourcePath, url: url, fields: fields,
            hasNoText: body.hasNoText, bodyExcerpt: excerpt, isDraft: isDraft, publishDate: publishDate)
        frontMatterKey = made.frontMatterKey
        listingKey = made.listingKey
    }

    /// The `title` field's text, else the slug; made once, since lists, refs and sorts ask often.
    package let title: String

    /// The first sentences of the body (`Excerpt.of`), for summaries and descriptions: made
    /// once, since lists ask often, and kept by the parse memo, so lists never read a body.
    package let bodyExcerpt: String

    /// A fingerprint of the entry's place (path, collection, slug, URL) and front matter (its
    /// low 64 bits): what the derived model (orders, terms, refs) and the checks across files
    /// are made of.
    package let frontMatterKey: UInt64

    /// A fingerprint (its low 64 bits) of what other pages and files can show of the entry:
    /// `frontMatterKey`, and of the body only the excerpt (summaries, descriptions) and whether
    /// it is empty. Lists, term and view pages, data files and the pages of other entries are
    /// keyed by it, so an edit further down a body reaches only the entry's own page and
    /// search document.
    package let listingKey: UInt64

    /// `frontMatterKey` and `listingKey`: made once when the file is parsed; the parse memo
    /// keeps them.
    package struct Fingerprints: Sendable {
        var frontMatterKey: UInt64
        var listingKey: UInt64
    }

    static func fingerprints(
        collection: String?, slug: String, sourcePath: String, url: String, fields: FieldValues, hasNoText: Bool,
        bodyExcerpt: String, isDraft: Bool, publishDate: LocalDateTime?
    ) -> Fingerprints {
        var place = ByteWriter(capacity: 512)
        place.string(collection.map { "collection " + $0 } ?? "page")
        place.string(slug)
        place.string(sourcePath)
        place.string(url)
        RecordCoding.fields(fields, &place)
        place.string(publishDate?.description ?? "-")
        place.byte(isDraft ? 1 : 0)
        var frontMatter = Fingerprint()
        frontMatter.combine(bytes: place.bytes)
        var listing = Fingerprint()
        listing.combine(word: frontMatter.low64)
        listing.combine(tag: hasNoText ? 0 : 1)
        listing.combine(bodyExcerpt)
        return Fingerprints(frontMatterKey: frontMatter.low64, listingKey: listing.low64)
    }

    /// Front-matter fields every entry and page accepts besides its collection's own.
    static func publishingFields(at location: SourceLocation) -> [FieldSchema] {
        [
            FieldSchema(name: "draft", type: .boolean, label: "Juodraštis", location: location),
            FieldSchema(name: "publish_date", type: .date(timeAllowed: true), label: "Skelbti nuo", location: location),
        ]
    }

    /// Whether the entry is published at `now`, given what the build includes.
    package func isPublished(at now: LocalDateTime, drafts: Bool, future: Bool) -> Bool {
        if isDraft, !drafts { return false }
        if let date = publishDate, !future, now < date { return false }
        return true
    }
}

/// The site after parsing and validation: what later stages derive pages from.
package struct Site: Sendable {
    package var config: SiteConfig
    /// Collection entries and pages, sorted by source path.
    package var entries: [Entry]
    /// The files `file` fields name, by path in the site (set by the attachment stage).
    package var attachments: [String: Attachment] = [:]
    /// The datasets of site.yml with their rows, checked.
    package var datasets: [Dataset] = []

    package init(config: SiteConfig, entries: [Entry]) {
        self.config = config
        self.entries = entries
    }

    package func entries(in collection: String) -> [Entry] { entries.filter { $0.collection == collection } }

    /// The site without drafts and entries scheduled after `now`, unless asked to keep them.
    package func published(at now: LocalDateTime, drafts: Bool, future: Bool) -> Site {
        var site = self
        site.entries = entries.filter { $0.isPublished(at: now, drafts: drafts, future: future) }
        return site
    }
}
