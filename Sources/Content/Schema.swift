import Diagnostics
import Foundation
import YAML

/// The type of a field, as declared by `type:` in site.yml.
public indirect enum FieldType: Sendable {
    case string, text, url, email
    /// A date; with `time: optional` a date-time is accepted too.
    case date(timeAllowed: Bool)
    case datetime
    case integer, number, money, boolean
    case enumeration([EnumValue])
    case list(FieldSchema)
    case object([FieldSchema])
    case ref(collection: String)

    public static let names = [
        "string", "text", "date", "datetime", "integer", "number", "money", "boolean", "url", "email", "enum", "list",
        "object", "ref",
    ]
}

/// One allowed value of an enum field: the stored key and its Lithuanian label.
public struct EnumValue: Sendable, Hashable {
    public var key: String
    public var label: String
}

/// A `min`/`max` bound: a number (value or length) or a date.
public enum Bound: Sendable, Hashable {
    case number(Double)
    case date(LocalDate)
}

/// A compiled `pattern:`; NSRegularExpression is immutable and safe to share across threads.
public struct Pattern: @unchecked Sendable {
    public let source: String
    let regex: NSRegularExpression

    init?(_ source: String) {
        guard let regex = try? NSRegularExpression(pattern: source) else { return nil }
        self.source = source
        self.regex = regex
    }

    /// Whether the pattern matches the whole text, so `[A-Z]{2}` rejects `LTU`.
    func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, options: [.anchored], range: range)?.range == range
    }
}

/// A field of a collection (or of an object or list item) as declared in site.yml.
public struct FieldSchema: Sendable {
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

    public var name: String {
        get { storage.fields.name }
        set { ownStorage().fields.name = newValue }
    }
    public var type: FieldType {
        get { storage.fields.type }
        set { ownStorage().fields.type = newValue }
    }
    public var label: String {
        get { storage.fields.label }
        set { ownStorage().fields.label = newValue }
    }
    public var required: Bool {
        get { storage.fields.required }
        set { ownStorage().fields.required = newValue }
    }
    public var defaultValue: YAMLNode? {
        get { storage.fields.defaultValue }
        set { ownStorage().fields.defaultValue = newValue }
    }
    public var min: Bound? {
        get { storage.fields.min }
        set { ownStorage().fields.min = newValue }
    }
    public var max: Bound? {
        get { storage.fields.max }
        set { ownStorage().fields.max = newValue }
    }
    public var pattern: Pattern? {
        get { storage.fields.pattern }
        set { ownStorage().fields.pattern = newValue }
    }
    public var unique: Bool {
        get { storage.fields.unique }
        set { ownStorage().fields.unique = newValue }
    }
    /// The taxonomy this field's values are terms of.
    public var taxonomy: String? {
        get { storage.fields.taxonomy }
        set { ownStorage().fields.taxonomy = newValue }
    }
    public var notBefore: String? {
        get { storage.fields.notBefore }
        set { ownStorage().fields.notBefore = newValue }
    }
    public var notAfter: String? {
        get { storage.fields.notAfter }
        set { ownStorage().fields.notAfter = newValue }
    }
    public var atMost: String? {
        get { storage.fields.atMost }
        set { ownStorage().fields.atMost = newValue }
    }
    /// Required unless every listed sibling field has the given value.
    public var requiredUnless: [(field: String, value: String)] {
        get { storage.fields.requiredUnless }
        set { ownStorage().fields.requiredUnless = newValue }
    }
    /// A sample value shown in hints and scaffolds.
    public var example: String? {
        get { storage.fields.example }
        set { ownStorage().fields.example = newValue }
    }
    /// Shown after numbers (`%`, `akad. val.`).
    public var unit: String? {
        get { storage.fields.unit }
        set { ownStorage().fields.unit = newValue }
    }
    /// Shown instead of a zero amount (`Nemokamai` for a price of 0).
    public var zeroLabel: String? {
        get { storage.fields.zeroLabel }
        set { ownStorage().fields.zeroLabel = newValue }
    }
    /// A sibling numeric field this one is measured against (`actual` of `target`): shown as % achieved.
    public var percentOf: String? {
        get { storage.fields.percentOf }
        set { ownStorage().fields.percentOf = newValue }
    }
    public var description: String? {
        get { storage.fields.description }
        set { ownStorage().fields.description = newValue }
    }
    /// Where the field is declared in site.yml.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { ownStorage().fields.location = newValue }
    }

    public init(name: String, type: FieldType, label: String, location: SourceLocation) {
        storage = Storage(Fields(name: name, type: type, label: label, location: location))
    }
}

