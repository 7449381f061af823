import Diagnostics
import Foundation
import Support
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
    /// An attachment: a bundle file or a path under `static/` (`FileRule`).
    case file(FileRule)
    /// A raster image (a cover photo, a logo): `{src: nuotrauka.jpg, alt: "…"}`, where `alt: ""`
    /// marks it decorative (see `ImageField`).
    case image
    /// Indicators with targets and actual values (per year or final), and the thresholds of
    /// their progress states (see `IndicatorField`).
    case indicator(IndicatorRules)

    package static let names = [
        "string", "text", "date", "datetime", "integer", "number", "money", "boolean", "url", "email", "enum", "list",
        "object", "ref", "file", "image", "indicator",
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
