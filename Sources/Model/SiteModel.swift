import Config
import Content
import Support
import Text

/// Everything a page can show: the `derive` stage's output.
///
/// Entries are referred to by their index in `site.entries`, so derived lists stay cheap.
/// A class: every renderer, scope and formatter holds the model, and passing it costs one
/// reference count rather than one per collection of it.
package final class SiteModel: Sendable {
    package let site: Site
    /// The build's "now" in the site's time zone.
    package let now: LocalDateTime
    /// Midnight of the build's date: what files stamped with the build show, so that they
    /// stay the same all day.
    package var today: LocalDateTime { LocalDateTime(date: now.date, hour: 0, minute: 0) }
    /// Entry indexes per collection, in the collection's default order.
    package let collections: [String: [Int]]
    package let taxonomies: [TaxonomyTerms]
    /// Entries that refer to each entry, by the referred entry's index.
    package let backReferences: [Int: [BackReferenceGroup]]
    /// Timeline status of entries whose collection declares a timeline.
    package let timelines: [Int: TimelineState]
    /// Entry indexes per view name, filtered and sorted.
    package let views: [String: [Int]]

    /// `site.config`, stored: read through a getter, each use copied the whole settings.
    package let config: SiteConfig
    package func entry(_ index: Int) -> Entry { site.entries[index] }

    /// What each entry's ref fields point to, through lists and objects, in field order: made
    /// once, since back-references and every page key follow them.
    package let references: [[Reference]]
    /// What orders, terms and references were derived from (`ModelMemo`).
    package let shape: String
    /// Whether they came from the last build's `ModelMemo` rather than being derived.
    package let isFromMemo: Bool

    /// A collection's schema. Asked of the model, not of `config`: a method of `config` read
    /// through the model copies all the site's settings first (a reference count for each).
    package func collection(_ name: String) -> CollectionSchema? { config.collections.first { $0.name == name } }

    /// A taxonomy's schema (see `collection(_:)`).
    package func taxonomy(_ name: String) -> TaxonomySchema? { config.taxonomies.first { $0.name == name } }

    /// The index of the entry with `slug` in `collection`.
    package func index(of collection: String, slug: String) -> Int? { lookup[collection + "/" + slug] }
    let lookup: [String: Int]
    /// Every entry's title as a collation key, made once: every sort breaks ties by title.
    let titleKeys: [Collation.Key]

    /// `derived`: what the model memo keeps, derived or read back.
    init(
        site: Site, now: LocalDateTime, derived: ModelMemo.Structures, timelines: [Int: TimelineState],
        lookup: [String: Int], titleKeys: [Collation.Key], shape: String, isFromMemo: Bool
    ) {
        self.site = site
        config = site.config
        self.now = now
        (collections, taxonomies, backReferences, views, references) = (
            derived.collections, derived.taxonomies, derived.backReferences, derived.views, derived.references
        )
        self.timelines = timelines
        self.lookup = lookup
        self.titleKeys = titleKeys
        self.shape = shape
        self.isFromMemo = isFromMemo
    }
}

/// Where one ref value of an entry points.
package struct Reference: Sendable {
    /// `collection/slug`.
    package var target: String
    /// The published entry there, if any.
    package var index: Int?
    /// The ref field's place among its collection's fields.
    package var field: Int
}

/// The terms of one taxonomy, in Lithuanian alphabetical order.
package struct TaxonomyTerms: Sendable {
    package var schema: TaxonomySchema
    package var terms: [Term]
}

package struct Term: Sendable {
    /// The term as written in content.
    package var name: String
    package var slug: String
    /// Entries with the term, in site order (collection order, then each collection's sort).
    package var entries: [Int]
}

/// Entries of one collection that refer to an entry through one field.
package struct BackReferenceGroup: Sendable {
    package var collection: String
    package var field: String
    package var fieldLabel: String
    package var entries: [Int]
}

/// Where an entry stands on its timeline on the build date.
package struct TimelineState: Sendable, Hashable {
    package var status: Timeline.Status
    /// The nearest deadline not yet passed.
    package var next: FieldValue?
    /// Whole days from the build date to `next`, while the entry is open and its timeline
    /// counts down: the only time pages show them, so the only time a new day changes them.
    package var daysLeft: Int?
    /// Open with its first start past (`timeline.starts`): under way, later dates remain.
    package var isRunning = false
    /// The registration deadline (`timeline.registration`) of an entry not yet closed, and
    /// whether it has passed.
    package var registration: FieldValue? = nil
    package var isRegistrationClosed = false
}

extension SiteModel {
    /// Every value at a dotted path of an entry's fields (`sessions.start`: each session's start).
    package static func values(_ path: String, in fields: FieldValues) -> [FieldValue] {
        EntryValidator.resolve(path, in: fields)
    }
}
