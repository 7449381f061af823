import Diagnostics
import Foundation
import Support
import Text
import YAML

/// The type of a field, as declared by `type:` in site.yml.
package indirect enum FieldType: Sendable {
    case string, text, url, email
    /// A date; with `time: optional` a date-time is accepted too.
    case date(timeAllowed: Bool)
    case datetime
    case integer, number, money, boolean
    case enumeration([EnumValue])
    case list(FieldSchema)
    case object([FieldSchema])
    case ref(collection: String)

    package static let names = [
        "string", "text", "date", "datetime", "integer", "number", "money", "boolean", "url", "email", "enum", "list",
        "object", "ref",
    ]
}

/// One allowed value of an enum field: the stored key and its Lithuanian label.
package struct EnumValue: Sendable, Hashable {
    package var key: String
    package var label: String
}

/// A `min`/`max` bound: a number (value or length) or a date.
package enum Bound: Sendable, Hashable {
    case number(Double)
    case date(LocalDate)
}

/// A compiled `pattern:`; NSRegularExpression is immutable and safe to share across threads.
package struct Pattern: @unchecked Sendable {
    package let source: String
    let regex: NSRegularExpression

    init?(_ source: String) {
        guard let regex = try? NSRegularExpression(pattern: source) else { return nil }
        self.source = source
        self.regex = regex
    }

    /// Whether the pattern matches the whole text, so `[A-Z]{2}` rejects `LTU`.
    package func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, options: [.anchored], range: range)?.range == range
    }
}

/// A field of a collection (or of an object or list item) as declared in site.yml.
package struct FieldSchema: Sendable {
    /// The fields live in one box: schemas travel with every value that is formatted
    /// (`itemSchema`, resolved template values), and copying a box costs one reference count
    /// where twenty fields cost twenty. Copied on write, so `FieldSchema` keeps value semantics.
    private struct Fields {
        var name: String
        var type: FieldType
        var label: String
        var required: Bool = false
        var defaultValue: YAMLNode?
        var min: Bound?
        var max: Bound?
        var pattern: Pattern?
        var unique: Bool = false
        var taxonomy: String?
        var notBefore: String?
        var notAfter: String?
        var atMost: String?
        var requiredUnless: [(field: String, value: String)] = []
        var example: String?
        var unit: String?
        var zeroLabel: String?
        var percentOf: String?
        var description: String?
        var location: SourceLocation
    }

    private final class Storage: @unchecked Sendable {  // mutated only while uniquely referenced
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    private mutating func ownStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    package var name: String {
        get { storage.fields.name }
        set { ownStorage().fields.name = newValue }
    }
    package var type: FieldType {
        get { storage.fields.type }
        set { ownStorage().fields.type = newValue }
    }
    package var label: String {
        get { storage.fields.label }
        set { ownStorage().fields.label = newValue }
    }
    package var required: Bool {
        get { storage.fields.required }
        set { ownStorage().fields.required = newValue }
    }
    package var defaultValue: YAMLNode? {
        get { storage.fields.defaultValue }
        set { ownStorage().fields.defaultValue = newValue }
    }
    package var min: Bound? {
        get { storage.fields.min }
        set { ownStorage().fields.min = newValue }
    }
    package var max: Bound? {
        get { storage.fields.max }
        set { ownStorage().fields.max = newValue }
    }
    package var pattern: Pattern? {
        get { storage.fields.pattern }
        set { ownStorage().fields.pattern = newValue }
    }
    package var unique: Bool {
        get { storage.fields.unique }
        set { ownStorage().fields.unique = newValue }
    }
    /// The taxonomy this field's values are terms of.
    package var taxonomy: String? {
        get { storage.fields.taxonomy }
        set { ownStorage().fields.taxonomy = newValue }
    }
    package var notBefore: String? {
        get { storage.fields.notBefore }
        set { ownStorage().fields.notBefore = newValue }
    }
    package var notAfter: String? {
        get { storage.fields.notAfter }
        set { ownStorage().fields.notAfter = newValue }
    }
    package var atMost: String? {
        get { storage.fields.atMost }
        set { ownStorage().fields.atMost = newValue }
    }
    /// Required unless every listed sibling field has the given value.
    package var requiredUnless: [(field: String, value: String)] {
        get { storage.fields.requiredUnless }
        set { ownStorage().fields.requiredUnless = newValue }
    }
    /// A sample value shown in hints and scaffolds.
    package var example: String? {
        get { storage.fields.example }
        set { ownStorage().fields.example = newValue }
    }
    /// Shown after numbers (`%`, `akad. val.`).
    package var unit: String? {
        get { storage.fields.unit }
        set { ownStorage().fields.unit = newValue }
    }
    /// Shown instead of a zero amount (`Nemokamai` for a price of 0).
    package var zeroLabel: String? {
        get { storage.fields.zeroLabel }
        set { ownStorage().fields.zeroLabel = newValue }
    }
    /// A sibling numeric field this one is measured against (`actual` of `target`): shown as % achieved.
    package var percentOf: String? {
        get { storage.fields.percentOf }
        set { ownStorage().fields.percentOf = newValue }
    }
    package var description: String? {
        get { storage.fields.description }
        set { ownStorage().fields.description = newValue }
    }
    /// Where the field is declared in site.yml.
    package var location: SourceLocation {
        get { storage.fields.location }
        set { ownStorage().fields.location = newValue }
    }

    package init(name: String, type: FieldType, label: String, location: SourceLocation) {
        storage = Storage(Fields(name: name, type: type, label: label, location: location))
    }
}

/// A collection declared under `collections:` in site.yml.
///
/// A class: schemas are looked up for every entry in every stage and never change after
/// site.yml is read, so a lookup costs one reference count, not one per property.
package final class CollectionSchema: Sendable {
    package let name: String
    /// Folder under `content/`.
    package let folder: String
    /// URL path of the collection index, with leading and trailing slash (`/projektai/`).
    package let path: String
    /// Heading of the collection (`Projektų registras`).
    package let title: String
    package let singular: String
    package let counts: CountForms
    package let description: String?
    /// Field to sort by, descending when `sortDescending`.
    package let sortField: String
    package let sortDescending: Bool
    package let pageSize: Int
    package let fields: [FieldSchema]
    /// The date that places an entry in time (feeds, "newest" lists); a dotted path.
    package let dateField: String?
    /// The text field shown as an entry's excerpt in lists.
    package let excerptField: String?
    /// Fields shown with each entry in lists.
    package let metaFields: [String]
    /// How many newest entries the home page shows (0: none).
    package let homeCount: Int
    package let timeline: Timeline?
    package let location: SourceLocation
    /// Feed, calendar, structured data and exports (see OutputSettings.swift).
    package let outputs: CollectionOutputs


    package init(
        name: String, folder: String, path: String, title: String, singular: String, counts: CountForms,
        description: String?, sortField: String, sortDescending: Bool, pageSize: Int, fields: [FieldSchema],
        dateField: String?, excerptField: String?, metaFields: [String] = [], homeCount: Int = 0,
        timeline: Timeline?, location: SourceLocation, outputs: CollectionOutputs = CollectionOutputs()
    ) {
        self.name = name
        self.folder = folder
        self.path = path
        self.title = title
        self.singular = singular
        self.counts = counts
        self.description = description
        self.sortField = sortField
        self.sortDescending = sortDescending
        self.pageSize = pageSize
        self.fields = fields
        self.dateField = dateField
        self.excerptField = excerptField
        self.metaFields = metaFields
        self.homeCount = homeCount
        self.timeline = timeline
        self.location = location
        self.outputs = outputs
    }

    package func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }
}

