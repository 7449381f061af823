import Diagnostics
import Support
import Text
import YAML

extension SiteConfig {
    /// Decodes site.yml, reporting every problem (unknown keys with "did you mean" hints included).
    package static func decode(_ root: YAMLNode) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard var reader = MappingReader(root, context: "site.yml", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let title = reader.string("title", required: true) ?? ""
        let description = reader.string("description")
        let baseURL = reader.siteURL("base_url") ?? "/"
        let language = reader.language("language") ?? "lt"
        let timeZone = reader.timeZone("time_zone") ?? "Europe/Vilnius"
        let output = reader.outputPath("output", .siteFolder) ?? defaultOutput
        var unsafeHTML = false
        if let markdown = reader.value("markdown"),
            var md = MappingReader(markdown, context: "'markdown'", diagnostics: &diagnostics)
        {
            unsafeHTML = md.bool("unsafe_html") ?? false
            diagnostics += md.finish()
        }
        var taxonomies: [TaxonomySchema] = []
        if let node = reader.value("taxonomies") {
            taxonomies = decodeTaxonomies(node, &diagnostics)
        }
        let menu = reader.value("menu").map { decodeMenu($0, &diagnostics) } ?? []
        var collections: [CollectionSchema] = []
        if let node = reader.value("collections") {
            if let pairs = node.pairs {
                for pair in pairs {
                    let name = pair.key.text ?? ""
                    if let c = decodeCollection(name, pair.value, at: pair.key.location, &diagnostics) {
                        collections.append(c)
                    }
                }
            } else {
                reader.error("'collections' must be a mapping of collection names to their settings", at: node)
            }
        } else {
            reader.missing("collections")
        }
        let views = reader.value("views").map { decodeViews($0, &diagnostics) } ?? []
        let datasets = reader.value("datasets").map { decodeDatasets($0, collections: collections.map(\.name), &diagnostics) } ?? []
        let charts = reader.value("charts").map { decodeCharts($0, datasets: datasets, &diagnostics) } ?? []
        let outputs = decodeSiteOutputs(&reader, &diagnostics)
        let keep = reader.value("keep").map { decodeKeep($0, &diagnostics) }
        diagnostics += reader.finish()
        var config = SiteConfig(
            title: title, description: description, baseURL: baseURL, language: language, timeZone: timeZone,
            output: output, unsafeHTML: unsafeHTML, collections: collections, taxonomies: taxonomies, views: views,
            menu: menu)
        config.outputs = outputs
        config.datasets = datasets
        config.charts = charts
        if let keep { config.keep = keep }
        diagnostics += config.resolveReferences()
        return (diagnostics.isEmpty ? config : nil, diagnostics)
    }

    static func decodeCounts(_ reader: inout MappingReader) -> CountForms? {
        guard let node = reader.value("counts") else { return nil }
        var diagnostics: [Diagnostic] = []
        guard var r = MappingReader(node, context: "'counts' of \(reader.context)", diagnostics: &diagnostics) else {
            reader.error("'counts' must list the forms one, few and other", at: node)
            return nil
        }
        let one = r.string("one", required: true)
        let few = r.string("few", required: true)
        let other = r.string("other", required: true)
        for d in r.finish() { reader.error(d.message, at: node, hint: d.hint) }
        guard let one, let few, let other else { return nil }
        return CountForms(one: one, few: few, other: other)
    }

