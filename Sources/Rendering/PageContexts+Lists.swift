import Config
import Model
import Support
import Templates
import Text

extension PageContexts {
    static let entryCounts = CountForms(one: "įrašas", few: "įrašai", other: "įrašų")

    /// `pagination` for page `number` of `total` pages of a list at `path`.
    func pagination(path: String, number: Int, total: Int) -> Context {
        var previous = 0
        var pages: [TemplateValue] = []
        for n in Self.pageWindow(number: number, total: total) {
            if n > previous + 1 { pages.append(["isGap": true]) }
            pages.append(
                ["number": .int(n), "url": .string(urls.page(URLBuilder.paginated(path, page: n))), "isCurrent": .bool(n == number)])
            previous = n
        }
        var result: Context = [
            "current": .int(number), "total": .int(total), "label": .string("Puslapis \(number) iš \(total)"),
            "isPaginated": .bool(total > 1), "pages": .list(pages),
        ]
        if number > 1 { result["prev"] = .string(urls.page(URLBuilder.paginated(path, page: number - 1))) }
        if number < total { result["next"] = .string(urls.page(URLBuilder.paginated(path, page: number + 1))) }
        return result
    }

    /// The page numbers a list links to: the first, the last and two on each side of the
    /// current one, so a list of 1,500 pages does not put 1,500 links on each of them; a list
    /// of up to `all` pages links every one (no longer than a window with its gaps), so each
    /// is a click from the first.
    static func pageWindow(number: Int, total: Int, radius: Int = 2, all: Int = 9) -> [Int] {
        let total = max(total, 1)
        if total <= all { return Array(1...total) }
        let near = max(1, number - radius)...min(total, number + radius)
        return Array(Set([1, total] + near)).sorted()
    }

    /// One page of a paginated list: the entries on it and the page context.
    func listPage(
        title: String, path: String, kind: String, description: String?, entries: [Int], pageSize: Int, number: Int,
        counts: CountForms, breadcrumbs: [(String, String)]
    ) -> Context {
        let total = max(1, (entries.count + pageSize - 1) / pageSize)
        let slice = entries.dropFirst((number - 1) * pageSize).prefix(pageSize)
        let pagePath = URLBuilder.paginated(path, page: number)
        let pageTitle = number > 1 ? "\(title) (puslapis \(number))" : title
        // Page 2 and on sit under the list's first page in the trail.
        let trail = number > 1 ? breadcrumbs + [(title, path)] : breadcrumbs
        var context = page(title: pageTitle, path: pagePath, kind: kind, description: description, breadcrumbs: trail)
        context["list"] = [
            "title": .string(title), "count": .int(entries.count), "countText": .string(Lithuanian.count(entries.count, counts)),
            "entries": .list(slice.map(summary)), "isEmpty": .bool(entries.isEmpty),
        ]
        context["pagination"] = .object(pagination(path: path, number: number, total: total))
        return context
    }

    static func pageCount(_ count: Int, _ size: Int) -> Int { max(1, (count + size - 1) / size) }

    func collectionPage(_ schema: CollectionSchema, number: Int) -> Context {
        var context = listPage(
            title: schema.title, path: schema.path, kind: "list", description: schema.description,
            entries: model.collections[schema.name] ?? [], pageSize: schema.pageSize, number: number,
            counts: schema.counts, breadcrumbs: [])
        context["collection"] = [
            "name": .string(schema.name), "title": .string(schema.title), "description": .string(schema.description ?? ""),
        ]
        let views: [TemplateValue] = model.config.views.filter { $0.collection == schema.name }.map {
            ["title": .string($0.title), "url": .string(urls.page($0.path))]
        }
        context["views"] = .list(views)
        context["hasViews"] = .bool(!views.isEmpty)
        context["outputs"] = .object(outputLinks(schema))
        return context
    }

    func taxonomyPage(_ taxonomy: TaxonomyTerms) -> Context {
        var context = page(title: taxonomy.schema.title, path: taxonomy.schema.path, kind: "taxonomy")
        let terms: [TemplateValue] = taxonomy.terms.map { term in
            [
                "name": .string(term.name), "url": .string(urls.page(taxonomy.schema.path + term.slug + "/")),
                "count": .int(term.entries.count), "countText": .string(Lithuanian.count(term.entries.count, Self.entryCounts)),
            ]
        }
        let counts = taxonomy.schema.counts ?? CountForms(one: "terminas", few: "terminai", other: "terminų")
        context["taxonomy"] = [
            "title": .string(taxonomy.schema.title), "terms": .list(terms), "countText": .string(Lithuanian.count(terms.count, counts)),
        ]
        return context
    }

    func termPage(_ taxonomy: TaxonomyTerms, _ term: Term, number: Int, pageSize: Int) -> Context {
        var context = listPage(
            title: term.name, path: taxonomy.schema.path + term.slug + "/", kind: "term", description: nil,
            entries: term.entries, pageSize: pageSize, number: number, counts: Self.entryCounts,
            breadcrumbs: [(taxonomy.schema.title, taxonomy.schema.path)])
        context["taxonomy"] = ["title": .string(taxonomy.schema.title), "url": .string(urls.page(taxonomy.schema.path))]
        return context
    }

