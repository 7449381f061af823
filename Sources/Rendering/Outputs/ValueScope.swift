import Config
import Content
import Model

/// What a field path leads to in an entry.
enum Resolved {
    /// A field's value; a ref stays a value (its text is the title) until a path looks inside.
    case value(FieldValue, FieldSchema)
    /// A built-in value (`@url`).
    case text(String)
}

/// Where placeholders find values while filling a template for one entry: the entry, then
/// the items of enclosing `each` (or calendar `events`), innermost first.
///
/// The runtime twin of Content's `TemplateScope`, which checked every path when site.yml was
/// read: a name is looked up by schema, so an absent value never falls through to outer levels.
struct ValueScope {
    enum Level {
        case entry(Int)
        case item(Resolved)
    }

    /// Shared by every scope of a build, so entering an item copies one reference, not the model.
    final class Site: Sendable {
        let model: SiteModel
        let urls: URLBuilder
        /// Field schemas by collection and name: the hot lookup copies no schema.
        let fields: [String: [String: FieldSchema]]

        init(_ model: SiteModel) {
            self.model = model
            urls = URLBuilder(config: model.config)
            fields = Dictionary(
                uniqueKeysWithValues: model.config.collections.map { schema in
                    (schema.name, Dictionary(schema.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
                })
        }
    }

    let site: Site
    private(set) var levels: [Level]
    var model: SiteModel { site.model }
    var urls: URLBuilder { site.urls }

    init(site: Site, entry: Int) {
        self.site = site
        levels = [.entry(entry)]
    }

    func entering(_ item: Resolved) -> ValueScope {
        var inner = self
        inner.levels.append(.item(item))
        return inner
    }

    /// Every value at `path`, lists flattened into their items.
    func values(_ path: String) -> [Resolved] {
        // Most paths are one name: not split, since every template asks for each entry.
        let parts = path.utf8.contains(UInt8(ascii: ".")) ? path.split(separator: ".").map(String.init) : [path]
        guard let head = parts.first else { return [] }
        switch path {
        case "@site.title": return [.text(model.config.title)]
        case "@site.url": return [.text(urls.absolute("/"))]
        default: break
        }
        if parts.count == 1, head.hasPrefix("@"), head != "@value" {
            return nearestEntry().flatMap { builtin(head, of: $0) }.map { [$0] } ?? []
        }
        var current: [Resolved]
        if head == "@value" {
            guard case .item(let item)? = levels.last else { return [] }
            current = [item]
        } else {
            guard let found = levels.reversed().lazy.compactMap({ self.member(head, of: $0) }).first else { return [] }
            current = found
        }
        for part in parts.dropFirst() { current = current.flatMap { step($0, part) } }
        return current.flatMap(flatten)
    }

    /// The values of `name` at one level, or `nil` when the level's schema has no such name.
    private func member(_ name: String, of level: Level) -> [Resolved]? {
        switch level {
        case .entry(let index): return field(name, of: index)
        case .item(let item):
            if let index = entryIndex(item) { return field(name, of: index) }
            guard case .value(let value, let schema) = item, case .object(let fields) = schema.type,
                let field = fields.first(where: { $0.name == name })
            else { return nil }
            guard case .object(let values) = value else { return [] }
            return values[name].map { [.value($0, field)] } ?? []
        }
    }

    private func field(_ name: String, of index: Int) -> [Resolved]? {
        // The entry, not the array of entries: copying that retained one count all cores share.
        let entry = site.model.entry(index)
        guard let collection = entry.collection, let field = site.fields[collection]?[name] else { return nil }
        return entry.fields[name].map { [.value($0, field)] } ?? []
    }

    private func step(_ resolved: Resolved, _ part: String) -> [Resolved] {
        if case .value(.list(let items), let schema) = resolved {
            switch part {
            case "@first": return items.first.map { [.value($0, schema.itemSchema)] } ?? []
            case "@last": return items.last.map { [.value($0, schema.itemSchema)] } ?? []
            default: break
            }
            return items.flatMap { step(.value($0, schema.itemSchema), part) }
        }
        if let index = entryIndex(resolved), part.hasPrefix("@") { return builtin(part, of: index).map { [$0] } ?? [] }
        return member(part, of: .item(resolved)) ?? []
    }

    /// Lists become their items; refs stay values (their labels are the titles) until a path
    /// or `each` looks inside them.
    private func flatten(_ resolved: Resolved) -> [Resolved] {
        guard case .value(.list(let items), let schema) = resolved else { return [resolved] }
        return items.flatMap { flatten(.value($0, schema.itemSchema)) }
    }

    /// The entry a ref stands for.
    func entryIndex(_ resolved: Resolved) -> Int? {
        guard case .value(.ref(let slug), let schema) = resolved, case .ref(let collection) = schema.type else { return nil }
        return model.index(of: collection, slug: slug)
    }

    private func nearestEntry() -> Int? {
        for level in levels.reversed() {
            switch level {
            case .entry(let index): return index
            case .item(let item): if let index = entryIndex(item) { return index }
            }
        }
        return nil
    }

    private func builtin(_ name: String, of index: Int) -> Resolved? {
        let entry = model.entry(index)
        switch name {
        case "@url": return .text(urls.absolute(entry.url))
        case "@slug": return .text(entry.slug)
        case "@description":
            let schema = entry.collection.flatMap(model.collection)
            return PageContexts.description(of: entry, schema: schema).map(Resolved.text)
        default: return nil
        }
    }
}