    private static func decodeCollection(
        _ name: String, _ node: YAMLNode, at location: SourceLocation, _ diagnostics: inout [Diagnostic]
    ) -> CollectionSchema? {
        let context = "collection '\(name)'"
        guard var r = MappingReader(node, context: context, diagnostics: &diagnostics) else { return nil }
        let folder = r.contentFolder("folder") ?? name
        let path = r.outputPath("path", .folder) ?? "/\(Slug.make(name))/"
        let title = r.string("title", required: true) ?? name
        let singular = r.string("singular", required: true) ?? name
        let counts = decodeCounts(&r)
        if r.value("counts") == nil { r.missing("counts") }
        let description = r.string("description")
        let sort = r.string("sort") ?? "title"
        let pageSize = r.int("page_size") ?? 20
        if pageSize < 1, let n = r.value("page_size") { r.error("'page_size' must be at least 1", at: n) }
        var fields: [FieldSchema] = []
        if let fieldsNode = r.value("fields") {
            fields = decodeFields(fieldsNode, context: context, &diagnostics)
        } else {
            r.missing("fields")
        }
        let dateField = r.string("date")
        let excerptField = r.string("excerpt")
        let metaFields = stringList("meta", &r)
        let homeCount = r.int("home") ?? 0
        let timeline = r.value("timeline").flatMap { decodeTimeline($0, context: context, &diagnostics) }
        let outputs = decodeCollectionOutputs(&r, context: context, &diagnostics)
        diagnostics += r.finish()
        let descending = sort.hasPrefix("-")
        let sortField = descending ? String(sort.dropFirst()) : sort
        return CollectionSchema(
            name: name, folder: folder, path: path, title: title, singular: singular,
            counts: counts ?? CountForms(one: singular, few: singular, other: singular), description: description,
            sortField: sortField, sortDescending: descending, pageSize: pageSize, fields: fields, dateField: dateField,
            excerptField: excerptField, metaFields: metaFields, homeCount: homeCount, timeline: timeline,
            location: location, outputs: outputs)
    }

    static func stringList(_ key: String, _ r: inout MappingReader) -> [String] {
        guard let node = r.value(key) else { return [] }
        guard let items = node.items, items.allSatisfy({ $0.text != nil }) else {
            r.error("'\(key)' must be a list of field names, e.g. [status, funder]", at: node)
            return []
        }
        return items.compactMap(\.text)
    }

    private static func decodeTimeline(_ node: YAMLNode, context: String, _ diagnostics: inout [Diagnostic]) -> Timeline? {
        guard var r = MappingReader(node, context: "'timeline' of \(context)", diagnostics: &diagnostics) else { return nil }
        let opens = r.string("opens")
        let deadlines = r.string("deadlines", required: true)
        let countdown = r.bool("countdown") ?? true
        let starts = r.string("starts")
        let registration = r.string("registration")
        var labels: [Timeline.Status: String] = [:]
        var running: String?
        var registrationClosed: String?
        if let labelsNode = r.value("labels") {
            let labelsContext = "'labels' of the timeline of \(context)"
            if var l = MappingReader(labelsNode, context: labelsContext, diagnostics: &diagnostics) {
                for status in Timeline.Status.allCases { labels[status] = l.string(status.rawValue, required: true) }
                // The states `starts` and `registration` add are named only when they are on.
                running = l.string("running", required: starts != nil)
                registrationClosed = l.string("registration_closed", required: registration != nil)
                diagnostics += l.finish()
            }
        } else {
            r.missing("labels")
        }
        diagnostics += r.finish()
        guard let deadlines else { return nil }
        var timeline = Timeline(opens: opens, deadlines: deadlines, labels: labels, countdown: countdown)
        timeline.starts = starts
        timeline.registration = registration
        timeline.runningLabel = running
        timeline.registrationClosedLabel = registrationClosed
        return timeline
    }

