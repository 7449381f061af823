// The English catalogue of datasets and charts (see DatasetMessage.swift).
extension DatasetMessage {
    var english: String {
        switch self {
        case .contextDataset(let name): "dataset '\(name)'"
        case .contextColumn(let column, let dataset): "column '\(column)' of dataset '\(dataset)'"
        case .contextChart(let name): "chart '\(name)'"
        case .notAMapping(let key): "'\(key)' must be a mapping of names to their settings"
        case .notGlobs(let context): "'files' of \(context.english) must be a glob or a list of globs"
        case .filesExample: "e.g. files: data/statistika/*.csv (one file a year), or a list of such globs"
        case .filesOutsideData(let dataset, let glob):
            "'files' of dataset '\(dataset)' names '\(glob)': data files must be under data/ and end in .csv, .yml or .yaml"
        case .keyNotColumns(let context): "'key' of \(context.english) must name columns"
        case .keyNotAColumn(let dataset, let name): "'key' of dataset '\(dataset)' names '\(name)', which is not one of its columns"
        case .keyExample: "e.g. key: [library, year]: the columns that together name one row"
        case .columnsNotAMapping(let context): "'columns' of \(context.english) must map each column's name to its type"
        case .columnsExample: "e.g. columns: {library: {type: ref, collection: bibliotekos}, year: year, visits: integer}"
        case .unknownColumnType(let type): "unknown column type '\(type)'"
        case .refNeedsCollection(let column): "column '\(column)' of type 'ref' needs 'collection'"
        case .refExample: "write it as {type: ref, collection: bibliotekos}"
        case .unknownCollection(let column, let collection): "column '\(column)' refers to collection '\(collection)', which is not declared"
        case .noFiles(let dataset, let globs): "no file matches 'files' of dataset '\(dataset)' (\(globs.joined(separator: ", ")))"
        case .noFilesHint: "put the files under data/ (e.g. data/statistika/2025.csv), or correct the glob"
        case .twoDatasets(let path, let first, let second): "file \(path) matches 'files' of datasets '\(first)' and '\(second)'"
        case .twoDatasetsHint: "a file belongs to one dataset: make the globs narrower"

        case .unclosedQuote: "a quoted cell is never closed"
        case .unclosedQuoteHint: "end the cell with \", and write a quote inside a cell twice (\"\")"
        case .textAfterQuote: "text after the closing quote of a cell"
        case .emptyFile: "the file has no header row"
        case .headerHint(let columns, let separator): "the first row names the columns: \(columns.joined(separator: separator))"
        case .missingColumn(let name): "column '\(name)' is missing from the header"
        case .extraColumn(let name, let dataset): "column '\(name)' is not a column of dataset '\(dataset)'"
        case .declareColumn(let known):
            "declare it under 'columns' in site.yml, or remove it; known columns: \(known.joined(separator: ", "))"
        case .duplicateColumn(let name): "column '\(name)' appears twice in the header"
        case .duplicateColumnHint: "remove or rename one of them"
        case .tooManyCells(let cells, let columns): "the row has \(cells) cells, but the header has \(columns) columns"
        case .cellsHint(let separator): "separate cells with '\(separator)', and put a cell that holds '\(separator)' in quotes"
        case .notAList: "a YAML data file must be a list of rows"
        case .notAListHint: "write each row as '- {library: pavb, year: 2025, visits: 1200}'"
        case .rowNotAMapping: "a row must be a mapping of column names to values"
        case .cellNotAValue: "a cell must hold one value, not a list or mapping"

        case .requiredCell(let column): "the cell of column '\(column)' is empty"
        case .requiredHint(let key):
            key ? "every row needs a value in the key's columns" : "the column is 'required: true': every row needs a value"
        case .notAWholeNumber(let cell, let column): "cell '\(cell)' of column '\(column)' is not a whole number"
        case .wholeNumberHint: "write digits only, with spaces between thousands if you like: 1234 or 1 234"
        case .fractionInInteger(let cell, let column):
            "cell '\(cell)' of column '\(column)' has a fraction, but the column holds whole numbers"
        case .fractionHint: "round it, or declare the column {type: decimal}"
        case .notANumber(let cell, let column): "cell '\(cell)' of column '\(column)' is not a number"
        case .numberHint: "write a number such as 1 234,5 or 1234.5 (digits, a decimal comma or point, spaces between thousands)"
        case .notAPercent(let cell, let column): "cell '\(cell)' of column '\(column)' is not a percentage"
        case .percentHint: "write a number, with or without %: 45, 45,5 or 45 %"
        case .notADate(let cell, let column): "cell '\(cell)' of column '\(column)' is not a date"
        case .dateHint: "write the date as year-month-day: 2025-03-01 (or 2025.03.01)"
        case .notAYear(let cell, let column): "cell '\(cell)' of column '\(column)' is not a year"
        case .yearHint: "write the year with four digits: 2025"

        case .duplicateKey(let key, let first): "duplicate row \(key): the same key is already in \(first)"
        case .duplicateKeyHint(let columns):
            "every row needs its own combination of \(columns.joined(separator: ", ")); remove or correct one of them"
        case .unknownEntry(let cell, let column, let collection):
            "cell '\(cell)' of column '\(column)' names no entry of collection '\(collection)'"
        case .unknownEntryHint(let folder): "write the file name (without .md) of an entry in content/\(folder)/"

        case .targetNotANumber(let context): "'target' of \(context.english) must be a number"
        case .seriesNotColumns(let context): "'series' of \(context.english) must name numeric columns, e.g. [visits, loans]"
        case .unknownChartKind(let kind): "unknown chart kind '\(kind)'"
        case .unknownDataset(let chart, let dataset): "chart '\(chart)' draws dataset '\(dataset)', which is not declared"
        case .chartColumn(let chart, let key, let column, let dataset):
            "'\(key)' of chart '\(chart)' names '\(column)', which is not a column of dataset '\(dataset)'"
        case .chartNotANumber(let chart, let column): "chart '\(chart)' draws column '\(column)', which does not hold numbers"
        case .chartNumberHint: "'series' names columns of type integer, decimal or percent"
        case .chartEntryNotARef(let chart, let column): "'entry' of chart '\(chart)' names '\(column)', which is not a ref column"
        case .chartEntryHint: "name the column that refers to the entry whose page shows the chart, e.g. entry: library"
        case .chartGroupNeedsOneSeries(let chart): "chart '\(chart)' has 'group', so 'series' must name one column"
        case .chartGroupHint: "e.g. series: [visits], group: library: one line per library"
        }
    }
}