    /// A view: a list, or a table when it has columns (cells carry `sort` values for the table script).
    func viewPage(_ view: ViewSchema) -> Context {
        let schema = model.collection(view.collection)
        let entries = model.views[view.name] ?? []
        var crumbs: [(String, String)] = []
        if let schema { crumbs.append((schema.title, schema.path)) }
        var context = page(title: view.title, path: view.path, kind: "view", description: view.description, breadcrumbs: crumbs)
        context["list"] = [
            "title": .string(view.title), "description": .string(view.description ?? ""), "count": .int(entries.count),
            "countText": .string(Lithuanian.count(entries.count, schema?.counts ?? Self.entryCounts)),
            // A view holds a whole collection (3,000 projects), and often is the one page an
            // edit reaches besides the entry's own: its rows are made on all cores.
            "entries": .list(entries.parallelMap(summary)), "isEmpty": .bool(entries.isEmpty),
        ]
        if let schema { context["outputs"] = .object(outputLinks(schema, at: view.path)) }
        if let schema, let indicators = viewIndicators(view, schema: schema, entries: entries) { context["indicators"] = indicators }
        guard let schema, !view.columns.isEmpty else { return context }
        let columns: [TemplateValue] = view.columns.map { name in
            let label = name == "timeline" ? "Būsena" : schema.field(name)?.label ?? name
            let numeric = schema.field(name).map { Self.isNumeric($0.type) } ?? false
            var column: Context = [
                "label": .string(label), "name": .string(name), "numeric": .bool(numeric),
                "nowrap": .bool(schema.field(name).map(Self.isUnbroken) ?? false),
            ]
            // The view's own order, for aria-sort before any script sorts the table.
            if view.sortField == name { column["sorted"] = .string(view.sortDescending ? "descending" : "ascending") }
            return .object(column)
        }
        let cellFormatter = {
            var compact = formatter
            compact.compact = true
            return compact
        }()
        let rows: [TemplateValue] = entries.parallelMap { index in
            let entry = model.entry(index)
            let cells: [TemplateValue] = view.columns.map { name in
                if name == "timeline" {
                    guard let state = model.timelines[index], let timeline = schema.timeline else { return ["html": "", "sort": ""] }
                    let label = (state.isRunning ? timeline.runningLabel : nil) ?? timeline.label(of: state.status)
                    return ["html": .string(HTML.escape(label)), "sort": .string(state.status.rawValue)]
                }
                guard let field = schema.field(name), let value = entry.fields[name] else { return ["html": "", "sort": ""] }
                var html = cellFormatter.html(value, field: field) ?? ""
                if name == "title" { html = HTML.link(urls.page(entry.url), entry.title) }
                return [
                    "html": .string(html), "sort": .string(formatter.sortValue(value)), "numeric": .bool(Self.isNumeric(field.type)),
                    "nowrap": .bool(Self.isUnbroken(field)),
                ]
            }
            return ["cells": .list(cells)]
        }
        context["table"] = ["columns": .list(columns), "rows": .list(rows)]
        return context
    }

    /// Values that must not break inside themselves in a table cell ("PAVB-/2024-001",
    /// "2024-08-/01"): dates, amounts, numbers and identifiers (unique or patterned strings).
    static func isUnbroken(_ field: FieldSchema) -> Bool {
        switch field.type {
        case .date, .datetime, .integer, .number, .money: return true
        case .string: return field.unique || field.pattern != nil
        default: return false
        }
    }

    static func isNumeric(_ type: FieldType) -> Bool {
        switch type {
        case .integer, .number, .money: return true
        default: return false
        }
    }

    func homePage() -> Context {
        let intro = model.site.entries.first { $0.collection == nil && $0.url == "/" }
        var context = page(title: intro?.title ?? model.config.title, path: "/", kind: "home", description: model.config.description)
        if let intro { context["intro"] = .string(bodyHTML(intro.body.html, firstLoadsAtOnce: true)) }
        var sections: [TemplateValue] = []
        for view in model.config.views where view.homeCount > 0 {
            let entries = model.views[view.name] ?? []
            sections.append([
                "title": .string(view.title), "url": .string(urls.page(view.path)),
                "entries": .list(entries.prefix(view.homeCount).map(summary)), "isEmpty": .bool(entries.isEmpty),
            ])
        }
        for schema in model.config.collections where schema.homeCount > 0 {
            var entries = model.collections[schema.name] ?? []
            if let date = schema.dateField {
                entries = SiteModel.sorted(entries, by: date, descending: true, model: model)
            }
            sections.append([
                "title": .string(schema.title), "url": .string(urls.page(schema.path)),
                "entries": .list(entries.prefix(schema.homeCount).map(summary)), "isEmpty": .bool(entries.isEmpty),
            ])
        }
        context["sections"] = .list(sections)
        context["summaryLevel"] = 3
        context["collections"] = .list(
            model.config.collections.map { schema in
                [
                    "title": .string(schema.title), "url": .string(urls.page(schema.path)),
                    "countText": .string(Lithuanian.count(model.collections[schema.name]?.count ?? 0, schema.counts)),
                ]
            })
        return context
    }
}
