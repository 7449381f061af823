import Diagnostics
import Text

/// Everything a page can show: the `derive` stage's output.
///
/// Entries are referred to by their index in `site.entries`, so derived lists stay cheap.
/// A class: every renderer, scope and formatter holds the model, and passing it costs one
/// reference count rather than one per collection of it.
public final class SiteModel: Sendable {
    public let site: Site
    /// The build's "now" in the site's time zone.
    public let now: LocalDateTime
    /// Midnight of the build's date: what files stamped with the build show, so that they
    /// stay the same all day.
    public var today: LocalDateTime { LocalDateTime(date: now.date, hour: 0, minute: 0) }
    /// Entry indexes per collection, in the collection's default order.
    public let collections: [String: [Int]]
    public let taxonomies: [TaxonomyTerms]
    /// Entries that refer to each entry, by the referred entry's index.
    public let backReferences: [Int: [BackReferenceGroup]]
    /// Timeline status of entries whose collection declares a timeline.
    public let timelines: [Int: TimelineState]
    /// Entry indexes per view name, filtered and sorted.
    public let views: [String: [Int]]

    /// `site.config`, stored: read through a getter, each use copied the whole settings.
    public let config: SiteConfig
    public func entry(_ index: Int) -> Entry { site.entries[index] }

    /// What each entry's ref fields point to, through lists and objects, in field order: made
    /// once, since back-references and every page key follow them.
    public let references: [[Reference]]
    /// What orders, terms and references were derived from (`ModelMemo`).
    public let shape: String
    /// Whether they came from the last build's `ModelMemo` rather than being derived.
    public let isFromMemo: Bool

    /// A collection's schema. Asked of the model, not of `config`: a method of `config` read
    /// through the model copies all the site's settings first (a reference count for each).
    public func collection(_ name: String) -> CollectionSchema? { config.collections.first { $0.name == name } }

    /// A taxonomy's schema (see `collection(_:)`).
    public func taxonomy(_ name: String) -> TaxonomySchema? { config.taxonomies.first { $0.name == name } }

    /// The index of the entry with `slug` in `collection`.
    public func index(of collection: String, slug: String) -> Int? { lookup[collection + "/" + slug] }
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
public struct Reference: Sendable {
    /// `collection/slug`.
    public var target: String
    /// The published entry there, if any.
    public var index: Int?
    /// The ref field's place among its collection's fields.
    public var field: Int
}

/// The terms of one taxonomy, in Lithuanian alphabetical order.
public struct TaxonomyTerms: Sendable {
    public var schema: TaxonomySchema
    public var terms: [Term]
}

public struct Term: Sendable {
    /// The term as written in content.
    public var name: String
    public var slug: String
    /// Entries with the term, in site order (collection order, then each collection's sort).
    public var entries: [Int]
}

/// Entries of one collection that refer to an entry through one field.
public struct BackReferenceGroup: Sendable {
    public var collection: String
    public var field: String
    public var fieldLabel: String
    public var entries: [Int]
}

/// Where an entry stands on its timeline on the build date.
public struct TimelineState: Sendable, Hashable {
    public var status: Timeline.Status
    /// The nearest deadline not yet passed.
    public var next: FieldValue?
    /// Whole days from the build date to `next`, while the entry is open and its timeline
    /// counts down: the only time pages show them, so the only time a new day changes them.
    public var daysLeft: Int?
}

extension SiteModel {
    /// Every value at a dotted path of an entry's fields (`sessions.start`: each session's start).
    public static func values(_ path: String, in fields: FieldValues) -> [FieldValue] {
        EntryValidator.resolve(path, in: fields)
    }
}
