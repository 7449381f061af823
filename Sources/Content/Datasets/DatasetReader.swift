import Config
import Diagnostics
import Text
import YAML

/// Reads one data file of a dataset, CSV or YAML by its extension, into typed rows; every
/// bad cell, missing or extra column is a diagnostic at its line and column.
enum DatasetReader {
    struct Result {
        var rows: [DatasetRow] = []
        var diagnostics: [Diagnostic] = []
        /// The decoded text, for quoting lines in diagnostics.
        var text: String?
    }

    static func read(_ file: SourceFile, schema: DatasetSchema) -> Result {
        var result = Result()
        switch SourceText.decode(file.bytes, path: file.path) {
        case .failure(let d):
            result.diagnostics.append(d)
            result.text = String(decoding: file.bytes, as: UTF8.self)
        case .success(let text):
            result.text = text
            if file.path.lowercased().hasSuffix(".csv") {
                readCSV(text, path: file.path, schema: schema, into: &result)
            } else {
                readYAML(text, path: file.path, schema: schema, into: &result)
            }
        }
        return result
    }

    private static func readCSV(_ text: String, path: String, schema: DatasetSchema, into result: inout Result) {
        let table = CSVTable(text, path: path)
        result.diagnostics += table.diagnostics
        guard table.diagnostics.isEmpty else { return }
        let separator = String(table.separator)
        guard let header = table.records.first else {
            result.diagnostics.append(
                DatasetMessages.error(
                    DatasetMessages.emptyFile, at: SourceLocation(file: path, line: 1, column: 1),
                    hint: DatasetMessages.headerHint(schema.columns.map(\.name), separator: separator)))
            return
        }
        // Which column each cell of a row belongs to (`nil`: an extra column, reported once).
        var slots: [Int?] = []
        var seen: Set<String> = []
        for cell in header.cells {
            let name = cell.text.trimmingCharacters(in: .whitespacesAndSpaces)
            let at = SourceLocation(file: path, line: cell.line, column: cell.column)
            if seen.contains(name) {
                result.diagnostics.append(
                    DatasetMessages.error(
                        DatasetMessages.duplicateColumn(name), at: at, length: max(1, cell.text.count),
                        hint: DatasetMessages.duplicateColumnHint))
                slots.append(nil)
                continue
            }
            seen.insert(name)
            guard let index = schema.columnIndex(name) else {
                result.diagnostics.append(extraColumn(name, at: at, length: cell.text.count, schema: schema))
                slots.append(nil)
                continue
            }
            slots.append(index)
        }
        for (index, column) in schema.columns.enumerated() where !slots.contains(index) {
            let end = SourceLocation(file: path, line: header.line, column: header.cells.first?.column ?? 1)
            result.diagnostics.append(
                DatasetMessages.error(
                    DatasetMessages.missingColumn(column.name), at: end, length: header.endColumn - 1,
                    hint: DatasetMessages.headerHint(schema.columns.map(\.name), separator: separator)))
        }
        guard !result.diagnostics.contains(where: { $0.severity == .error }) else { return }
        let keyColumns = Set(schema.keyIndexes)
        for record in table.records.dropFirst() {
            if record.cells.count != header.cells.count {
                let at = record.cells.count > header.cells.count
                    ? SourceLocation(file: path, line: record.cells[header.cells.count].line, column: record.cells[header.cells.count].column)
                    : SourceLocation(file: path, line: record.endLine, column: record.endColumn)
                result.diagnostics.append(
                    DatasetMessages.error(
                        DatasetMessages.tooManyCells(record.cells.count, header.cells.count), at: at,
                        hint: DatasetMessages.cellsHint(separator)))
                continue
            }
            var row = DatasetRow(
                values: Array(repeating: nil, count: schema.columns.count),
                cells: Array(repeating: nil, count: schema.columns.count),
                location: SourceLocation(file: path, line: record.line, column: 1))
            for (cell, slot) in zip(record.cells, slots) {
                guard let slot else { continue }
                let at = SourceLocation(file: path, line: cell.line, column: cell.column)
                row.cells[slot] = at
                row.values[slot] = value(
                    cell.text, column: schema.columns[slot], isKey: keyColumns.contains(slot), at: at, &result.diagnostics)
            }
            result.rows.append(row)
        }
    }

    private static func readYAML(_ text: String, path: String, schema: DatasetSchema, into result: inout Result) {
        let root: YAMLNode
        do {
            root = try YAMLParser().parseDocument(text, file: path)
        } catch {
            result.diagnostics += error.diagnostics
            return
        }
        guard let items = root.items else {
            result.diagnostics.append(
                DatasetMessages.error(DatasetMessages.notAList, at: root.location, length: root.length, hint: DatasetMessages.notAListHint))
            return
        }
        let keyColumns = Set(schema.keyIndexes)
        for item in items {
            guard let pairs = item.pairs else {
                result.diagnostics.append(
                    DatasetMessages.error(
                        DatasetMessages.rowNotAMapping, at: item.location, length: item.length, hint: DatasetMessages.notAListHint))
                continue
            }
            var row = DatasetRow(
                values: Array(repeating: nil, count: schema.columns.count),
                cells: Array(repeating: nil, count: schema.columns.count), location: item.location)
            for pair in pairs {
                let name = pair.key.text ?? ""
                guard let slot = schema.columnIndex(name) else {
                    result.diagnostics.append(extraColumn(name, at: pair.key.location, length: pair.key.length, schema: schema))
                    continue
                }
                row.cells[slot] = pair.value.location
                guard pair.value.text != nil else {
                    result.diagnostics.append(
                        DatasetMessages.error(
                            DatasetMessages.cellNotAValue, at: pair.value.location, length: pair.value.length,
                            hint: DatasetMessages.notAListHint))
                    continue
                }
                let text: String
                if case .null = pair.value.resolved { text = "" } else { text = pair.value.text ?? "" }
                row.values[slot] = value(
                    text, column: schema.columns[slot], isKey: keyColumns.contains(slot), at: pair.value.location,
                    &result.diagnostics)
            }
            // A column a row leaves out is an empty cell of it.
            for (slot, column) in schema.columns.enumerated() where row.cells[slot] == nil {
                if column.required || keyColumns.contains(slot) {
                    result.diagnostics.append(
                        DatasetMessages.error(
                            DatasetMessages.requiredCell(column.name), at: item.location,
                            hint: DatasetMessages.requiredHint(key: keyColumns.contains(slot))))
                }
            }
            result.rows.append(row)
        }
    }

    private static func value(
        _ text: String, column: DatasetColumn, isKey: Bool, at location: SourceLocation, _ diagnostics: inout [Diagnostic]
    ) -> DatasetValue? {
        switch CellParser.parse(text, column: column) {
        case .success(let value?):
            return value
        case .success(nil):
            if column.required || isKey {
                diagnostics.append(
                    DatasetMessages.error(
                        DatasetMessages.requiredCell(column.name), at: location, hint: DatasetMessages.requiredHint(key: isKey)))
            }
            return nil
        case .failure(let problem):
            diagnostics.append(
                DatasetMessages.error(problem.message, at: location, length: max(1, text.count), hint: problem.hint))
            return nil
        }
    }

    private static func extraColumn(_ name: String, at location: SourceLocation, length: Int, schema: DatasetSchema) -> Diagnostic {
        let names = schema.columns.map(\.name)
        return DatasetMessages.error(
            DatasetMessages.extraColumn(name, schema.name), at: location, length: max(1, length),
            hint: DatasetMessages.extraColumnHint(Suggestion.closest(to: name, in: names), names))
    }
}
