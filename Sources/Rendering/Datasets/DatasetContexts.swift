import Config
import Content
import Model
import Support
import Synchronization
import Templates
import Text

/// The datasets as templates see them (docs/templates.md, "Datasets"): `data.<name>`, made
/// once per build, and `entry_data.<name>` on an entry's page: the rows whose ref
/// column names that entry. Values show Lithuanian-style (`1 234,5`, `45 %`, `2025 m. kovo 1 d.`),
/// with their raw form beside them.
final class DatasetContexts: Sendable {
    let model: SiteModel
    let urls: URLBuilder
    /// For each dataset, the rows (by index) that name each entry (`collection/slug`).
    private let byEntry: [[String: [Int]]]
    /// `data` and `charts`, made on first use: an incremental build that renders no page
    /// showing them formats no row.
    private let shared = Mutex<(data: TemplateValue, charts: TemplateValue)?>(nil)

    init(model: SiteModel, urls: URLBuilder) {
        self.model = model
        self.urls = urls
        byEntry = model.site.datasets.map { dataset in
            var index: [String: [Int]] = [:]
            for (r, row) in dataset.rows.enumerated() {
                for (c, column) in dataset.schema.columns.enumerated() {
                    if case .ref(let collection) = column.type, case .text(let slug)? = row.values[c] {
                        index[collection + "/" + slug, default: []].append(r)
                    }
                }
            }
            return index
        }
    }

    /// `data`: each dataset by name.
    var data: TemplateValue { made().data }
    /// `charts`: each chart of all its dataset's rows, as HTML, by name.
    var charts: TemplateValue { made().charts }

    private func made() -> (data: TemplateValue, charts: TemplateValue) {
        if let known = shared.withLock({ $0 }) { return known }
        // Outside the lock: two threads may make them both, alike.
        var data: Context = [:]
        for dataset in model.site.datasets {
            let made = dataset.rows.map { Self.row($0, of: dataset, model: model, urls: urls) }
            var byKey: Context = [:]
            // The first row of each key (the checks report the others); the key as the row made it.
            for context in made {
                guard case .string(let key)? = context["key"], byKey[key] == nil else { continue }
                byKey[key] = .object(context)
            }
            var value = Self.table(dataset.schema, rows: made.map(TemplateValue.object), columns: dataset.schema.columns, urls: urls)
            value["by_key"] = .object(byKey)
            data[dataset.schema.name] = .object(value)
        }
        var charts: Context = [:]
        for chart in model.config.charts where chart.entry == nil {
            if let html = DatasetCharts.html(chart, model: model, id: "chart-" + chart.name) { charts[chart.name] = .string(html) }
        }
        let result = (data: TemplateValue.object(data), charts: TemplateValue.object(charts))
        shared.withLock { $0 = result }
        return result
    }

    /// `entry_charts`: each chart with `entry:` of the rows whose `entry` column names the
    /// entry, as HTML; none for an entry no row names.
    func entryCharts(_ index: Int) -> TemplateValue {
        let entry = model.entry(index)
        guard let collection = entry.collection else { return .object([:]) }
        var result: Context = [:]
        let datasets = model.site.datasets
        for chart in model.config.charts {
            guard let column = chart.entry, let d = datasets.firstIndex(where: { $0.schema.name == chart.dataset }),
                let c = datasets[d].schema.columnIndex(column), datasets[d].schema.columns[c].type == .ref(collection: collection)
            else { continue }
            let rows = (byEntry[d][collection + "/" + entry.slug] ?? []).filter {
                datasets[d].rows[$0].values[c] == .text(entry.slug)
            }
            guard !rows.isEmpty,
                let html = DatasetCharts.html(chart, rows: rows, model: model, id: "entry-chart-" + chart.name)
            else { continue }
            result[chart.name] = .string(html)
        }
        return .object(result)
    }

    /// `entry_data`: of each dataset, the rows that name the entry, without the columns that
    /// name entries of its collection (on a library's page, its name in every row says nothing).
    func entryData(_ index: Int, urls: URLBuilder) -> TemplateValue {
        let entry = model.entry(index)
        guard let collection = entry.collection else { return .object([:]) }
        var result: Context = [:]
        for (d, dataset) in model.site.datasets.enumerated() {
            let schema = dataset.schema
            let own = Set(schema.columns.indices.filter { schema.columns[$0].type == .ref(collection: collection) })
            let shown = schema.columns.indices.filter { !own.contains($0) }
            let rows: [TemplateValue] = (byEntry[d][collection + "/" + entry.slug] ?? []).map { r in
                var row = Self.row(dataset.rows[r], of: dataset, model: model, urls: urls)
                if case .list(let cells)? = row["cells"] { row["cells"] = .list(shown.map { cells[$0] }) }
                return .object(row)
            }
            result[schema.name] = .object(Self.table(schema, rows: rows, columns: shown.map { schema.columns[$0] }, urls: urls))
        }
        return .object(result)
    }

    /// What a table of a dataset needs: its title, columns, rows and the files to download.
    private static func table(_ schema: DatasetSchema, rows: [TemplateValue], columns: [DatasetColumn], urls: URLBuilder) -> Context {
        var table: Context = [
            "name": .string(schema.name), "title": .string(schema.title), "rows": .list(rows), "count": .int(rows.count),
            "hasRows": .bool(!rows.isEmpty),
            "columns": .list(columns.map { ["name": .string($0.name), "label": .string($0.label), "isNumber": .bool($0.type.isNumber)] }),
        ]
        if let description = schema.description { table["description"] = .string(description) }
        if let csv = schema.csvPath, let json = schema.jsonPath {
            table["csv"] = .string(urls.page(csv))
            table["json"] = .string(urls.page(json))
        }
        return table
    }

    /// One row: each column by name (shown), `raw` and `url` by name, `cells` in column order
    /// (`name`, `label`, `text`, `raw`, `isNumber`, `isEmpty`, `hasLink`, `link`).
    private static func row(_ row: DatasetRow, of dataset: Dataset, model: SiteModel, urls: URLBuilder) -> Context {
        var context: Context = [:]
        var raw: Context = [:]
        var links: Context = [:]
        var cells: [TemplateValue] = []
        for (column, value) in zip(dataset.schema.columns, row.values) {
            let text = value.map { DatasetFormat.text($0, column: column, model: model) } ?? ""
            // Every key a cell may have is set on every cell: a missing one would be looked
            // up in the row and the page around it.
            var cell: Context = [
                "name": .string(column.name), "label": .string(column.label), "text": .string(text),
                "isNumber": .bool(column.type.isNumber), "isEmpty": .bool(value == nil), "raw": .string(""),
                "hasLink": .bool(false), "link": .string(""),
            ]
            if let value {
                let made = DatasetFormat.raw(value)
                raw[column.name] = made
                cell["raw"] = made
            }
            if case .ref(let collection) = column.type, case .text(let slug)? = value,
                let target = model.index(of: collection, slug: slug)
            {
                let url = TemplateValue.string(urls.page(model.entry(target).url))
                links[column.name] = url
                cell["link"] = url
                cell["hasLink"] = .bool(true)
            }
            context[column.name] = .string(text)
            cells.append(.object(cell))
        }
        context["raw"] = .object(raw)
        context["url"] = .object(links)
        context["cells"] = .list(cells)
        context["key"] = .string(dataset.key(of: row))
        return context
    }
}
