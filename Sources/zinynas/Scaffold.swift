import Config
import Foundation
import Support

/// A new entry's file for `zinynas new`: every required field with a typed placeholder,
/// enum values and labels in comments, optional fields commented out.
package enum Scaffold {
    /// The front matter and a placeholder body for an entry titled `title` in `collection`.
    package static func entry(title: String, collection: CollectionSchema, today: LocalDate) -> String {
        frontMatter(title: title, collection: collection, today: today) + "\n\nĮrašo tekstas.\n"
    }

    /// The `---` … `---` block alone (also the example in the generated field reference).
    package static func frontMatter(title: String, collection: CollectionSchema, today: LocalDate) -> String {
        var output = ["---", "title: \(quoted(title))"]
        var optional: [String] = []
        for field in collection.fields where field.name != "title" {
            let block = lines(for: field, today: today, indent: "")
            if field.required || !field.requiredUnless.isEmpty {
                output += block
            } else {
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
    static func lines(for field: FieldSchema, today: LocalDate, indent: String) -> [String] {
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
        if let description = field.description { comment += " – \(description)" }
        switch field.type {
        case .list(let item):
            if case .object(let fields) = item.type {
                var block = [comment, "\(indent)\(field.name):"]
                let required = fields.filter(\.required)
                for (i, sub) in (required.isEmpty ? Array(fields.prefix(1)) : required).enumerated() {
                    let value = placeholder(sub, today: today)
                    block.append("\(indent)  \(i == 0 ? "- " : "  ")\(sub.name): \(value)")
                }
                return block
            }
            return [comment, "\(indent)\(field.name): [\(placeholder(item, today: today))]"]
        case .object(let fields):
            return [comment, "\(indent)\(field.name):"]
                + fields.filter(\.required).map { "\(indent)  \($0.name): \(placeholder($0, today: today))" }
        default:
            return [comment, "\(indent)\(field.name): \(placeholder(field, today: today))"]
        }
    }

    /// A value of the right type; text and refs are left for the editor to fill in.
    static func placeholder(_ field: FieldSchema, today: LocalDate) -> String {
        if let example = field.example { return example }
        switch field.type {
        case .string, .text, .ref: return "\"\""
        case .image: return "{src: \"\", alt: \"\"}"
        case .url: return "https://"
        case .email: return "vardas@example.lt"
        case .date: return today.description
        case .datetime: return "\(today)T10:00"
        case .integer: return field.min.flatMap { if case .number(let n) = $0 { return String(Int(n)) } else { return nil } } ?? "0"
        case .number, .money: return "0"
        case .boolean: return "false"
        case .enumeration(let values): return values.first?.key ?? "\"\""
        case .list, .object: return "[]"
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