/// Count forms of a noun for the three Lithuanian plural categories (1 projektas, 2 projektai, 10 projektų).
public struct CountForms: Sendable, Hashable {
    public var one: String
    public var few: String
    public var other: String

    public init(one: String, few: String, other: String) {
        self.one = one
        self.few = few
        self.other = other
    }
}

/// A collection declared under `collections:` in site.yml.
///
/// A class: schemas are looked up for every entry in every stage and never change after
/// site.yml is read, so a lookup costs one reference count, not one per property.
public final class CollectionSchema: Sendable {
    public let name: String
    /// Folder under `content/`.
    public let folder: String
    /// URL path of the collection index, with leading and trailing slash (`/projektai/`).
    public let path: String
    /// Heading of the collection (`Projektų registras`).
    public let title: String
    public let singular: String
    public let counts: CountForms
    public let description: String?
    /// Field to sort by, descending when `sortDescending`.
    public let sortField: String
    public let sortDescending: Bool
    public let pageSize: Int
    public let fields: [FieldSchema]
    /// The date that places an entry in time (feeds, "newest" lists); a dotted path.
    public let dateField: String?
    /// The text field shown as an entry's excerpt in lists.
    public let excerptField: String?
    /// Fields shown with each entry in lists.
    public let metaFields: [String]
    /// How many newest entries the home page shows (0: none).
    public let homeCount: Int
    public let timeline: Timeline?
    public let location: SourceLocation
    /// Feed, calendar, structured data and exports (see OutputSettings.swift).
    public let outputs: CollectionOutputs


    public init(
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

    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }
}

/// Status of an entry relative to the build's "now", from its dates: `planned` before `opens`,
/// `open` while a date of `deadlines` is ahead, `closed` after the last one.
public struct Timeline: Sendable {
    public enum Status: String, Sendable, CaseIterable { case planned, open, closed }
    /// Dotted path of the opening date (optional).
    public var opens: String?
    /// Dotted path of the deadline dates.
    public var deadlines: String
    public var labels: [Status: String]
    /// Whether pages count the days left to the next date ("liko 5 d."): true for calls, not for events.
    public var countdown: Bool

    /// What readers see for a status; site.yml must name every one, so the key is only a fallback.
    public func label(of status: Status) -> String { labels[status] ?? status.rawValue }
}

/// A generated list page: entries of one collection filtered and sorted (`/finansavimas/atviri/`).
public struct ViewSchema: Sendable {
    public var name: String
    public var title: String
    public var description: String?
    public var path: String
    public var collection: String
    /// Field (or `timeline`) → required value, all of which must hold.
    public var filter: [(field: String, value: String)]
    public var sortField: String
    public var sortDescending: Bool
    /// Columns of a table layout; empty for a list.
    public var columns: [String]
    /// How many entries the home page shows (0: none).
    public var homeCount: Int
    public var location: SourceLocation
}

/// A link of the main navigation.
public struct MenuItem: Sendable, Hashable {
    public var title: String
    public var path: String
}

/// A taxonomy: the terms of every field that declares `taxonomy: <name>`.
public struct TaxonomySchema: Sendable {
    public var name: String
    public var title: String
    public var path: String
    public var counts: CountForms?
    /// Display names of terms stored as slugs (`skaitmeninis-rastingumas: Skaitmeninis raštingumas`).
    public var labels: [String: String] = [:]

    /// The name a term is shown by.
    public func label(of term: String) -> String { labels[term] ?? term }
    public var location: SourceLocation
}

/// Site-wide settings from site.yml.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    public var baseURL: String
    public var language: String
    public var timeZone: String
    public var output: String
    /// `output` when site.yml names none.
    public static let defaultOutput = "public"
    public var unsafeHTML: Bool
    public var collections: [CollectionSchema]
    public var taxonomies: [TaxonomySchema]
    public var views: [ViewSchema] = []
    public var menu: [MenuItem] = []
    public var outputs = SiteOutputs()

    /// The path part of `base_url` (`/` or `/zinynas/`), prefixed to every internal link.
    public var basePath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    public func collection(_ name: String) -> CollectionSchema? { collections.first { $0.name == name } }
    public func taxonomy(_ name: String) -> TaxonomySchema? { taxonomies.first { $0.name == name } }
}
