import Diagnostics
import YAML

/// Decoding of the machine-readable outputs' settings: `feeds`, `api` of the site and
/// `feed`, `calendar`, `jsonld`, `export` of a collection. Names are checked later, in
/// `checkOutputs()`, once every collection is known.
extension SiteConfig {
    static func decodeSiteOutputs(_ reader: inout MappingReader, _ diagnostics: inout [Diagnostic]) -> SiteOutputs {
        var outputs = SiteOutputs()
        if let node = reader.value("feeds"), var r = MappingReader(node, context: .contextKey("feeds"), diagnostics: &diagnostics) {
            outputs.feedsLocation = node.location
            if let path = r.outputPath("path", .file(extension: "xml")) { outputs.feedPath = path }
            if let limit = r.int("limit") {
                if limit < 1, let n = r.value("limit") { r.error(.feedLimit, at: n) }
                outputs.feedLimit = max(1, limit)
            }
            diagnostics += r.finish()
        }
        outputs.apiPath = reader.outputPath("api", .folder)
        outputs.apiLocation = reader.value("api")?.location
        return outputs
    }

    static func decodeCollectionOutputs(
        _ r: inout MappingReader, context: Message, _ diagnostics: inout [Diagnostic]
    ) -> CollectionOutputs {
        var outputs = CollectionOutputs()
        outputs.feed = r.bool("feed") ?? false
        outputs.calendar = r.value("calendar").flatMap { decodeCalendar($0, context: context, &diagnostics) }
        if let node = r.value("jsonld") {
            let template = DataTemplate.decode(node, context: .contextOf(key: "jsonld", of: context), &diagnostics)
            if case .object = template {
                outputs.jsonld = template
            } else if template != nil {
                r.error(.outputs(.jsonldNotObject(context)), at: node)
            }
        }
        outputs.export = r.value("export").flatMap { decodeExport($0, context: context, &diagnostics) }
        return outputs
    }

    private static func decodeCalendar(
        _ node: YAMLNode, context: Message, _ diagnostics: inout [Diagnostic]
    ) -> CalendarSettings? {
        guard var r = MappingReader(node, context: .contextOf(key: "calendar", of: context), diagnostics: &diagnostics) else { return nil }
        let path = r.outputPath("path", .file(extension: "ics"), required: true)
        let name = r.string("name")
        let description = r.string("description")
        let events = r.string("events")
        let start = r.string("start", required: true)
        let end = r.string("end")
        let summary = template("summary", &r) ?? TextTemplate(parts: [.field(path: "title", fallback: nil)], location: node.location)
        let eventLocation = template("location", &r)
        let categories = stringList("categories", &r)
        let details = stringList("details", &r)
        let alarm = r.int("alarm_days")
        if let alarm, alarm < 0, let n = r.value("alarm_days") { r.error(.alarmDays, at: n) }
        let perEntry = r.bool("per_entry") ?? false
        let refresh = r.int("refresh_hours") ?? 12
        if refresh < 1, let n = r.value("refresh_hours") { r.error(.atLeastOne("refresh_hours"), at: n) }
        diagnostics += r.finish()
        guard let path, let start else { return nil }
        var calendar = CalendarSettings(path: path, start: start, summary: summary, location: node.location)
        calendar.name = name
        calendar.description = description
        calendar.events = events
        calendar.end = end
        calendar.eventLocation = eventLocation
        calendar.categories = categories
        calendar.details = details
        calendar.alarmDays = alarm
        calendar.perEntry = perEntry
        calendar.refreshHours = max(1, refresh)
        for key in ["events", "start", "end", "categories", "details"] {
            calendar.positions[key] = node[key]?.location
        }
        return calendar
    }

    private static func decodeExport(_ node: YAMLNode, context: Message, _ diagnostics: inout [Diagnostic]) -> ExportSettings? {
        guard var r = MappingReader(node, context: .contextOf(key: "export", of: context), diagnostics: &diagnostics) else { return nil }
        let csv = r.outputPath("csv", .name(extension: "csv"))
        let json = r.outputPath("json", .name(extension: "json"))
        let sort = r.string("sort")
        if csv == nil, json == nil, r.value("csv") == nil, r.value("json") == nil {
            r.error(.exportNoFile(context: context), at: node, hint: .exportExample)
        }
        diagnostics += r.finish()
        let descending = sort?.hasPrefix("-") ?? false
        return ExportSettings(
            csv: csv, json: json, sortField: sort.map { descending ? String($0.dropFirst()) : $0 },
            sortDescending: descending, location: node.location)
    }

    private static func template(_ key: String, _ r: inout MappingReader) -> TextTemplate? {
        guard let text = r.string(key), let node = r.value(key) else { return nil }
        switch TextTemplate.parse(text, at: node.location, length: node.length) {
        case .success(let template): return template
        case .failure(let diagnostic):
            r.error(diagnostic.text, at: node, hint: diagnostic.hintText)
            return nil
        }
    }
}
