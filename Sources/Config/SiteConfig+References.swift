import Diagnostics
import Text

extension SiteConfig {
    /// Checks names that point elsewhere in site.yml (ref targets, rule fields, sort fields,
    /// taxonomies) and declares taxonomies that fields name without a `taxonomies:` entry.
    mutating func resolveReferences() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let names = collections.map(\.name)
        var seenPaths: [String: String] = [:]
        for collection in collections {
            let context = "collection '\(collection.name)'"
            if let other = seenPaths[collection.path] {
                diagnostics.append(
                    .error(
                        "\(context) has the same path \(collection.path) as collection '\(other)'",
                        at: collection.location, hint: "give one of them another 'path'"))
            }
            seenPaths[collection.path] = collection.name
            let sortHead = String(collection.sortField.split(separator: ".").first ?? "")
            if collection.field(sortHead) == nil {
                diagnostics.append(
                    .error(
                        "\(context) sorts by '\(sortHead)', which is not one of its fields",
                        at: collection.location,
                        hint: Suggestion.hint(
                            for: sortHead, in: collection.fields.map(\.name), noun: "fields")))
            }
            if collection.field("title") == nil {
                diagnostics.append(
                    .error(
                        "\(context) has no 'title' field; every entry needs a title", at: collection.location,
                        hint: "add 'title: {type: string, required: true, label: Pavadinimas}'"))
            }
            check(collection.fields, collectionNames: names, &diagnostics)
            for field in collection.fields where ["draft", "publish_date"].contains(field.name) {
                diagnostics.append(
                    .error(
                        "field '\(field.name)' of \(context) is built in: every entry may set it", at: field.location,
                        hint: "remove it from 'fields', or give your field another name"))
            }
            var paths = [("date", collection.dateField), ("excerpt", collection.excerptField)]
            paths += collection.metaFields.map { ("meta", $0) }
            paths += [("timeline.opens", collection.timeline?.opens), ("timeline.deadlines", collection.timeline?.deadlines)]
            paths += [("timeline.starts", collection.timeline?.starts), ("timeline.registration", collection.timeline?.registration)]
            for case let (key, path?) in paths where !collection.hasPath(path) {
                diagnostics.append(unknownPath(path, key: key, in: collection))
            }
        }
        for view in views {
            guard let collection = collection(view.collection) else {
                diagnostics.append(
                    .error(
                        "view '\(view.name)' lists collection '\(view.collection)', which is not declared", at: view.location,
                        hint: Suggestion.hint(for: view.collection, in: names, noun: "collections")))
                continue
            }
            var paths = view.filter.map { ("filter", $0.field) } + view.columns.map { ("columns", $0) }
            paths.append(("sort", view.sortField))
            for (key, path) in paths where !collection.hasPath(path) && !(path == "timeline" && collection.timeline != nil) {
                diagnostics.append(unknownPath(path, key: "\(key)' of view '\(view.name)", in: collection))
            }
            if let name = view.indicators {
                if case .indicator? = collection.field(name)?.type {} else {
                    let candidates = collection.fields.filter { if case .indicator = $0.type { true } else { false } }.map(\.name)
                    diagnostics.append(
                        .error(
                            "'indicators' of view '\(view.name)' names '\(name)', which is not an indicator field of collection '\(collection.name)'",
                            at: view.location,
                            hint: candidates.isEmpty
                                ? "declare a field of type indicator in the collection, e.g. indicators: {type: indicator}"
                                : "indicator fields of the collection: " + candidates.joined(separator: ", ")))
                }
            }
        }
        for collection in collections {
            for field in collection.fields {
                guard let taxonomy = field.taxonomy, self.taxonomy(taxonomy) == nil else { continue }
                taxonomies.append(
                    TaxonomySchema(
                        name: taxonomy, title: field.label, path: "/\(Slug.make(taxonomy))/", counts: nil,
                        location: field.location))
            }
        }
        diagnostics += checkOutputs()
        return diagnostics
    }

    private func unknownPath(_ path: String, key: String, in collection: CollectionSchema) -> Diagnostic {
        .error(
            "'\(key)' names '\(path)', which is not a field of collection '\(collection.name)'",
            at: collection.location,
            hint: Suggestion.hint(for: path, in: collection.fields.map(\.name), noun: "fields"))
    }

    private func check(_ fields: [FieldSchema], collectionNames: [String], _ diagnostics: inout [Diagnostic]) {
        let siblings = fields.map(\.name)
        for field in fields {
            let context = "field '\(field.name)'"
            for (rule, target) in [("not_before", field.notBefore), ("not_after", field.notAfter), ("at_most", field.atMost), ("percent_of", field.percentOf)] {
                guard let target else { continue }
                let head = String(target.split(separator: ".").first ?? "")
                if !siblings.contains(head) {
                    diagnostics.append(
                        .error(
                            "\(context) has '\(rule): \(target)', but there is no field '\(head)' beside it",
                            at: field.location, hint: Suggestion.hint(for: head, in: siblings, noun: "fields")))
                }
            }
            for (name, _) in field.requiredUnless where !siblings.contains(name) {
                diagnostics.append(
                    .error(
                        "\(context) has 'required_unless' on '\(name)', which is not a field beside it",
                        at: field.location, hint: Suggestion.hint(for: name, in: siblings, noun: "fields")))
            }
            if field.taxonomy != nil, !field.type.canBeTaxonomy {
                diagnostics.append(
                    .error(
                        "\(context) cannot be a taxonomy: only text, enum fields and lists of them have terms",
                        at: field.location))
            }
            if field.unique, !field.type.isScalar {
                diagnostics.append(.error("\(context) cannot be unique: only single values can", at: field.location))
            }
            switch field.type {
            case .ref(let target) where !collectionNames.contains(target):
                diagnostics.append(
                    .error(
                        "\(context) refers to collection '\(target)', which is not declared", at: field.location,
                        hint: Suggestion.hint(for: target, in: collectionNames, noun: "collections")))
            case .list(let item):
                check([item], collectionNames: collectionNames, &diagnostics)
            case .object(let nested):
                check(nested, collectionNames: collectionNames, &diagnostics)
            default:
                break
            }
        }
    }
}

extension CollectionSchema {
    /// Whether a dotted path (`sessions.start`) names a field, reaching through lists and objects.
    package func hasPath(_ path: String) -> Bool {
        guard !path.isEmpty else { return false }
        var fields = self.fields
        for (index, part) in path.split(separator: ".").enumerated() {
            guard let field = fields.first(where: { $0.name == part }) else { return false }
            var type = field.type
            if case .list(let item) = type { type = item.type }
            if case .object(let nested) = type {
                fields = nested
            } else {
                return index == path.split(separator: ".").count - 1
            }
        }
        return true
    }
}

extension FieldType {
    var isScalar: Bool {
        switch self {
        case .list, .object: return false
        default: return true
        }
    }

    var canBeTaxonomy: Bool {
        switch self {
        case .string, .enumeration: return true
        case .list(let item): return item.type.canBeTaxonomy && item.type.isScalar
        default: return false
        }
    }
}
