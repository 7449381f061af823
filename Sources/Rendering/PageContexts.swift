import Content
import Synchronization
import Templates

/// Template contexts as dictionaries (never `Mirror`): what every layout can use.
/// The keys are documented in docs/templates.md.
struct PageContexts {
    let model: SiteModel
    let urls: URLBuilder
    let formatter: FieldFormatter
    let evaluator: TemplateEvaluator

    /// Entries' list forms, each built and converted once: an entry appears on many pages (its
    /// collection, its terms, back-references, the home page).
    private let summaries = Summaries()

    /// `site`, the same on every page: made once.
    private let site: TemplateValue

    init(model: SiteModel) {
        self.model = model
        let urls = URLBuilder(config: model.config)
        self.urls = urls
        formatter = FieldFormatter(model: model, urls: urls)
        evaluator = TemplateEvaluator(formats: ValueFormats(model: model))
        site = Self.site(model.config, urls: urls, now: model.now)
    }

    private static func site(_ config: SiteConfig, urls: URLBuilder, now: LocalDateTime) -> TemplateValue {
        var site: [String: Any] = [
            "title": config.title, "base": config.basePath, "language": config.language,
            "home": urls.page("/"), "search": urls.page("/paieska/"),
            "updated": Lithuanian.longDate(now.date), "updatedISO": now.date.description,
        ]
        if let description = config.description { site["description"] = description }
        if config.collections.contains(where: \.outputs.feed) { site["feed"] = urls.page(config.outputs.feedPath) }
        return TemplateValue(site)
    }

    /// List forms made on first use, from any rendering thread: an incremental build renders
    /// few lists, so most entries' forms are never needed.
    private final class Summaries: Sendable {
        private let made = Mutex<[Int: TemplateValue]>([:])

        func summary(_ index: Int, make: () -> TemplateValue) -> TemplateValue {
            if let known = made.withLock({ $0[index] }) { return known }
            let summary = make()  // outside the lock; two threads may make one twice, alike
            made.withLock { $0[index] = summary }
            return summary
        }
    }

    var config: SiteConfig { model.config }

    /// Keys every page has: `site`, `page`, `menu`, `breadcrumbs`.
    func page(
        title: String, path: String, kind: String, description: String? = nil, breadcrumbs: [(String, String)] = []
    ) -> [String: Any] {
        let menu: [[String: Any]] = config.menu.map { item in
            let current = item.path == "/" ? path == "/" : path.hasPrefix(item.path)
            return ["title": item.title, "url": urls.page(item.path), "current": current]
        }
        var crumbs: [[String: Any]] = []
        if path != "/" { crumbs.append(["title": "Pradžia", "url": urls.page("/")]) }
        crumbs += breadcrumbs.map { ["title": $0.0, "url": urls.page($0.1)] }
        var page: [String: Any] = [
            "title": title, "url": urls.page(path), "canonical": urls.absolute(path), "kind": kind,
            "isHome": path == "/", "ogType": kind == "entry" ? "article" : "website",
        ]
        // Every page gets a description for search results and link previews.
        page["description"] = description ?? config.description ?? title
        // Lists sit under the page's h1, so their entries' titles are h2; pages that group
        // lists under h2 (home) or h3 (back-references) raise it.
        return [
            "site": site, "page": page, "menu": menu, "breadcrumbs": crumbs, "hasBreadcrumbs": !crumbs.isEmpty,
            "summaryLevel": 2,
        ]
    }

    // MARK: - Entries

    func schema(of entry: Entry) -> CollectionSchema? { entry.collection.flatMap(config.collection) }

    /// A short form of an entry for lists: title, URL, date, excerpt, meta fields, timeline.
    func summary(_ index: Int) -> TemplateValue { summaries.summary(index) { TemplateValue(makeSummary(index)) } }

    private func makeSummary(_ index: Int) -> [String: Any] {
        let entry = model.entry(index)
        var result: [String: Any] = ["title": entry.title, "url": urls.page(entry.url), "isDraft": entry.isDraft]
        guard let schema = schema(of: entry) else { return result }
        result["collection"] = schema.singular
        result["collectionTitle"] = schema.title
        if let path = schema.dateField,
            let value = SiteModel.values(path, in: entry.fields).first
        {
            result["date"] = formatter.html(scalar: value, field: dateSchema(path, in: schema))
        }
        if let field = schema.excerptField, let text = entry.fields[field]?.plainText {
            result["excerpt"] = Self.excerpt(text)
        } else if !entry.body.plainText.isEmpty {
            result["excerpt"] = Self.excerpt(entry.body.plainText)
        }
        let meta: [[String: Any]] = schema.metaFields.compactMap { name in
            guard let field = schema.field(name), let value = entry.fields[name],
                let html = formatter.html(value, field: field)
            else { return nil }
            return ["label": field.label, "html": html]
        }
        result["meta"] = meta
        result["hasMeta"] = !meta.isEmpty
        if let timeline = timeline(index, schema: schema) { result["timeline"] = timeline }
        return result
    }

