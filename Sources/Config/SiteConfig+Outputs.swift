import Diagnostics
import YAML

/// Decoding of the machine-readable outputs' settings: `feeds`, `api` of the site and
/// `feed`, `calendar`, `jsonld`, `export` of a collection. Names are checked later, in
/// `checkOutputs()`, once every collection is known.
extension SiteConfig {
    static func decodeSiteOutputs(_ reader: inout MappingReader, _ diagnostics: inout [Diagnostic]) -> SiteOutputs {
        var outputs = SiteOutputs()
        if let node = reader.value("feeds"), var r = MappingReader(node, context: "'feeds'", diagnostics: &diagnostics) {
            outputs.feedsLocation = node.location
            if let path = filePath("path", extension: "xml", &r) { outputs.feedPath = path }
            if let limit = r.int("limit") {
                if limit < 1, let n = r.value("limit") { r.error("'limit' of 'feeds' must be at least 1", at: n) }
                outputs.feedLimit = max(1, limit)
            }
            diagnostics += r.finish()
        }
        outputs.apiPath = reader.string("api").map(normalizedPath)
        return outputs
    }

    static func decodeCollectionOutputs(
        _ r: inout MappingReader, context: String, _ diagnostics: inout [Diagnostic]
    ) -> CollectionOutputs {
        var outputs = CollectionOutputs()
        outputs.feed = r.bool("feed") ?? false
        outputs.calendar = r.value("calendar").flatMap { decodeCalendar($0, context: context, &diagnostics) }
        if let node = r.value("jsonld") {
            let template = DataTemplate.decode(node, context: "'jsonld' of \(context)", &diagnostics)
            if case .object = template {
                outputs.jsonld = template
            } else if template != nil {
                r.error("'jsonld' of \(context) must be an object with '@type', e.g. {\"@type\": Course, …}", at: node)
            }
        }
        outputs.export = r.value("export").flatMap { decodeExport($0, context: context, &diagnostics) }
        return outputs
    }

    private static func decodeCalendar(
        _ node: YAMLNode, context: String, _ diagnostics: inout [Diagnostic]
    ) -> CalendarSettings? {
        guard var r = MappingReader(node, context: "'calendar' of \(context)", diagnostics: &diagnostics) else { return nil }
        let path = filePath("path", extension: "ics", required: true, &r)
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
        if let alarm, alarm < 0, let n = r.value("alarm_days") { r.error("'alarm_days' must be 0 or more", at: n) }
        let perEntry = r.bool("per_entry") ?? false
        let refresh = r.int("refresh_hours") ?? 12
        if refresh < 1, let n = r.value("refresh_hours") { r.error("'refresh_hours' must be at least 1", at: n) }
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

    private static func decodeExport(_ node: YAMLNode, context: String, _ diagnostics: inout [Diagnostic]) -> ExportSettings? {
        guard var r = MappingReader(node, context: "'export' of \(context)", diagnostics: &diagnostics) else { return nil }
        let csv = fileName("csv", &r)
        let json = fileName("json", &r)
        let sort = r.string("sort")
        if csv == nil, json == nil, r.value("csv") == nil, r.value("json") == nil {
            r.error("'export' of \(context) names no file", at: node, hint: "e.g. export: {csv: registras.csv, json: registras.json}")
        }
        diagnostics += r.finish()
        let descending = sort?.hasPrefix("-") ?? false
        return ExportSettings(
            csv: csv, json: json, sortField: sort.map { descending ? String($0.dropFirst()) : $0 },
            sortDescending: descending, location: node.location)
    }

    /// A site path of a file (`/mokymai.ics`) that must end in `.<extension>`.
    private static func filePath(
        _ key: String, extension ext: String, required: Bool = false, _ r: inout MappingReader
    ) -> String? {
        guard let text = r.string(key, required: required) else { return nil }
        let path = text.hasPrefix("/") ? text : "/" + text
        guard path.hasSuffix(".\(ext)"), path.count > ext.count + 2, !path.contains("//"), !path.contains("..") else {
            if let node = r.value(key) {
                r.error("'\(key)' in \(r.context) must be a file path ending in .\(ext)", at: node, hint: "e.g. /mokymai.\(ext)")
            }
            return nil
        }
        return path
    }

    /// A file name beside the collection's pages (`registras.csv`).
    private static func fileName(_ key: String, _ r: inout MappingReader) -> String? {
        guard let name = r.string(key) else { return nil }
        let allowed = name.utf8.allSatisfy { b in
            (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ".")
        }
        guard allowed, name.hasSuffix(".\(key)"), name.count > key.count + 1, !name.hasPrefix(".") else {
            if let node = r.value(key) {
                r.error(
                    "'\(key)' in \(r.context) must be a lowercase ASCII file name ending in .\(key)",
                    at: node, hint: "e.g. \(key): registras.\(key)")
            }
            return nil
        }
        return name
    }

    private static func template(_ key: String, _ r: inout MappingReader) -> TextTemplate? {
        guard let text = r.string(key), let node = r.value(key) else { return nil }
        switch TextTemplate.parse(text, at: node.location, length: node.length) {
        case .success(let template): return template
        case .failure(let diagnostic):
            r.error(diagnostic.message, at: node, hint: diagnostic.hint)
            return nil
        }
    }
}