/// Status of an entry relative to the build's "now", from its dates: `planned` before `opens`,
/// `open` while a date of `deadlines` is ahead, `closed` after the last one.
package struct Timeline: Sendable {
    package enum Status: String, Sendable, CaseIterable { case planned, open, closed }
    /// Dotted path of the opening date (optional).
    package var opens: String?
    /// Dotted path of the deadline dates.
    package var deadlines: String
    package var labels: [Status: String]
    /// Whether pages count the days left to the next date ("liko 5 d."): true for calls, not for events.
    package var countdown: Bool

    /// What readers see for a status; site.yml must name every one, so the key is only a fallback.
    package func label(of status: Status) -> String { labels[status] ?? status.rawValue }
}

/// A generated list page: entries of one collection filtered and sorted (`/finansavimas/atviri/`).
package struct ViewSchema: Sendable {
    package var name: String
    package var title: String
    package var description: String?
    package var path: String
    package var collection: String
    /// Field (or `timeline`) → required value, all of which must hold.
    package var filter: [(field: String, value: String)]
    package var sortField: String
    package var sortDescending: Bool
    /// Columns of a table layout; empty for a list.
    package var columns: [String]
    /// How many entries the home page shows (0: none).
    package var homeCount: Int
    package var location: SourceLocation
}

/// A link of the main navigation.
package struct MenuItem: Sendable, Hashable {
    package var title: String
    package var path: String
}

/// A taxonomy: the terms of every field that declares `taxonomy: <name>`.
package struct TaxonomySchema: Sendable {
    package var name: String
    package var title: String
    package var path: String
    package var counts: CountForms?
    /// Display names of terms stored as slugs (`skaitmeninis-rastingumas: Skaitmeninis raštingumas`).
    package var labels: [String: String] = [:]

    /// The name a term is shown by.
    package func label(of term: String) -> String { labels[term] ?? term }
    package var location: SourceLocation
}

/// Site-wide settings from site.yml.
package struct SiteConfig: Sendable {
    package var title: String
    package var description: String?
    package var baseURL: String
    package var language: String
    package var timeZone: String
    package var output: String
    /// `output` when site.yml names none.
    package static let defaultOutput = "public"
    package var unsafeHTML: Bool
    package var collections: [CollectionSchema]
    package var taxonomies: [TaxonomySchema]
    package var views: [ViewSchema] = []
    package var menu: [MenuItem] = []
    package var outputs = SiteOutputs()

    /// The path part of `base_url` (`/` or `/zinynas/`), prefixed to every internal link.
    package var basePath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    package func collection(_ name: String) -> CollectionSchema? { collections.first { $0.name == name } }
    package func taxonomy(_ name: String) -> TaxonomySchema? { taxonomies.first { $0.name == name } }
}
