import Content

extension PageContexts {
    static let entryCounts = CountForms(one: "įrašas", few: "įrašai", other: "įrašų")

    /// `pagination` for page `number` of `total` pages of a list at `path`.
    func pagination(path: String, number: Int, total: Int) -> [String: Any] {
        var previous = 0
        var pages: [[String: Any]] = []
        for n in Self.pageWindow(number: number, total: total) {
            if n > previous + 1 { pages.append(["isGap": true]) }
            pages.append(["number": n, "url": urls.page(URLBuilder.paginated(path, page: n)), "isCurrent": n == number])
            previous = n
        }
        var result: [String: Any] = [
            "current": number, "total": total, "label": "Puslapis \(number) iš \(total)", "isPaginated": total > 1,
            "pages": pages,
        ]
        if number > 1 { result["prev"] = urls.page(URLBuilder.paginated(path, page: number - 1)) }
        if number < total { result["next"] = urls.page(URLBuilder.paginated(path, page: number + 1)) }
        return result
    }

    /// The page numbers a list links to: the first, the last and two on each side of the
    /// current one, so a list of 1,500 pages does not put 1,500 links on each of them.
    static func pageWindow(number: Int, total: Int, radius: Int = 2) -> [Int] {
        let total = max(total, 1)
        let near = max(1, number - radius)...min(total, number + radius)
        return Array(Set([1, total] + near)).sorted()
    }

    /// One page of a paginated list: the entries on it and the page context.
    func listPage(
        title: String, path: String, kind: String, description: String?, entries: [Int], pageSize: Int, number: Int,
        counts: CountForms, breadcrumbs: [(String, String)]
    ) -> [String: Any] {
        let total = max(1, (entries.count + pageSize - 1) / pageSize)
        let slice = entries.dropFirst((number - 1) * pageSize).prefix(pageSize)
        let pagePath = URLBuilder.paginated(path, page: number)
        let pageTitle = number > 1 ? "\(title) (puslapis \(number))" : title
        var context = page(title: pageTitle, path: pagePath, kind: kind, description: description, breadcrumbs: breadcrumbs)
        context["list"] = [
            "title": title, "count": entries.count, "countText": Lithuanian.count(entries.count, counts),
            "entries": slice.map(summary), "isEmpty": entries.isEmpty,
        ] as [String: Any]
        context["pagination"] = pagination(path: path, number: number, total: total)
        return context
    }

    static func pageCount(_ count: Int, _ size: Int) -> Int { max(1, (count + size - 1) / size) }

    func collectionPage(_ schema: CollectionSchema, number: Int) -> [String: Any] {
        var context = listPage(
            title: schema.title, path: schema.path, kind: "list", description: schema.description,
            entries: model.collections[schema.name] ?? [], pageSize: schema.pageSize, number: number,
            counts: schema.counts, breadcrumbs: [])
        context["collection"] = ["name": schema.name, "title": schema.title, "description": schema.description ?? ""]
        context["views"] = config.views.filter { $0.collection == schema.name }.map {
            ["title": $0.title, "url": urls.page($0.path)]
        }
        context["outputs"] = outputLinks(schema)
        return context
    }

    func taxonomyPage(_ taxonomy: TaxonomyTerms) -> [String: Any] {
        var context = page(title: taxonomy.schema.title, path: taxonomy.schema.path, kind: "taxonomy")
        let terms: [[String: Any]] = taxonomy.terms.map { term in
            [
                "name": term.name, "url": urls.page(taxonomy.schema.path + term.slug + "/"), "count": term.entries.count,
                "countText": Lithuanian.count(term.entries.count, Self.entryCounts),
            ]
        }
        context["taxonomy"] = [
            "title": taxonomy.schema.title, "terms": terms,
            "countText": Lithuanian.count(terms.count, taxonomy.schema.counts ?? CountForms(one: "terminas", few: "terminai", other: "terminų")),
        ] as [String: Any]
        return context
    }

