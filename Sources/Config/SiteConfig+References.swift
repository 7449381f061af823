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
            if let other = seenPaths[collection.path] {
                diagnostics.append(
                    .error(
                        .samePath(collection: collection.name, path: collection.path, other: other), at: collection.location,
                        hint: .giveAnotherPath))
            }
            seenPaths[collection.path] = collection.name
            let sortHead = String(collection.sortField.split(separator: ".").first ?? "")
            if collection.field(sortHead) == nil {
                diagnostics.append(
                    .error(
                        .sortsByUnknown(collection: collection.name, field: sortHead),
                        at: collection.location,
                        hint: Suggestion.hint(
                            for: sortHead, in: collection.fields.map(\.name), noun: .fields)))
            }
            if collection.field("title") == nil {
                diagnostics.append(
                    .error(
                        .noTitleField(collection: collection.name), at: collection.location, hint: .addTitleField))
            }
            check(collection.fields, collectionNames: names, &diagnostics)
            for field in collection.fields where ["draft", "publish_date"].contains(field.name) {
                diagnostics.append(
                    .error(
                        .builtInField(field: field.name, collection: collection.name), at: field.location, hint: .builtInFieldHint))
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
                        .viewUnknownCollection(view: view.name, collection: view.collection), at: view.location,
                        hint: Suggestion.hint(for: view.collection, in: names, noun: .collections)))
                continue
            }
            var paths = view.filter.map { ("filter", $0.field) } + view.columns.map { ("columns", $0) }
            paths.append(("sort", view.sortField))
            for (key, path) in paths where !collection.hasPath(path) && !(path == "timeline" && collection.timeline != nil) {
                diagnostics.append(unknownPath(path, key: key, view: view.name, in: collection))
            }
            if let name = view.indicators {
                if case .indicator? = collection.field(name)?.type {} else {
                    let candidates = collection.fields.filter { if case .indicator = $0.type { true } else { false } }.map(\.name)
                    diagnostics.append(
                        .error(
                            .indicators(.notIndicatorField(view: view.name, name: name, collection: collection.name)),
                            at: view.location,
                            hint: .indicators(candidates.isEmpty ? .declareIndicatorField : .indicatorFields(candidates))))
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

    private func unknownPath(_ path: String, key: String, view: String? = nil, in collection: CollectionSchema) -> Diagnostic {
        .error(
            .unknownPath(key: key, view: view, path: path, collection: collection.name),
            at: collection.location,
            hint: Suggestion.hint(for: path, in: collection.fields.map(\.name), noun: .fields))
    }

    private func check(_ fields: [FieldSchema], collectionNames: [String], _ diagnostics: inout [Diagnostic]) {
        let siblings = fields.map(\.name)
        for field in fields {
            for (rule, target) in [("not_before", field.notBefore), ("not_after", field.notAfter), ("at_most", field.atMost), ("percent_of", field.percentOf)] {
                guard let target else { continue }
                let head = String(target.split(separator: ".").first ?? "")
                if !siblings.contains(head) {
                    diagnostics.append(
                        .error(
                            .ruleUnknownField(field: field.name, rule: rule, target: target, head: head),
                            at: field.location, hint: Suggestion.hint(for: head, in: siblings, noun: .fields)))
                }
            }
            for (name, _) in field.requiredUnless where !siblings.contains(name) {
                diagnostics.append(
                    .error(
                        .requiredUnlessUnknown(field: field.name, name: name),
                        at: field.location, hint: Suggestion.hint(for: name, in: siblings, noun: .fields)))
            }
            if field.taxonomy != nil, !field.type.canBeTaxonomy {
                diagnostics.append(
                    .error(
                        .notTaxonomyType(field: field.name),
                        at: field.location))
            }
            if field.unique, !field.type.isScalar {
                diagnostics.append(.error(.notUniqueType(field: field.name), at: field.location))
            }
            switch field.type {
            case .ref(let target) where !collectionNames.contains(target):
                diagnostics.append(
                    .error(
                        .refUnknownCollection(field: field.name, target: target), at: field.location,
                        hint: Suggestion.hint(for: target, in: collectionNames, noun: .collections)))
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
