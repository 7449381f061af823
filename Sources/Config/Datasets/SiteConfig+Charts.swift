import Diagnostics
import Text
import YAML

/// `charts:` of site.yml: name → {title, description, dataset, kind, x, series, group, entry, target}.
extension SiteConfig {
    static func decodeCharts(_ node: YAMLNode, datasets: [DatasetSchema], _ diagnostics: inout [Diagnostic]) -> [ChartSchema] {
        decodeNamed(node, section: "charts", &diagnostics) { name, value, location, diagnostics in
            decodeChart(name, value, at: location, datasets: datasets, &diagnostics)
        }
    }

    private static func decodeChart(
        _ name: String, _ node: YAMLNode, at location: SourceLocation, datasets: [DatasetSchema], _ diagnostics: inout [Diagnostic]
    ) -> ChartSchema? {
        let context = Message.datasets(.contextChart(name))
        guard var r = MappingReader(node, context: context, diagnostics: &diagnostics) else { return nil }
        let title = r.string("title", required: true) ?? name
        let description = r.string("description")
        let datasetName = r.string("dataset", required: true)
        let kind = r.string("kind", required: true)
        let x = r.string("x", required: true)
        let group = r.string("group")
        let entry = r.string("entry")
        var target: Double?
        if let t = r.value("target") {
            switch t.resolved {
            case .int(let i): target = Double(i)
            case .float(let f): target = f
            default: r.error(Message.datasets(.targetNotANumber(context)), at: t)
            }
        }
        var series: [String] = []
        if let s = r.value("series") {
            series = s.text.map { [$0] } ?? s.items?.compactMap(\.text) ?? []
            if series.isEmpty { r.error(Message.datasets(.seriesNotColumns(context)), at: s) }
        } else {
            r.missing("series")
        }
        var ok = true
        if let kind, let kindNode = r.value("kind"), !ChartSchema.kinds.contains(kind) {
            ok = false
            diagnostics.append(
                Diagnostic.error(
                    Message.datasets(.unknownChartKind(kind)), at: kindNode.location, length: kindNode.length,
                    hint: Suggestion.closest(to: kind, in: ChartSchema.kinds).map(Message.didYouMean)
                        ?? Message.known(noun: .kinds, names: ChartSchema.kinds)))
        }
        if let datasetName, let datasetNode = r.value("dataset") {
            if let dataset = datasets.first(where: { $0.name == datasetName }) {
                ok = checkColumns(name, dataset, &r, x: x, series: series, group: group, entry: entry, &diagnostics) && ok
            } else {
                ok = false
                let names = datasets.map(\.name)
                diagnostics.append(
                    Diagnostic.error(
                        Message.datasets(.unknownDataset(name, datasetName)), at: datasetNode.location, length: datasetNode.length,
                        hint: Suggestion.closest(to: datasetName, in: names).map(Message.didYouMean)
                            ?? Message.known(noun: .datasets, names: names)))
            }
        }
        diagnostics += r.finish()
        guard ok, let datasetName, let kind, let x, !series.isEmpty else { return nil }
        return ChartSchema(
            name: name, title: title, description: description, dataset: datasetName, kind: kind, x: x, series: series,
            group: group, entry: entry, target: target, location: location)
    }

    /// Whether the columns the chart names are the dataset's and of the right types.
    private static func checkColumns(
        _ chart: String, _ dataset: DatasetSchema, _ r: inout MappingReader, x: String?, series: [String], group: String?,
        entry: String?, _ diagnostics: inout [Diagnostic]
    ) -> Bool {
        var ok = true
        let names = dataset.columns.map(\.name)
        func known(_ key: String, _ column: String) -> DatasetColumn? {
            if let found = dataset.column(column) { return found }
            ok = false
            let node = r.value(key)
            diagnostics.append(
                Diagnostic.error(
                    Message.datasets(.chartColumn(chart, key, column, dataset.name)), at: node?.location ?? r.node.location,
                    length: node?.length ?? 1,
                    hint: Suggestion.hint(for: column, in: names, noun: .columns)))
            return nil
        }
        if let x { _ = known("x", x) }
        if let group { _ = known("group", group) }
        for name in series {
            guard let column = known("series", name), !column.type.isNumber else { continue }
            ok = false
            let node = r.value("series")
            diagnostics.append(
                Diagnostic.error(
                    Message.datasets(.chartNotANumber(chart, name)), at: node?.location, length: node?.length ?? 1,
                    hint: Message.datasets(.chartNumberHint)))
        }
        if group != nil, series.count > 1 {
            ok = false
            let node = r.value("series")
            diagnostics.append(
                Diagnostic.error(
                    Message.datasets(.chartGroupNeedsOneSeries(chart)), at: node?.location, length: node?.length ?? 1,
                    hint: Message.datasets(.chartGroupHint)))
        }
        if let entry, let column = known("entry", entry), case .ref = column.type {
        } else if let entry, dataset.column(entry) != nil {
            ok = false
            let node = r.value("entry")
            diagnostics.append(
                Diagnostic.error(
                    Message.datasets(.chartEntryNotARef(chart, entry)), at: node?.location, length: node?.length ?? 1,
                    hint: Message.datasets(.chartEntryHint)))
        }
        return ok
    }
}