    private static func decodeViews(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [ViewSchema] {
        guard let pairs = node.pairs else {
            diagnostics.append(.error("'views' must be a mapping of view names to settings", at: node.location, length: node.length))
            return []
        }
        return pairs.compactMap { pair in
            let name = pair.key.text ?? ""
            guard var r = MappingReader(pair.value, context: "view '\(name)'", diagnostics: &diagnostics) else { return nil }
            let title = r.string("title", required: true) ?? name
            let description = r.string("description")
            let path = r.outputPath("path", .folder, required: true) ?? "/"
            let collection = r.string("collection", required: true) ?? ""
            var filter: [(String, String)] = []
            if let f = r.value("filter") {
                if let fp = f.pairs, fp.allSatisfy({ $0.value.text != nil }) {
                    filter = fp.map { ($0.key.text ?? "", $0.value.text ?? "") }
                } else {
                    r.error("'filter' must map fields to values, e.g. {timeline: open}", at: f)
                }
            }
            let sort = r.string("sort") ?? "title"
            let columns = stringList("columns", &r)
            let homeCount = r.int("home") ?? 0
            let indicators = r.string("indicators")
            diagnostics += r.finish()
            let descending = sort.hasPrefix("-")
            return ViewSchema(
                name: name, title: title, description: description, path: path, collection: collection, filter: filter,
                sortField: descending ? String(sort.dropFirst()) : sort, sortDescending: descending, columns: columns,
                homeCount: homeCount, location: pair.key.location, indicators: indicators)
        }
    }

    static func decodeFields(_ node: YAMLNode, context: String, _ diagnostics: inout [Diagnostic]) -> [FieldSchema] {
        guard let pairs = node.pairs else {
            diagnostics.append(
                .error(
                    "'fields' of \(context) must be a mapping of field names to their settings", at: node.location,
                    length: node.length))
            return []
        }
        return pairs.compactMap { pair in
            decodeField(pair.key.text ?? "", pair.value, at: pair.key.location, context: context, &diagnostics)
        }
    }

    /// Decodes one field; `website: url` is shorthand for `website: {type: url}`.
    static func decodeField(
        _ name: String, _ node: YAMLNode, at location: SourceLocation, context: String,
        _ diagnostics: inout [Diagnostic]
    ) -> FieldSchema? {
        if let typeName = node.text {
            var none: MappingReader?
            return makeType(typeName, at: node, reader: &none, context: context, &diagnostics).map {
                FieldSchema(name: name, type: $0, label: name, location: location)
            }
        }
        let fieldContext = "field '\(name)' of \(context)"
        guard var reader = MappingReader(node, context: fieldContext, diagnostics: &diagnostics) else { return nil }
        guard let typeNode = reader.value("type"), let typeName = typeNode.text else {
            reader.missing("type")
            diagnostics += reader.finish()
            return nil
        }
        var typeReader: MappingReader? = reader
        let type = makeType(typeName, at: typeNode, reader: &typeReader, context: fieldContext, &diagnostics)
        var r = typeReader!
        guard let type else {
            diagnostics += r.finish()
            return nil
        }
        let label = r.string("label") ?? name
        var field = FieldSchema(name: name, type: Self.labelingItems(type, label), label: label, location: location)
        field.required = r.bool("required") ?? false
        field.defaultValue = r.value("default")
        field.unique = r.bool("unique") ?? false
        field.description = r.string("description")
        field.example = r.string("example")
        field.unit = r.string("unit")
        field.notBefore = r.string("not_before")
        field.notAfter = r.string("not_after")
        field.atMost = r.string("at_most")
        field.percentOf = r.string("percent_of")
        field.zeroLabel = r.string("zero")
        if let p = r.value("pattern"), let source = p.text {
            field.pattern = Pattern(source)
            if field.pattern == nil { r.error("'pattern' is not a valid regular expression", at: p) }
        }
        if let t = r.value("taxonomy") {
            switch t.resolved {
            case .bool(true): field.taxonomy = name
            case .bool(false): break
            case .string(let s): field.taxonomy = s
            default: r.error("'taxonomy' must be true or the name of a taxonomy", at: t)
            }
        }
        if let unless = r.value("required_unless") {
            if let pairs = unless.pairs, !pairs.isEmpty, pairs.allSatisfy({ $0.value.text != nil }) {
                field.requiredUnless = pairs.map { ($0.key.text ?? "", $0.value.text ?? "") }
            } else {
                r.error("'required_unless' must map a field to a value, e.g. {mode: online}", at: unless)
            }
        }
        field.min = bound("min", for: type, &r)
        field.max = bound("max", for: type, &r)
        diagnostics += r.finish()
        return field
    }

    /// Builds the type, reading the keys that only some types take (values, of, fields, collection, time).
    /// `reader` is `nil` for the shorthand `name: type`, where types that need settings are refused.
    private static func makeType(
        _ typeName: String, at node: YAMLNode, reader: inout MappingReader?, context: String,
        _ diagnostics: inout [Diagnostic]
    ) -> FieldType? {
        func needs(_ key: String, _ example: String) -> YAMLNode? {
            if let value = reader?.value(key) { return value }
            diagnostics.append(
                .error(
                    "a field of type '\(typeName)' needs '\(key)'", at: node.location, length: node.length,
                    hint: "write it in the long form, e.g. {type: \(typeName), \(key): \(example)}"))
            return nil
        }
        switch typeName {
        case "string": return .string
        case "text": return .text
        case "url": return .url
        case "email": return .email
        case "datetime": return .datetime
        case "integer": return .integer
        case "number": return .number
        case "money": return .money
        case "boolean": return .boolean
        case "image": return .image
        case "indicator": return .indicator(IndicatorField.decodeRules(&reader, &diagnostics))
        case "date":
            guard let time = reader?.value("time") else { return .date(timeAllowed: false) }
            switch time.text {
            case "optional": return .date(timeAllowed: true)
            case "none": return .date(timeAllowed: false)
            default:
                reader?.error("'time' must be 'optional' or 'none'", at: time)
                return nil
            }
        case "ref":
            guard let target = needs("collection", "bibliotekos") else { return nil }
            guard let name = target.text else {
                reader?.error("'collection' must name a collection", at: target)
                return nil
            }
            return .ref(collection: name)
        case "file":
            return FileRule.decode(&reader, at: node, &diagnostics).map { .file($0) }
        case "enum":
            guard let values = needs("values", "{a: Pirmas, b: Antras}") else { return nil }
            if let pairs = values.pairs, !pairs.isEmpty {
                return .enumeration(pairs.map { EnumValue(key: $0.key.text ?? "", label: $0.value.text ?? "") })
            }
            if let items = values.items, !items.isEmpty, items.allSatisfy({ $0.text != nil }) {
                return .enumeration(items.map { EnumValue(key: $0.text!, label: $0.text!) })
            }
            reader?.error("'values' must map each allowed value to its label, e.g. {county: Apskrities}", at: values)
            return nil
        case "list":
            guard let of = needs("of", "string") else { return nil }
            let itemContext = "the items of \(context)"
            guard let item = decodeField("item", of, at: of.location, context: itemContext, &diagnostics) else {
                return nil
            }
            return .list(item)
        case "object":
            guard let fields = needs("fields", "{name: string}") else { return nil }
            return .object(decodeFields(fields, context: context, &diagnostics))
        default:
            diagnostics.append(
                .error(
                    "unknown field type '\(typeName)'", at: node.location, length: node.length,
                    hint: Suggestion.hint(for: typeName, in: FieldType.names, noun: "types")))
            return nil
        }
    }

    /// List items without a label of their own are named after their list in messages.
    private static func labelingItems(_ type: FieldType, _ label: String) -> FieldType {
        guard case .list(var item) = type, item.label == item.name else { return type }
        item.label = label
        return .list(item)
    }

    private static func bound(_ key: String, for type: FieldType, _ r: inout MappingReader) -> Bound? {
        guard let node = r.value(key) else { return nil }
        switch type {
        case .date, .datetime:
            if let text = node.text, let date = LocalDate(iso: Substring(text)) { return .date(date) }
            r.error("'\(key)' of a date field must be a date (YYYY-MM-DD)", at: node)
        case .enumeration, .boolean, .ref, .object, .file, .image, .indicator:
            r.error("'\(key)' does not apply to this field's type", at: node)
        default:
            switch node.resolved {
            case .int(let i): return .number(Double(i))
            case .float(let f): return .number(f)
            default: r.error("'\(key)' must be a number", at: node)
            }
        }
        return nil
    }

    static func normalizedPath(_ path: String) -> String {
        var p = path.hasPrefix("/") ? path : "/" + path
        if !p.hasSuffix("/") { p += "/" }
        return p
    }
}
