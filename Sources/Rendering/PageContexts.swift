import Config
import Content
import Model
import Support
import Synchronization
import Templates
import Text

/// A page's template context: built as template values, so rendering converts nothing.
typealias Context = [String: TemplateValue]

/// Template contexts as dictionaries (never `Mirror`): what every layout can use.
/// The keys are documented in docs/templates.md.
struct PageContexts {
    /// Settings are read as `model.config.…`: a copy of all of them (`let config = …`) would
    /// retain every list in them, on counts that every core shares.
    let model: SiteModel
    let urls: URLBuilder
    let formatter: FieldFormatter
    let evaluator: TemplateEvaluator

    /// Entries' list forms, each built and converted once: an entry appears on many pages (its
    /// collection, its terms, back-references, the home page).
    private let summaries = Summaries()

    /// `site`, the same on every page: made once.
    private let site: TemplateValue

    /// The processed images, shown as `<picture>` with their widths.
    let images: ImageTable

    /// `data` and `entry_data`, made once; given only to the pages whose templates show them
    /// (`withData`), so no other page's context, nor its key, holds them.
    let datasets: DatasetContexts

    init(model: SiteModel, images: ImageTable = ImageTable()) {
        self.model = model
        let urls = URLBuilder(config: model.config)
        self.urls = urls
        self.images = images
        formatter = FieldFormatter(model: model, urls: urls, images: images)
        evaluator = TemplateEvaluator(formats: ValueFormats(model: model))
        site = Self.site(model.config, urls: urls, now: model.now)
        datasets = DatasetContexts(model: model, urls: urls)
    }

