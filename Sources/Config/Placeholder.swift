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
    package static func describe(_ type: FieldType) -> String {
        switch type {
        case .string, .text, .url, .email, .ref, .enumeration: return "text"
        case .file: return "a file name, or {file: name, title: text}"
        case .date: return "a date written as YYYY-MM-DD"
        case .datetime: return "a date and time written as YYYY-MM-DDTHH:MM"
        case .integer: return "a whole number"
        case .number, .money: return "a number"
        case .boolean: return "true or false"
        case .list: return "a list"
        case .object: return "a mapping of 'key: value' lines"
        case .image: return "an image with its alt text: {src: nuotrauka.jpg, alt: \"…\"}"
        case .indicator: return "a list of indicators: - {name: …, unit: …, target: 10, actual: 8}"
        }
    }

    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
