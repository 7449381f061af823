import Diagnostics
/// Sample values per field type, for hints ("add a line 'kind: county'") and scaffolds.
package enum Placeholder {
    /// What `zinynas new` writes where only the editor knows the value: `check` reports every
    /// one left ("užpildykite" is Lithuanian for "fill in"), so a new file cannot pass unfilled.
    package static let unfilled = "UŽPILDYKITE"

    /// A value that would pass the field's type check, preferring the schema's `example`: a
    /// message, since some are words (a ref's "<slug of an entry in …>") in the hint's language.
    package static func example(for field: FieldSchema) -> Message {
        if let example = field.example { return .verbatim(example) }
        switch field.type {
        case .string, .text: return .verbatim("\"…\"")
        case .url: return .verbatim("https://…")
        case .email: return .verbatim("vardas@example.lt")
        case .date(let timeAllowed): return timeAllowed ? .sampleDateOrTime : .verbatim("2026-11-28")
        case .datetime: return .verbatim("2026-11-28T10:00")
        case .integer: return .verbatim("1")
        case .number: return .verbatim("1.5")
        case .money: return .verbatim("1000.00")
        case .boolean: return .verbatim("true")
        case .enumeration(let values): return .verbatim(values.first?.key ?? "…")
        case .ref(let collection): return .sampleEntry(collection: collection)
        case .file(let rule): return .verbatim(fileExample(rule))
        case .list(let item): return .sampleList(example(for: item))
        case .object(let fields): return .sampleMapping(keys: fields.map(\.name), values: fields.map { example(for: $0) })
        case .image: return .verbatim("{src: nuotrauka.jpg, alt: \"…\"}")
        case .indicator: return .verbatim("[{name: \"…\", unit: vnt., target: 10, actual: 8}]")
        }
    }

    /// A file a `file` field of `rule` takes (`dokumentas.pdf`).
    package static func fileExample(_ rule: FileRule) -> String { "dokumentas.\(rule.extensions.first ?? "pdf")" }

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
}
