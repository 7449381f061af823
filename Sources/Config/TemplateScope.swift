/// What the field paths of output settings can name at one place of site.yml: the entry's
/// fields and, inside `each` or calendar `events`, the current item's, innermost first.
///
/// A path walks into objects and lists (`sessions.start`, every session's start; `sessions.@first.start`,
/// the first one's) and through refs into the referred entry (`coordinator.title`, `coordinator.@url`).
struct TemplateScope {
    enum Level {
        case entry(CollectionSchema)
        /// An item of `each`: a list's item schema, or the single field itself.
        case item(FieldSchema)
    }

    /// What a path ends at.
    enum Target {
        case field(FieldSchema)
        case builtin(String)
    }

    /// Values every place knows: the entry's absolute URL, slug and description, the site's name and URL.
    static let entryBuiltins = ["@url", "@slug", "@description"]
    static let siteBuiltins = ["@site.title", "@site.url"]
    /// Path parts that pick one item of a list: `sessions.@first.start`, `sessions.@last.end`.
    static let positions = ["@first", "@last"]

    let config: SiteConfig
    private(set) var levels: [Level]

    init(config: SiteConfig, collection: CollectionSchema) {
        self.config = config
        levels = [.entry(collection)]
    }

    /// The scope inside `each: path`, or `nil` when the path names nothing to iterate.
    func entering(_ path: String) -> TemplateScope? {
        guard case .field(let field)? = resolve(path) else { return nil }
        var inner = self
        if case .list(let item) = field.type { inner.levels.append(.item(item)) } else { inner.levels.append(.item(field)) }
        return inner
    }

    func resolve(_ path: String) -> Target? {
        let parts = path.split(separator: ".").map(String.init)
        guard let head = parts.first else { return nil }
        if Self.siteBuiltins.contains(path) || (parts.count == 1 && Self.entryBuiltins.contains(head)) {
            return .builtin(path)
        }
        if head == "@value" {
            guard case .item(let item)? = levels.last else { return nil }
            return walk(item, parts.dropFirst())
        }
        for level in levels.reversed() {
            if let field = member(head, of: level) { return walk(field, parts.dropFirst()) }
        }
        return nil
    }

    /// Names a placeholder could have meant, for "did you mean" hints.
    var names: [String] {
        var names = Self.entryBuiltins + Self.siteBuiltins
        for level in levels {
            switch level {
            case .entry(let collection): names += collection.fields.map(\.name)
            case .item(let item): names += members(of: item.type).map(\.name) + ["@value"]
            }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    private func member(_ name: String, of level: Level) -> FieldSchema? {
        switch level {
        case .entry(let collection): return collection.field(name)
        case .item(let item): return members(of: item.type).first { $0.name == name }
        }
    }

    private func members(of type: FieldType) -> [FieldSchema] {
        switch type {
        case .list(let item): return members(of: item.type)
        case .object(let fields): return fields
        case .ref(let collection): return config.collection(collection)?.fields ?? []
        case .image: return ImageField.members
        case .indicator: return IndicatorField.members
        default: return []
        }
    }

    private func walk(_ start: FieldSchema, _ rest: ArraySlice<String>) -> Target? {
        var field = start
        for part in rest {
            if Self.positions.contains(part) {
                guard case .list(let item) = field.type else { return nil }
                field = item
                continue
            }
            var type = field.type
            if case .list(let item) = type { type = item.type }
            if case .ref = type, Self.entryBuiltins.contains(part), part == rest.last { return .builtin(part) }
            guard let next = members(of: type).first(where: { $0.name == part }) else { return nil }
            field = next
        }
        return .field(field)
    }
}
