import Config
import Foundation
import Support

/// A new entry's file for `zinynas new`: every required field to fill in (`UŽPILDYKITE`, which
/// `check` reports until it is replaced) or derived (`derived`: the next free register
/// number), enum values and labels in comments, optional fields commented out with examples.
package enum Scaffold {
    /// The front matter and a placeholder body for an entry titled `title` in `collection`.
    package static func entry(
        title: String, collection: CollectionSchema, today: LocalDate, taxonomies: [TaxonomySchema] = [],
        derived: [String: String] = [:]
    ) -> String {
        frontMatter(title: title, collection: collection, today: today, taxonomies: taxonomies, derived: derived)
            + "\n\nĮrašo tekstas.\n"
    }

    /// The `---` … `---` block alone (also the example in the generated field reference).
    /// Fields of closed `taxonomies` list their terms.
    package static func frontMatter(
        title: String, collection: CollectionSchema, today: LocalDate, taxonomies: [TaxonomySchema] = [],
        derived: [String: String] = [:]
    ) -> String {
        var output = ["---", "title: \(quoted(title))"]
        var optional: [String] = []
        for field in collection.fields where field.name != "title" {
            if field.required || !field.requiredUnless.isEmpty {
                output += lines(for: field, values: .toFill(derived), indent: "", taxonomies: taxonomies)
            } else {
                let block = lines(for: field, values: .examples(today), indent: "", taxonomies: taxonomies)
                optional += block.map { $0.hasPrefix("#") ? $0 : "# " + $0 }
            }
        }
        if !optional.isEmpty {
            output.append("# Neprivalomi laukai: ištrinkite # eilutės pradžioje, jei norite juos užpildyti.")
            output += optional
        }
        output.append("---")
        return output.joined(separator: "\n")
    }

    /// The YAML lines of one field: a comment with its label (and allowed values), then the value.
    /// What a line's value is: left for the editor (with derived ones filled in), or an example.
    enum Values {
        case toFill([String: String])
        case examples(LocalDate)
    }

    static func lines(for field: FieldSchema, values: Values, indent: String, taxonomies: [TaxonomySchema] = []) -> [String] {
        var comment = "\(indent)# \(field.label)"
        if !field.requiredUnless.isEmpty {
            comment += " (privaloma, nebent " + field.requiredUnless.map { "\($0.field): \($0.value)" }.joined(separator: ", ") + ")"
        }
        switch field.type {
        case .enumeration(let values):
            comment += ": " + values.map { "\($0.key) (\($0.label))" }.joined(separator: ", ")
        case .ref(let target):
            comment += ": įrašo iš \(target) failo vardas be .md"
        case .list(let item):
            if case .ref(let target) = item.type { comment += ": įrašų iš \(target) failų vardai be .md" }
        default:
            break
        }
        if let terms = closedTerms(of: field, in: taxonomies) { comment += ": tik " + terms }
        if let description = field.description { comment += " – \(description)" }
        switch field.type {
        case .list(let item):
            if case .object(let fields) = item.type {
                var block = [comment, "\(indent)\(field.name):"]
                let required = fields.filter(\.required)
                for (i, sub) in (required.isEmpty ? Array(fields.prefix(1)) : required).enumerated() {
                    let value = placeholder(sub, values)
                    block.append("\(indent)  \(i == 0 ? "- " : "  ")\(sub.name): \(value)")
                }
                return block
            }
            return [comment, "\(indent)\(field.name): [\(placeholder(item, values))]"]
        case .indicator:
            let members = IndicatorField.members
            return [
                comment, "\(indent)\(field.name):", "\(indent)  - name: \(placeholder(members[0], values))",
                "\(indent)    target: \(placeholder(members[3], values))",
            ]
        case .object(let fields):
            return [comment, "\(indent)\(field.name):"]
                + fields.filter(\.required).map { "\(indent)  \($0.name): \(placeholder($0, values))" }
        default:
            return [comment, "\(indent)\(field.name): \(placeholder(field, values))"]
        }
    }

    /// The value written for `field`: to fill in (a derived one, a boolean's `false`, else the
    /// mark `check` reports), or an example of the right type.
    static func placeholder(_ field: FieldSchema, _ values: Values) -> String {
        switch values {
        case .toFill(let derived):
            if let value = derived[field.name] { return value }
            if case .boolean = field.type { return "false" }
            return Placeholder.unfilled
        case .examples(let today):
            return example(field, today: today)
        }
    }

    /// A value of the right type, for an optional field's commented-out line.
    static func example(_ field: FieldSchema, today: LocalDate) -> String {
        if let example = field.example { return example }
        switch field.type {
        case .string, .text, .ref: return "\"\""
        case .file(let rule): return Placeholder.fileExample(rule)
        case .image: return "{src: \"\", alt: \"\"}"
        case .url: return "https://"
        case .email: return "vardas@example.lt"
        case .date: return today.description
        case .datetime: return "\(today)T10:00"
        case .integer: return field.min.flatMap { if case .number(let n) = $0 { return String(Int(n)) } else { return nil } } ?? "0"
        case .number, .money: return "0"
        case .boolean: return "false"
        case .enumeration(let values): return values.first?.key ?? "\"\""
        case .list, .object, .indicator: return "[]"
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `key (Label), …` of the terms a field of a closed taxonomy may hold; `nil` for other fields.
    static func closedTerms(of field: FieldSchema, in taxonomies: [TaxonomySchema], code: String = "") -> String? {
        guard let name = field.taxonomy, let taxonomy = taxonomies.first(where: { $0.name == name }), !taxonomy.isOpen else {
            return nil
        }
        return taxonomy.labels.sorted { $0.key < $1.key }.map { "\(code)\($0.key)\(code) (\($0.value))" }.joined(separator: ", ")
    }
}