    func termPage(_ taxonomy: TaxonomyTerms, _ term: Term, number: Int, pageSize: Int) -> [String: Any] {
        var context = listPage(
            title: term.name, path: taxonomy.schema.path + term.slug + "/", kind: "term", description: nil,
            entries: term.entries, pageSize: pageSize, number: number, counts: Self.entryCounts,
            breadcrumbs: [(taxonomy.schema.title, taxonomy.schema.path)])
        context["taxonomy"] = ["title": taxonomy.schema.title, "url": urls.page(taxonomy.schema.path)]
        return context
    }

    /// A view: a list, or a table when it has columns (cells carry `sort` values for the table script).
    func viewPage(_ view: ViewSchema) -> [String: Any] {
        let schema = config.collection(view.collection)
        let entries = model.views[view.name] ?? []
        var crumbs: [(String, String)] = []
        if let schema { crumbs.append((schema.title, schema.path)) }
        var context = page(title: view.title, path: view.path, kind: "view", description: view.description, breadcrumbs: crumbs)
        context["list"] = [
            "title": view.title, "description": view.description ?? "", "count": entries.count,
            "countText": Lithuanian.count(entries.count, schema?.counts ?? Self.entryCounts),
            "entries": entries.map(summary), "isEmpty": entries.isEmpty,
        ] as [String: Any]
        if let schema { context["outputs"] = outputLinks(schema) }
        guard let schema, !view.columns.isEmpty else { return context }
        let columns: [[String: Any]] = view.columns.map { name in
            let label = name == "timeline" ? "Būsena" : schema.field(name)?.label ?? name
            let numeric = schema.field(name).map { Self.isNumeric($0.type) } ?? false
            return ["label": label, "name": name, "numeric": numeric]
        }
        var cellFormatter = formatter
        cellFormatter.compact = true
        let rows: [[String: Any]] = entries.map { index in
            let entry = model.entry(index)
            let cells: [[String: Any]] = view.columns.map { name in
                if name == "timeline" {
                    let t = timeline(index, schema: schema)
                    return ["html": HTML.escape(t?["label"] as? String ?? ""), "sort": t?["status"] as? String ?? ""]
                }
                guard let field = schema.field(name), let value = entry.fields[name] else { return ["html": "", "sort": ""] }
                var html = cellFormatter.html(value, field: field) ?? ""
                if name == "title" { html = HTML.link(urls.page(entry.url), entry.title) }
                return ["html": html, "sort": formatter.sortValue(value), "numeric": Self.isNumeric(field.type)]
            }
            return ["cells": cells]
        }
        context["table"] = ["columns": columns, "rows": rows] as [String: Any]
        return context
    }

    static func isNumeric(_ type: FieldType) -> Bool {
        switch type {
        case .integer, .number, .money: return true
        default: return false
        }
    }

    func homePage() -> [String: Any] {
        let intro = model.site.entries.first { $0.collection == nil && $0.url == "/" }
        var context = page(title: intro?.title ?? config.title, path: "/", kind: "home", description: config.description)
        if let intro { context["intro"] = intro.body.html }
        var sections: [[String: Any]] = []
        for view in config.views where view.homeCount > 0 {
            let entries = model.views[view.name] ?? []
            sections.append([
                "title": view.title, "url": urls.page(view.path), "entries": entries.prefix(view.homeCount).map(summary),
                "isEmpty": entries.isEmpty,
            ])
        }
        for schema in config.collections where schema.homeCount > 0 {
            var entries = model.collections[schema.name] ?? []
            if let date = schema.dateField {
                entries = SiteModel.sorted(entries, by: date, descending: true, model: model)
            }
            sections.append([
                "title": schema.title, "url": urls.page(schema.path), "entries": entries.prefix(schema.homeCount).map(summary),
                "isEmpty": entries.isEmpty,
            ])
        }
        context["sections"] = sections
        context["summaryLevel"] = 3
        context["collections"] = config.collections.map { schema in
            [
                "title": schema.title, "url": urls.page(schema.path),
                "countText": Lithuanian.count(model.collections[schema.name]?.count ?? 0, schema.counts),
            ]
        }
        return context
    }
}