    private func dateSchema(_ path: String, in schema: CollectionSchema) -> FieldSchema {
        let head = String(path.split(separator: ".").first ?? "")
        return schema.field(head) ?? FieldSchema(name: head, type: .date(timeAllowed: true), label: "", location: schema.location)
    }

    func timeline(_ index: Int, schema: CollectionSchema) -> [String: Any]? {
        guard let state = model.timelines[index], let timeline = schema.timeline else { return nil }
        var result: [String: Any] = [
            "status": state.status.rawValue, "label": timeline.labels[state.status] ?? state.status.rawValue,
            "isOpen": state.status == .open, "isPlanned": state.status == .planned, "isClosed": state.status == .closed,
        ]
        if let next = state.next {
            result["next"] = formatter.html(scalar: next, field: FieldSchema(name: "next", type: .date(timeAllowed: true), label: "", location: schema.location))
        }
        result["deadline"] = timeline.countdown
        if let days = state.daysLeft, state.status == .open, timeline.countdown {
            result["daysLeft"] = days == 0 ? "paskutinė diena" : "liko \(Lithuanian.integer(days)) d."
        }
        return result
    }

    /// The full context of an entry page.
    func entry(_ index: Int) -> [String: Any] {
        let entry = model.entry(index)
        let schema = schema(of: entry)
        var crumbs: [(String, String)] = []
        if let schema { crumbs.append((schema.title, schema.path)) }
        var context = page(
            title: entry.title, path: entry.url, kind: schema == nil ? "page" : "entry",
            description: Self.description(of: entry, schema: schema), breadcrumbs: crumbs)
        var data: [String: Any] = [
            "title": entry.title, "url": urls.page(entry.url), "body": entry.body.html, "slug": entry.slug,
            "isDraft": entry.isDraft,
        ]
        if let updated = entry.updated {
            data["updated"] = "<time datetime=\"\(updated)\">\(Lithuanian.longDate(updated))</time>"
        }
        let toc: [[String: Any]] = entry.body.headings.filter { $0.level <= 3 }.map {
            ["level": $0.level, "text": $0.text, "id": $0.id, "isSub": $0.level > 2]
        }
        data["toc"] = toc
        data["hasToc"] = toc.count >= 2
        if let schema {
            data["collection"] = ["name": schema.name, "title": schema.title, "singular": schema.singular, "url": urls.page(schema.path)]
            var fields: [[String: Any]] = []
            var byName: [String: Any] = [:]
            for field in schema.fields where field.name != "title" {
                guard let value = entry.fields[field.name], let html = formatter.html(value, field: field) else { continue }
                fields.append(["name": field.name, "label": field.label, "html": html])
                byName[field.name] = html
            }
            data["fields"] = fields
            data["f"] = byName
            if let timeline = timeline(index, schema: schema) { data["timeline"] = timeline }
            if let calendar = entryCalendar(index) { data["calendar"] = calendar }
        }
        let groups: [[String: Any]] = (model.backReferences[index] ?? []).compactMap { group in
            guard let source = config.collection(group.collection) else { return nil }
            return [
                "title": "\(source.title): \(group.fieldLabel.lowercasedFirst)",
                "entries": group.entries.map(summary),
            ]
        }
        data["backrefs"] = groups
        data["hasBackrefs"] = !groups.isEmpty
        context["summaryLevel"] = 4
        context["entry"] = data
        if var page = context["page"] as? [String: Any] {
            page["jsonld"] = jsonld(index)
            context["page"] = page
        }
        return context
    }

    /// What a page is about, for `<meta name="description">` and structured data: its
    /// `description` field, else its collection's excerpt field, else the start of its body.
    static func description(of entry: Entry, schema: CollectionSchema?) -> String? {
        if let text = entry.fields["description"]?.plainText { return text }
        if let text = schema?.excerptField.flatMap({ entry.fields[$0]?.plainText }) { return excerpt(text) }
        return entry.body.plainText.isEmpty ? nil : excerpt(entry.body.plainText)
    }

    /// The first sentences of a text, at most about 240 characters, cut at a word.
    static func excerpt(_ text: String, limit: Int = 240) -> String {
        // Only the beginning matters: never split a whole long body. Runs of line breaks
        // become one space (none at the ends); ASCII is tested without a Unicode lookup.
        var flat = ""
        var count = 0
        var pendingSpace = false
        for character in text.prefix(limit * 2) {
            if character.asciiValue.map({ (0x0A...0x0D).contains($0) }) ?? character.isNewline {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            flat.append(character)
            count += 1
        }
        // Counted again: a space before a combining mark joins it into one character.
        guard count > limit, flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        var end = cut.lastIndex(of: " ") ?? cut.endIndex
        while end > cut.startIndex, ",.;:–-".contains(cut[cut.index(before: end)]) { end = cut.index(before: end) }
        return String(cut[..<end]) + "…"
    }
}

extension String {
    /// `Koordinatorius` → `koordinatorius`, for labels inside a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