    private static func site(_ config: SiteConfig, urls: URLBuilder, now: LocalDateTime) -> TemplateValue {
        var site: Context = [
            "title": .string(config.title), "base": .string(config.basePath), "language": .string(config.language),
            "home": .string(urls.page("/")), "search": .string(urls.page("/paieska/")),
            "updated": .string(Lithuanian.longDate(now.date)), "updatedISO": .string(now.date.description),
        ]
        if let description = config.description { site["description"] = .string(description) }
        // Every taxonomy index and view, for a footer that puts them one click from any page.
        site["taxonomies"] = .list(config.taxonomies.map { ["title": .string($0.title), "url": .string(urls.page($0.path))] })
        site["views"] = .list(config.views.map { ["title": .string($0.title), "url": .string(urls.page($0.path))] })
        if config.collections.contains(where: \.outputs.feed) { site["feed"] = .string(urls.page(config.outputs.feedPath)) }
        return .object(site)
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

    /// `context` with `data` and `charts` (every dataset) and, on an entry's page,
    /// `entry_data` and `entry_charts` (its rows), as its template shows them.
    func withData(_ context: Context, entry: Int?, data: Bool, entryData: Bool) -> Context {
        guard !model.site.datasets.isEmpty, data || entryData else { return context }
        var context = context
        if data {
            context["data"] = datasets.data
            context["charts"] = datasets.charts
        }
        if entryData, let entry {
            context["entry_data"] = datasets.entryData(entry, urls: urls)
            context["entry_charts"] = datasets.entryCharts(entry)
        }
        return context
    }

    /// Keys every page has: `site`, `page`, `menu`, `breadcrumbs`.
    func page(
        title: String, path: String, kind: String, description: String? = nil, breadcrumbs: [(String, String)] = []
    ) -> Context {
        let menu: [TemplateValue] = model.config.menu.map { item in
            let current = item.path == "/" ? path == "/" : path.hasPrefix(item.path)
            return ["title": .string(item.title), "url": .string(urls.page(item.path)), "current": .bool(current)]
        }
        var crumbs: [TemplateValue] = []
        if path != "/" { crumbs.append(["title": "Pradžia", "url": .string(urls.page("/"))]) }
        crumbs += breadcrumbs.map { ["title": .string($0.0), "url": .string(urls.page($0.1))] }
        let page: Context = [
            "title": .string(title), "url": .string(urls.page(path)), "canonical": .string(urls.absolute(path)),
            "kind": .string(kind), "isHome": .bool(path == "/"), "ogType": kind == "entry" ? "article" : "website",
            // Every page gets a description for search results and link previews.
            "description": .string(description ?? model.config.description ?? title),
        ]
        // Lists sit under the page's h1, so their entries' titles are h2; pages that group
        // lists under h2 (home) or h3 (back-references) raise it.
        return [
            "site": site, "page": .object(page), "menu": .list(menu), "breadcrumbs": .list(crumbs),
            "hasBreadcrumbs": .bool(!crumbs.isEmpty), "summaryLevel": 2,
        ]
    }

    // MARK: - Entries

    func schema(of entry: Entry) -> CollectionSchema? { entry.collection.flatMap(model.collection) }

    /// A short form of an entry for lists: title, URL, date, excerpt, meta fields, timeline.
    func summary(_ index: Int) -> TemplateValue { summaries.summary(index) { .object(makeSummary(index)) } }

    private func makeSummary(_ index: Int) -> Context {
        let entry = model.entry(index)
        var result: Context = ["title": .string(entry.title), "url": .string(urls.page(entry.url)), "isDraft": .bool(entry.isDraft)]
        guard let schema = schema(of: entry) else { return result }
        result["collection"] = .string(schema.singular)
        result["collectionTitle"] = .string(schema.title)
        if let cover = cover(of: entry, schema: schema) {
            result["cover"] = .string(images.picture(cover.src, alt: cover.alt, lazy: true, sizes: ImageTable.summarySizes, urls: urls))
        }
        if let path = schema.dateField,
            let value = SiteModel.values(path, in: entry.fields).first
        {
            result["date"] = .string(formatter.html(scalar: value, field: dateSchema(path, in: schema)))
        }
        if let field = schema.excerptField, let text = entry.fields[field]?.plainText {
            result["excerpt"] = .string(Excerpt.of(text))
        } else if !entry.body.hasNoText {
            result["excerpt"] = .string(entry.bodyExcerpt)
        }
        let meta: [TemplateValue] = schema.metaFields.compactMap { name in
            guard let field = schema.field(name), let value = entry.fields[name],
                let html = formatter.html(value, field: field)
            else { return nil }
            return ["label": .string(field.label), "html": .string(html)]
        }
        result["meta"] = .list(meta)
        result["hasMeta"] = .bool(!meta.isEmpty)
        if let timeline = timeline(index, schema: schema) { result["timeline"] = .object(timeline) }
        return result
    }

    private func dateSchema(_ path: String, in schema: CollectionSchema) -> FieldSchema {
        let head = String(path.split(separator: ".").first ?? "")
        return schema.field(head) ?? FieldSchema(name: head, type: .date(timeAllowed: true), label: "", location: schema.location)
    }

    func timeline(_ index: Int, schema: CollectionSchema) -> Context? {
        guard let state = model.timelines[index], let timeline = schema.timeline else { return nil }
        var result: Context = [
            "status": .string(state.status.rawValue), "label": .string(timeline.label(of: state.status)),
            "isOpen": .bool(state.status == .open), "isPlanned": .bool(state.status == .planned),
            "isClosed": .bool(state.status == .closed),
        ]
        if let next = state.next {
            result["next"] = .string(
                formatter.html(scalar: next, field: FieldSchema(name: "next", type: .date(timeAllowed: true), label: "", location: schema.location)))
        }
        result["deadline"] = .bool(timeline.countdown)
        if let days = state.daysLeft {
            result["daysLeft"] = .string(days == 0 ? "paskutinė diena" : "liko \(Lithuanian.integer(days)) d.")
        }
        // Under way: still open (views filtered on it keep it), shown by its own label.
        result["isRunning"] = .bool(state.isRunning)
        if state.isRunning, let running = timeline.runningLabel { result["label"] = .string(running) }
        if let registration = state.registration {
            result["registration"] = .string(
                formatter.html(
                    scalar: registration,
                    field: FieldSchema(name: "registration", type: .date(timeAllowed: true), label: "", location: schema.location)))
            result["isRegistrationClosed"] = .bool(state.isRegistrationClosed)
            if state.isRegistrationClosed, let closed = timeline.registrationClosedLabel {
                result["registrationClosed"] = .string(closed)
            }
        }
        return result
    }

    /// The full context of an entry page.
    func entry(_ index: Int) -> Context {
        let entry = model.entry(index)
        let schema = schema(of: entry)
        var crumbs: [(String, String)] = []
        if let schema { crumbs.append((schema.title, schema.path)) }
        var context = page(
            title: entry.title, path: entry.url, kind: schema == nil ? "page" : "entry",
            description: Self.description(of: entry, schema: schema), breadcrumbs: crumbs)
        let cover = cover(of: entry, schema: schema)
        var data: Context = [
            "title": .string(entry.title), "url": .string(urls.page(entry.url)),
            "body": .string(bodyHTML(entry.body.html, firstLoadsAtOnce: cover == nil)),
            "slug": .string(entry.slug), "isDraft": .bool(entry.isDraft),
        ]
        if let updated = entry.updated {
            data["updated"] = .string("<time datetime=\"\(updated)\">\(Lithuanian.longDate(updated))</time>")
        }
        let toc: [TemplateValue] = entry.body.headings.filter { $0.level <= 3 }.map {
            ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id), "isSub": .bool($0.level > 2)]
        }
        data["toc"] = .list(toc)
        data["hasToc"] = .bool(toc.count >= 2)
        if let schema {
            data["collection"] = [
                "name": .string(schema.name), "title": .string(schema.title), "singular": .string(schema.singular),
                "url": .string(urls.page(schema.path)),
            ]
            var fields: [TemplateValue] = []
            var byName: Context = [:]
            var indicators: [TemplateValue] = []
            for field in schema.fields where field.name != "title" && !field.isFile {
                guard let value = entry.fields[field.name] else { continue }
                var html: String?
                if case .indicator(let rules) = field.type {
                    let drawn = IndicatorCharts.drawn(value, rules: rules, field: field)
                    (html, indicators) = (drawn.html, indicators + drawn.contexts)
                } else {
                    html = formatter.html(value, field: field)
                }
                guard let html else { continue }
                fields.append(["name": .string(field.name), "label": .string(field.label), "html": .string(html)])
                byName[field.name] = .string(html)
            }
            data["fields"] = .list(fields)
            data["f"] = .object(byName)
            data["indicators"] = .list(indicators)
            data["hasIndicators"] = .bool(!indicators.isEmpty)
            if let timeline = timeline(index, schema: schema) { data["timeline"] = .object(timeline) }
            if let calendar = entryCalendar(index) { data["calendar"] = .string(calendar) }
        }
        let groups: [TemplateValue] = (model.backReferences[index] ?? []).compactMap { group in
            guard let source = model.collection(group.collection) else { return nil }
            return [
                "title": .string("\(source.title): \(group.fieldLabel.lowercasedFirst)"),
                "entries": .list(group.entries.map(summary)),
            ]
        }
        let files = attachments(of: entry)
        data["attachments"] = .list(files)
        data["hasAttachments"] = .bool(!files.isEmpty)
        data["backrefs"] = .list(groups)
        data["hasBackrefs"] = .bool(!groups.isEmpty)
        context["summaryLevel"] = 4
        context["entry"] = .object(data)
        if case .object(var page)? = context["page"] {
            page["jsonld"] = .string(jsonld(index))
            if let cover { page["image"] = .string(urls.absolute(images.openGraphURL(cover.src))) }
            context["page"] = .object(page)
        }
        return context
    }

    /// What a page is about, for `<meta name="description">` and structured data: its
    /// `description` field, else its collection's excerpt field, else the start of its body.
    static func description(of entry: Entry, schema: CollectionSchema?) -> String? {
        if let text = entry.fields["description"]?.plainText { return text }
        if let text = schema?.excerptField.flatMap({ entry.fields[$0]?.plainText }) { return Excerpt.of(text) }
        return entry.body.hasNoText ? nil : entry.bodyExcerpt
    }
}

extension String {
    /// `Koordinatorius` → `koordinatorius`, for labels inside a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
