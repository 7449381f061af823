import Diagnostics
import Text

extension SiteConfig {
    /// Checks the names in output settings (feeds, calendars, `jsonld`, exports) against the
    /// collections' fields, and that no two outputs claim one path.
    func checkOutputs() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var claimed: [String: Message] = [:]
        func claim(_ path: String, by owner: Message, at location: SourceLocation) {
            if let other = claimed[path] {
                diagnostics.append(
                    .error(.outputs(.writesToo(owner: owner, path: path, other: other)), at: location, hint: .outputs(.giveAnotherPath)))
            }
            claimed[path] = owner
        }
        claimed["/sitemap.xml"] = .outputs(.ownerSitemap)
        if collections.contains(where: \.outputs.feed) {
            let location = outputs.feedsLocation ?? SourceLocation(file: "site.yml", line: 1, column: 1)
            claim(outputs.feedPath, by: .outputs(.ownerSiteFeed), at: location)
        }
        for collection in collections {
            if let api = outputs.apiPath {
                claim(api + collection.name + ".json", by: .outputs(.ownerAPI), at: collection.location)
            }
            let context = Message.contextCollection(collection.name)
            let scope = TemplateScope(config: self, collection: collection)
            let settings = collection.outputs
            if settings.feed {
                if collection.dateField == nil {
                    diagnostics.append(
                        .error(
                            .feedWithoutDate(context: context), at: collection.location, hint: .feedWithoutDateHint(context: context)))
                }
                claim(CollectionOutputs.feedPath(collectionPath: collection.path), by: .claimFeed(context), at: collection.location)
            }
            if let calendar = settings.calendar {
                claim(calendar.path, by: .claimCalendar(context), at: calendar.location)
                diagnostics += check(calendar, scope: scope, context: .contextOf(key: "calendar", of: context))
            }
            if let jsonld = settings.jsonld {
                diagnostics += check(jsonld, scope: scope, context: .contextOf(key: "jsonld", of: context))
            }
            if let export = settings.export {
                for name in [export.csv, export.json].compactMap({ $0 }) {
                    claim(collection.path + name, by: .claimExport(context), at: export.location)
                }
                if let sort = export.sortField, !collection.hasPath(sort) {
                    diagnostics.append(
                        .error(
                            .exportSortNotField(context: context, sort: sort),
                            at: export.location, hint: Suggestion.hint(for: sort, in: collection.fields.map(\.name), noun: .fields)))
                }
            }
        }
        return diagnostics
    }

    private func check(_ calendar: CalendarSettings, scope outer: TemplateScope, context: Message) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func at(_ key: String) -> SourceLocation { calendar.positions[key] ?? calendar.location }
        var scope = outer
        if let events = calendar.events {
            guard let inner = outer.entering(events) else {
                // The other names are looked up inside the events: nothing more to check.
                return [unknown(events, key: "events", in: outer, context: context, at: at("events"))]
            }
            scope = inner
        }
        for (key, path) in [("start", calendar.start), ("end", calendar.end)] {
            guard let path else { continue }
            switch scope.resolve(path) {
            case .field(let field)? where field.type.isDate: break
            case .field?, .builtin?:
                diagnostics.append(
                    .error(.outputs(.notDateField(key: key, context: context, path: path)), at: at(key)))
            case nil:
                diagnostics.append(unknown(path, key: key, in: scope, context: context, at: at(key)))
            }
        }
        for (key, paths) in [("categories", calendar.categories), ("details", calendar.details)] {
            for path in paths where scope.resolve(path) == nil {
                diagnostics.append(unknown(path, key: key, in: scope, context: context, at: at(key)))
            }
        }
        for template in [calendar.summary, calendar.eventLocation].compactMap({ $0 }) {
            diagnostics += check(template, scope: scope, context: context)
        }
        return diagnostics
    }

    private func check(_ template: DataTemplate, scope: TemplateScope, context: Message) -> [Diagnostic] {
        switch template {
        case .literal: return []
        case .text(let text): return check(text, scope: scope, context: context)
        case .object(let members): return members.flatMap { check($0.value, scope: scope, context: context) }
        case .array(let items): return items.flatMap { check($0, scope: scope, context: context) }
        case .each(let path, let value, let location):
            guard let inner = scope.entering(path) else {
                return [unknown(path, key: "each", in: scope, context: context, at: location)]
            }
            return check(value, scope: inner, context: context)
        case .cases(let path, let map, let otherwise, let location):
            var diagnostics = map.flatMap { check($0.value, scope: scope, context: context) }
            diagnostics += otherwise.map { check($0, scope: scope, context: context) } ?? []
            if scope.resolve(path) == nil { diagnostics.append(unknown(path, key: "field", in: scope, context: context, at: location)) }
            return diagnostics
        case .duration(let path, _, let location):
            switch scope.resolve(path) {
            case .field(let field)? where field.type.isCount: return []
            case nil: return [unknown(path, key: "duration", in: scope, context: context, at: location)]
            default: return [.error(.outputs(.durationNotNumber(context: context, path: path)), at: location)]
            }
        }
    }

    private func check(_ template: TextTemplate, scope: TemplateScope, context: Message) -> [Diagnostic] {
        template.paths.filter { scope.resolve($0) == nil }.map { path in
            .error(
                .templateNoField(path: path, context: context), at: template.location, length: template.length,
                hint: Suggestion.hint(for: path, in: scope.names, noun: .names))
        }
    }

    private func unknown(_ path: String, key: String, in scope: TemplateScope, context: Message, at location: SourceLocation) -> Diagnostic {
        .error(
            .keyNamesNoField(key: key, context: context, path: path), at: location,
            hint: Suggestion.hint(for: path, in: scope.names, noun: .names))
    }
}

extension FieldType {
    /// Dates and date-times, or lists of them.
    var isDate: Bool {
        switch self {
        case .date, .datetime: return true
        case .list(let item): return item.type.isDate
        default: return false
        }
    }

    var isCount: Bool {
        switch self {
        case .integer, .number: return true
        default: return false
        }
    }
}
