import Config
import Foundation
import Support

/// `zinynas schema`: the editors' field reference (Markdown, Lithuanian) and a JSON Schema
/// per collection, both generated from site.yml so documentation never drifts from it.
package enum SchemaExport {
    /// File name → contents: `laukai.md` and `<collection>.schema.json` for each collection.
    package static func files(_ config: SiteConfig, today: LocalDate) -> [(name: String, text: String)] {
        var files = [("laukai.md", markdown(config, today: today))]
        for collection in config.collections {
            files.append(("\(collection.name).schema.json", json(jsonSchema(collection, config: config))))
        }
        return files
    }

    // MARK: - JSON Schema

    static func jsonSchema(_ collection: CollectionSchema, config: SiteConfig) -> [String: Any] {
        var schema = object(collection.fields + publishingFields(collection))
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        let base = config.baseURL.hasSuffix("/") ? config.baseURL : config.baseURL + "/"
        schema["$id"] = base + "schema/\(collection.name).schema.json"
        schema["title"] = collection.title
        if let description = collection.description { schema["description"] = description }
        return schema
    }

    static func publishingFields(_ collection: CollectionSchema) -> [FieldSchema] {
        [
            FieldSchema(name: "draft", type: .boolean, label: "Juodraštis", location: collection.location),
            FieldSchema(name: "publish_date", type: .date(timeAllowed: true), label: "Skelbti nuo", location: collection.location),
        ]
    }

    static func object(_ fields: [FieldSchema]) -> [String: Any] {
        var properties: [String: Any] = [:]
        var conditions: [[String: Any]] = []
        for field in fields {
            properties[field.name] = property(field)
            guard !field.requiredUnless.isEmpty else { continue }
            var ifProperties: [String: Any] = [:]
            for (name, value) in field.requiredUnless { ifProperties[name] = ["const": value] }
            conditions.append([
                "if": ["properties": ifProperties, "required": field.requiredUnless.map(\.field)],
                "else": ["required": [field.name]],
            ])
        }
        var schema: [String: Any] = [
            "type": "object", "properties": properties, "additionalProperties": false,
            "required": fields.filter(\.required).map(\.name),
        ]
        if !conditions.isEmpty { schema["allOf"] = conditions }
        return schema
    }

    static func property(_ field: FieldSchema) -> [String: Any] {
        var p = type(field)
        p["title"] = field.label
        if let description = field.description { p["description"] = description }
        return p
    }

    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let dateTimePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?$"

    static func type(_ field: FieldSchema) -> [String: Any] {
        var p: [String: Any]
        switch field.type {
        case .string, .text:
            p = ["type": "string", "minLength": field.required ? 1 : 0]
            if let pattern = field.pattern?.source { p["pattern"] = pattern.hasPrefix("^") ? pattern : "^(\(pattern))$" }
        case .url: p = ["type": "string", "format": "uri", "pattern": "^https?://"]
        case .email: p = ["type": "string", "format": "email"]
        case .date(let timeAllowed):
            p = timeAllowed
                ? ["type": "string", "anyOf": [["pattern": datePattern], ["pattern": dateTimePattern]]]
                : ["type": "string", "format": "date", "pattern": datePattern]
        case .datetime: p = ["type": "string", "pattern": dateTimePattern]
        case .integer: p = ["type": "integer"]
        case .number, .money: p = ["type": "number"]
        case .boolean: p = ["type": "boolean"]
        case .enumeration(let values): p = ["enum": values.map(\.key)]
        case .ref(let collection): p = ["type": "string", "minLength": 1, "description": "įrašo iš \(collection) failo vardas be .md"]
        case .file(let rule):
            let name: [String: Any] = ["type": "string", "pattern": "\\.(" + rule.extensions.joined(separator: "|") + ")$"]
            p = ["anyOf": [name, ["type": "object", "required": ["file"], "properties": ["file": name, "title": ["type": "string"]]]]]
        case .list(let item):
            var items = type(item)
            if items["minLength"] != nil { items["minLength"] = 1 }  // blank list items are errors
            p = ["type": "array", "items": items]
        case .object(let fields): p = object(fields)
        case .indicator:
            let number: [String: Any] = ["type": "number"]
            let year: [String: Any] = [
                "type": "object", "additionalProperties": false, "properties": ["target": number, "actual": number],
            ]
            let indicator: [String: Any] = [
                "type": "object", "required": ["name"], "additionalProperties": false,
                "properties": [
                    "name": ["type": "string", "minLength": 1], "unit": ["type": "string"], "baseline": number,
                    "target": ["type": "number", "minimum": 0], "actual": number,
                    "values": [
                        "type": "object", "minProperties": 1, "additionalProperties": false,
                        "patternProperties": ["^(199[0-9]|20[0-9][0-9]|2100)$": year],
                    ],
                ],
            ]
            p = ["type": "array", "items": indicator]
        case .image:
            p = [
                "type": "object", "required": ["src", "alt"], "additionalProperties": false,
                "properties": [
                    "src": ["type": "string", "minLength": 1, "description": "paveikslėlio failas šalia įrašo"],
                    "alt": ["type": "string", "description": "alternatyvusis tekstas; \"\" – dekoratyvus paveikslėlis"],
                ],
            ]
        }
        for (key, bound) in [("min", field.min), ("max", field.max)] {
            guard case .number(let n)? = bound else { continue }
            switch field.type {
            case .string, .text: p[key == "min" ? "minLength" : "maxLength"] = Int(n)
            case .list: p[key == "min" ? "minItems" : "maxItems"] = Int(n)
            default: p[key == "min" ? "minimum" : "maximum"] = n == n.rounded() ? Int(n) as Any : n as Any
            }
        }
        return p
    }

    static func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: - Markdown

    static func markdown(_ config: SiteConfig, today: LocalDate) -> String {
        var out = [
            "# Laukų žinynas", "",
            "Šis puslapis sugeneruotas komanda `zinynas schema` iš `site.yml`: jo neredaguokite ranka.",
            "Žvaigždutė (*) žymi privalomus laukus. Kiekvienas įrašas taip pat gali turėti `draft: true`",
            "(juodraštis, neskelbiamas) ir `publish_date` (skelbti nuo nurodytos datos).", "",
        ]
        for collection in config.collections {
            out += ["## \(collection.title)", "", "Aplankas `content/\(collection.folder)/`, adresas `\(collection.path)<failo-vardas>/`.", ""]
            if let description = collection.description { out += [description, ""] }
            out += ["| Laukas | Pavadinimas | Tipas | Privalomas | Leidžiamos reikšmės |", "|---|---|---|---|---|"]
            for field in collection.fields {
                let required = field.required ? "taip" : field.requiredUnless.isEmpty ? "" : "taip, nebent " + field.requiredUnless.map { "`\($0.field): \($0.value)`" }.joined(separator: ", ")
                out.append("| `\(field.name)` | \(field.label) | \(typeName(field.type)) | \(required) | \(allowed(field, config)) |")
            }
            out += ["", "Pavyzdys:", "", "```yaml", Scaffold.frontMatter(title: "Pavadinimas", collection: collection, today: today, taxonomies: config.taxonomies), "```", ""]
        }
        return out.joined(separator: "\n")
    }

    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .string: return "tekstas"
        case .text: return "ilgas tekstas"
        case .url: return "nuoroda (https://…)"
        case .email: return "el. paštas"
        case .date(let timeAllowed): return timeAllowed ? "data (YYYY-MM-DD) arba data ir laikas" : "data (YYYY-MM-DD)"
        case .datetime: return "data ir laikas (YYYY-MM-DDTHH:MM)"
        case .integer: return "sveikasis skaičius"
        case .number: return "skaičius"
        case .money: return "suma eurais (12500.50)"
        case .boolean: return "true / false"
        case .enumeration: return "viena iš reikšmių"
        case .ref(let collection): return "nuoroda į įrašą (\(collection))"
        case .file(let rule): return "failas (" + rule.kinds.map(\.rawValue).joined(separator: ", ") + ")"
        case .list(let item): return "sąrašas: \(typeName(item.type))"
        case .object(let fields): return "laukai: " + fields.map { "`\($0.name)`\($0.required ? "*" : "")" }.joined(separator: ", ")
        case .image: return "paveikslėlis: {src: failas, alt: tekstas}"
        case .indicator: return "rodikliai: `name`*, `unit`, `baseline`, `target`, `actual` arba `values` pagal metus"
        }
    }

    static func allowed(_ field: FieldSchema, _ config: SiteConfig) -> String {
        var parts: [String] = []
        if case .enumeration(let values) = field.type { parts.append(values.map { "`\($0.key)` (\($0.label))" }.joined(separator: ", ")) }
        if case .list(let item) = field.type, case .object(let fields) = item.type {
            parts += fields.compactMap { f in
                if case .enumeration(let values) = f.type { return "`\(f.name)`: " + values.map { "`\($0.key)`" }.joined(separator: ", ") }
                return nil
            }
        }
        if case .number(let n)? = field.min { parts.append("ne mažiau kaip \(Int(n))") }
        if case .number(let n)? = field.max { parts.append("ne daugiau kaip \(Int(n))") }
        if let pattern = field.pattern?.source { parts.append("šablonas `\(pattern)`") }
        if let example = field.example { parts.append("pvz. `\(example)`") }
        if field.unique { parts.append("nesikartoja") }
        if let other = field.notBefore { parts.append("ne anksčiau nei `\(other)`") }
        if let other = field.notAfter { parts.append("ne vėliau nei `\(other)`") }
        if let other = field.atMost { parts.append("ne daugiau nei `\(other)`") }
        if let terms = Scaffold.closedTerms(of: field, in: config.taxonomies, code: "`") {
            parts.append("taksonomija, tik: " + terms)
        } else if field.taxonomy != nil {
            parts.append("taksonomija")
        }
        return parts.joined(separator: "; ").replacingOccurrences(of: "|", with: "\\|")
    }
}
