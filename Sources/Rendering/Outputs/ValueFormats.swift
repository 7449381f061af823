import Config
import Content
import Foundation
import Model
import Text

/// Field values outside HTML, in the four forms the machine-readable outputs need.
///
/// - `display`: Lithuanian text for people (calendar descriptions): `2026 m. gruodžio 1 d.`, `12 500 €`.
/// - `cell`: spreadsheet cells: ISO dates, decimal comma without grouping (`12500,50`).
/// - `labelled`: JSON with the names readers see (enum labels, term labels, ref titles).
/// - `stored`: JSON as written in front matter, refs as `{slug, title, url}` (the JSON API).
/// A class: every renderer and closure that formats holds it, and a reference costs one
/// count where its URLs, clock and model cost several.
final class ValueFormats: Sendable {
    let model: SiteModel
    let urls: URLBuilder
    let clock: SiteClock

    init(model: SiteModel) {
        self.model = model
        urls = URLBuilder(config: model.config)
        clock = SiteClock(timeZone: model.config.timeZone)
    }

    /// The name readers see for enum keys, taxonomy terms and refs; `nil` for other values.
    func label(_ value: FieldValue, _ field: FieldSchema) -> String? {
        if case .list = value { return nil }
        if let name = field.taxonomy, let taxonomy = model.taxonomy(name) {
            return taxonomy.label(of: value.plainText)
        }
        switch (field.type, value) {
        case (.enumeration(let values), .enumeration(let key)): return values.first { $0.key == key }?.label ?? key
        case (.ref(let collection), .ref(let slug)):
            return model.index(of: collection, slug: slug).map { model.entry($0).title } ?? slug
        default: return nil
        }
    }

    func display(_ value: FieldValue, _ field: FieldSchema) -> String {
        if let label = label(value, field) { return label }
        switch value {
        case .money(let amount) where amount == 0 && field.zeroLabel != nil: return field.zeroLabel ?? ""
        case .integer(let n): return Lithuanian.quantity(Double(n), unit: field.unit)
        case .number(let n): return Lithuanian.quantity(n, unit: field.unit)
        case .list(let items): return items.map { display($0, field.itemSchema) }.joined(separator: ", ")
        case .object(let values): return describe(values, field) { display($0, $1) }
        default: return Lithuanian.display(value)
        }
    }

    func cell(_ value: FieldValue, _ field: FieldSchema) -> String {
        if let label = label(value, field) { return label }
        switch value {
        case .dateTime(let t): return t.description.replacingASCII("T", with: " ")
        case .money(let amount): return Self.decimal(amount).replacingASCII(".", with: ",")
        case .number: return value.plainText.replacingASCII(".", with: ",")
        case .bool(let b): return b ? "Taip" : "Ne"
        case .list(let items):
            let item = field.itemSchema
            if case .object = item.type { return items.map { cell($0, item) }.joined(separator: "; ") }
            return items.map { cell($0, item) }.joined(separator: ", ")
        case .object(let values): return describe(values, field) { cell($0, $1) }
        default: return value.plainText
        }
    }

    func labelled(_ value: FieldValue, _ field: FieldSchema) -> JSONValue {
        if let label = label(value, field) { return .string(label) }
        return json(value, field, nested: labelled)
    }

    func stored(_ value: FieldValue, _ field: FieldSchema) -> JSONValue {
        if case (.ref(let collection), .ref(let slug)) = (field.type, value) {
            var members: [(key: String, value: JSONValue)] = [("slug", .string(slug))]
            if let index = model.index(of: collection, slug: slug) {
                let target = model.entry(index)
                members += [("title", .string(target.title)), ("url", .string(urls.absolute(target.url)))]
            }
            return .object(members)
        }
        return json(value, field, nested: stored)
    }

    /// Money as a plain decimal with a point, cents only when there are any (`12500.50`, `45000`).
    static func decimal(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        let text = "\(rounded)"
        guard let dot = text.firstIndex(of: ".") else { return text }
        let cents = text[text.index(after: dot)...]
        return cents.count == 1 ? text + "0" : text
    }

    private func json(_ value: FieldValue, _ field: FieldSchema, nested: (FieldValue, FieldSchema) -> JSONValue) -> JSONValue {
        switch value {
        case .string(let s), .enumeration(let s), .ref(let s): return .string(s)
        case .date(let d): return .string(d.description)
        case .dateTime(let t): return .string(clock.rfc3339(t))
        case .integer(let n): return .number(String(n))
        case .number: return .number(value.plainText)
        case .money(let amount): return .number(Self.decimal(amount))
        case .bool(let b): return .bool(b)
        case .list(let items): return .array(items.map { nested($0, field.itemSchema) })
        case .object(let values):
            guard case .object(let fields) = field.type else { return .null }
            return .object(fields.compactMap { f in values[f.name].map { (f.name, nested($0, f)) } })
        }
    }

    /// An object as `Label: value` pairs in schema order.
    private func describe(_ values: FieldValues, _ field: FieldSchema, _ format: (FieldValue, FieldSchema) -> String) -> String {
        guard case .object(let fields) = field.type else { return "" }
        return fields.compactMap { f in values[f.name].map { "\(f.label): \(format($0, f))" } }.joined(separator: ", ")
    }
}

extension FieldSchema {
    /// The schema of a list's items (the field itself otherwise), under the list's label; a
    /// taxonomy list's items are its terms.
    var itemSchema: FieldSchema {
        guard case .list(var item) = type else { return self }
        if item.taxonomy == nil { item.taxonomy = taxonomy }
        item.label = label
        return item
    }
}
