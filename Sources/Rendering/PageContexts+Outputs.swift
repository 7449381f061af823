import Config
import Templates

/// Template values that point at the machine-readable outputs: JSON-LD, feed, calendar and
/// download links (documented in docs/templates.md).
extension PageContexts {
    /// The entry's JSON-LD: its collection's `jsonld` template, else a plain `WebPage`.
    /// Escaped for a `<script>` element.
    func jsonld(_ index: Int) -> String {
        let entry = model.entry(index)
        let schema = schema(of: entry)
        let context: (key: String, value: JSONValue) = ("@context", .string("https://schema.org"))
        if let template = schema?.outputs.jsonld,
            case .object(let members)? = evaluator.json(template, in: evaluator.scope(entry: index))
        {
            return JSONValue.object([context] + members).serialized(htmlSafe: true)
        }
        var members: [(key: String, value: JSONValue)] = [
            context, ("@type", .string("WebPage")), ("name", .string(entry.title)),
            ("url", .string(urls.absolute(entry.url))),
        ]
        if let description = Self.description(of: entry, schema: schema) { members.append(("description", .string(description))) }
        members.append(
            ("isPartOf", .object([("@type", .string("WebSite")), ("name", .string(model.config.title)), ("url", .string(urls.absolute("/")))])))
        return JSONValue.object(members).serialized(htmlSafe: true)
    }

    /// `outputs` of list and view pages: the collection's `feed`, `calendar` and `downloads`;
    /// a view's downloads are its own (`at`: the view's path), holding only its rows.
    func outputLinks(_ schema: CollectionSchema, at path: String? = nil) -> Context {
        let base = path ?? schema.path
        var links: Context = [:]
        if schema.outputs.feed { links["feed"] = .string(urls.page(CollectionOutputs.feedPath(collectionPath: schema.path))) }
        if let calendar = schema.outputs.calendar { links["calendar"] = .string(urls.page(calendar.path)) }
        var downloads: [TemplateValue] = []
        if let name = schema.outputs.export?.csv {
            downloads.append(["label": "Atsisiųsti CSV", "url": .string(urls.page(base + name))])
        }
        if let name = schema.outputs.export?.json {
            downloads.append(["label": "Atsisiųsti JSON", "url": .string(urls.page(base + name))])
        }
        links["downloads"] = .list(downloads)
        links["hasDownloads"] = .bool(!downloads.isEmpty)
        return links
    }

    /// The URL of the entry's own calendar file, when its collection writes one and it has events.
    func entryCalendar(_ index: Int) -> String? {
        let entry = model.entry(index)
        guard let schema = schema(of: entry), let settings = schema.outputs.calendar, settings.perEntry,
            !CalendarRenderer(model: model, evaluator: evaluator).events(of: index, settings: settings, collection: schema.name).isEmpty
        else { return nil }
        return urls.page(CalendarSettings.entryPath(entryURL: entry.url))
    }
}
