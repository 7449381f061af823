@testable import Content
import Diagnostics
import Markdown
@testable import Support
import Testing
import Text

/// An entry's listing fingerprint covers all that lists, data files and other entries' pages
/// show of it, and nothing of its body beyond the excerpt.
@Suite struct EntryListingTests {
    static let opening = "Biblioteka kviečia skaitytojus į susitikimus ir dirbtuves. "
    static let longText = String(repeating: opening, count: 12)

    static func entry(
        collection: String? = "bibliotekos", slug: String = "zarasu", url: String = "/bibliotekos/zarasu/",
        title: String = "Zarasų biblioteka", plainText: String = longText, html: String = "<p>x</p>",
        isDraft: Bool = false, publishDate: LocalDateTime? = nil
    ) -> Entry {
        var fields = FieldValues()
        fields["title"] = .string(title)
        fields["budget"] = .money(12500)
        let body = RenderedMarkdown(html: html, headings: [], links: [], plainText: plainText)
        return Entry(
            collection: collection, slug: slug, sourcePath: "content/bibliotekos/zarasu.md", url: url, fields: fields,
            body: body, isDraft: isDraft, publishDate: publishDate)
    }

    @Test func theBodyBeyondItsExcerptDoesNotShow() {
        let listing = Self.entry().listingKey
        #expect(Self.entry(plainText: Self.longText + "Naujas sakinys.", html: "<p>y</p>").listingKey == listing)
        let heading = Heading(level: 2, text: "Naujas", id: "naujas", location: Diagnostics.SourceLocation(file: "x", line: 1, column: 1))
        let withHeading = Entry(
            collection: "bibliotekos", slug: "zarasu", sourcePath: "content/bibliotekos/zarasu.md", url: "/bibliotekos/zarasu/",
            fields: Self.entry().fields,
            body: RenderedMarkdown(html: "<h2>Naujas</h2>", headings: [heading], links: [], plainText: Self.longText))
        #expect(withHeading.listingKey == listing)
    }

    @Test func theBodyExcerptIsMadeOnceAndKeptWhenGiven() {
        let entry = Self.entry()
        #expect(entry.bodyExcerpt == Excerpt.of(Self.longText) && !entry.bodyExcerpt.isEmpty)
        #expect(Self.entry(plainText: "").bodyExcerpt.isEmpty)
        let given = Entry(
            collection: entry.collection, slug: entry.slug, sourcePath: entry.sourcePath, url: entry.url, fields: entry.fields,
            body: entry.body, bodyExcerpt: "Iš atminties.")
        #expect(given.bodyExcerpt == "Iš atminties.")
        #expect(given.listingKey != entry.listingKey, "the listing covers the excerpt the entry shows")
    }

    @Test func whatListsShowChangesIt() {
        let listing = Self.entry().listingKey
        let others = [
            Self.entry(plainText: "Kita pradžia. " + Self.longText), Self.entry(plainText: ""), Self.entry(plainText: "\n"),
            Self.entry(title: "Zarasų viešoji biblioteka"), Self.entry(slug: "zarasai"), Self.entry(url: "/kita/"),
            Self.entry(collection: nil), Self.entry(isDraft: true),
            Self.entry(publishDate: LocalDateTime(iso: "2026-12-01T10:00")),
        ]
        for other in others { #expect(other.listingKey != listing) }
        #expect(Set(others.map(\.listingKey)).count == others.count)
        #expect(Self.entry(plainText: "").listingKey != Self.entry(plainText: "\n").listingKey, "an empty body shows no excerpt at all")
    }

    /// The front matter's fingerprint follows every field, however nested, and the file's
    /// place, but not the body.
    @Test func theFrontMatterFollowsFieldsAndPlaceNotTheBody() {
        let base = Self.entry()
        #expect(Self.entry(plainText: "Kita pradžia. " + Self.longText).frontMatterKey == base.frontMatterKey)
        #expect(Self.entry(plainText: "Kita pradžia. " + Self.longText).listingKey != base.listingKey)
        func with(_ name: String, _ value: FieldValue) -> Entry {
            var fields = base.fields
            fields[name] = value
            return Entry(
                collection: base.collection, slug: base.slug, sourcePath: base.sourcePath, url: base.url, fields: fields,
                body: base.body)
        }
        var place = FieldValues()
        place["city"] = .string("Zarasai")
        var other = place
        other["city"] = .string("Utena")
        let variants = [
            with("place", .object(place)), with("place", .object(other)), with("partners", .list([.ref("pavb")])),
            with("partners", .list([.ref("zarasu")])), with("budget", .money(12500.5)),
            Entry(
                collection: base.collection, slug: base.slug, sourcePath: "content/kita/zarasu.md", url: base.url,
                fields: base.fields, body: base.body),
        ]
        #expect(Set(variants.map(\.frontMatterKey) + [base.frontMatterKey]).count == variants.count + 1)
        #expect(Set(variants.map(\.listingKey) + [base.listingKey]).count == variants.count + 1)
    }
}
