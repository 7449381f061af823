import Charts
import Config
import Content
import Model

/// The charts of site.yml (`charts:`) made from their datasets' rows: `charts.<name>` of all
/// rows, `entry_charts.<name>` of the rows that name an entry (`entry:`). Categories are the
/// `x` column's values (numbers, years and dates in ascending order, others as they first
/// appear); rows that share a category (and group) are added up.
enum DatasetCharts {
    /// The chart of `rows` (indexes into the dataset's), as HTML; `nil` for a chart whose
    /// dataset or kind is unknown (site.yml's checks report those).
    static func html(_ chart: ChartSchema, rows: [Int]? = nil, model: SiteModel, id: String) -> String? {
        guard let dataset = model.site.datasets.first(where: { $0.schema.name == chart.dataset }),
            let kind = ChartKind(rawValue: chart.kind), let spec = spec(chart, kind: kind, dataset: dataset, rows: rows, model: model)
        else { return nil }
        return ChartRenderer.html(spec, id: id)
    }

    static func spec(_ chart: ChartSchema, kind: ChartKind, dataset: Dataset, rows: [Int]?, model: SiteModel) -> ChartSpec? {
        let schema = dataset.schema
        guard let x = schema.columnIndex(chart.x) else { return nil }
        let valueColumns = chart.series.compactMap(schema.columnIndex)
        guard let first = valueColumns.first else { return nil }
        let group = chart.group.flatMap(schema.columnIndex)
        let chosen = rows.map { $0.map { dataset.rows[$0] } } ?? dataset.rows
        // Categories and groups in order of first appearance; numbers and dates sorted.
        // Sets beside the lists: `contains` on the lists made a chart quadratic in its categories.
        var categories: [DatasetValue] = [], seenCategories: Set<DatasetValue> = []
        var groups: [DatasetValue] = [], seenGroups: Set<DatasetValue> = []
        var sums: [String: Double] = [:]
        for row in chosen {
            guard let category = row.values[x] else { continue }
            if seenCategories.insert(category).inserted { categories.append(category) }
            if let group {
                guard let g = row.values[group], let value = row.values[first]?.number else { continue }
                if seenGroups.insert(g).inserted { groups.append(g) }
                sums[category.raw + "\u{0}" + g.raw, default: 0] += value
            } else {
                for column in valueColumns {
                    guard let value = row.values[column]?.number else { continue }
                    sums[category.raw + "\u{0}" + String(column), default: 0] += value
                }
            }
        }
        if categories.allSatisfy({ $0.number != nil }) {
            categories.sort { ($0.number ?? 0) < ($1.number ?? 0) }
        } else if categories.allSatisfy({ if case .date = $0 { true } else { false } }) {
            categories.sort { $0.raw < $1.raw }
        }
        let series: [ChartSeries]
        if let group {
            series = groups.map { g in
                ChartSeries(
                    label: DatasetFormat.text(g, column: schema.columns[group], model: model),
                    values: categories.map { sums[$0.raw + "\u{0}" + g.raw] })
            }
        } else {
            series = valueColumns.map { column in
                ChartSeries(label: schema.columns[column].label, values: categories.map { sums[$0.raw + "\u{0}" + String(column)] })
            }
        }
        let valueColumn = schema.columns[first]
        let format: ChartValueFormat = switch valueColumn.type {
        case .percent: .percent
        case .decimal: .decimal(places: 1)
        default: .integer
        }
        return ChartSpec(
            kind: kind, title: chart.title, description: chart.description, categoryTitle: schema.columns[x].label,
            categories: categories.map { DatasetFormat.text($0, column: schema.columns[x], model: model) }, series: series,
            format: format, unit: valueColumn.unit, target: chart.target, language: model.config.language)
    }
}
