import Diagnostics
/// Sample values per field type, for hints ("add a line 'kind: county'") and scaffolds.
package enum Placeholder {
    /// What `zinynas new` writes where only the editor knows the value: `check` reports every
    /// one left ("užpildykite" is Lithuanian for "fill in"), so a new file cannot pass unfilled.
    package static let unfilled = "UŽPILDYKITE"

    /// A value that would pass the field's type check, preferring the schema's `example`.
    package static func example(for field: FieldSchema) -> String {
        if let example = field.example { return example }
        switch field.type {
        case .string, .text: return "\"…\""
        case .url: return "https://…"
        case .email: return "vardas@example.lt"
        case .date(let timeAllowed): return timeAllowed ? "2026-11-28 (or 2026-11-28T10:00)" : "2026-11-28"
        case .datetime: return "2026-11-28T10:00"
        case .integer: return "1"
        case .number: return "1.5"
        case .money: return "1000.00"
        case .boolean: return "true"
        case .enumeration(let values): return values.first?.key ?? "…"
        case .ref(let collection): return "<slug of an entry in \(collection)>"
        case .file(let rule): return "dokumentas.\(rule.extensions.first ?? "pdf")"
        case .list(let item): return "[\(example(for: item))]"
        case .object(let fields): return "{" + fields.map { "\($0.name): \(example(for: $0))" }.joined(separator: ", ") + "}"
        case .image: return "{src: nuotrauka.jpg, alt: \"…\"}"
        case .indicator: return "[{name: \"…\", unit: vnt., target: 10, actual: 8}]"
        }
    }

    /// What a value of the type looks like, for "must be …" messages.
    package static func describe(_ type: FieldType) -> Message {
        switch type {
        case .string, .text, .url, .email, .ref, .enumeration: return .expectText
        case .file: return .expectFile
        case .date: return .expectDate
        case .datetime: return .expectDateTime
        case .integer: return .expectInteger
        case .number, .money: return .expectNumber
        case .boolean: return .expectBoolean
        case .list: return .expectList
        case .object: return .expectMapping
        case .image: return .expectImage
        case .indicator: return .expectIndicator
        }
    }

    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
