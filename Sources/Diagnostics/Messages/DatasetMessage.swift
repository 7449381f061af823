/// The messages of datasets and charts (`datasets:` and `charts:` in site.yml, CSV and YAML
/// data files, their cells, checks across files): one area of `Message` (`.datasets(…)`),
/// rendered by `Catalogue+en+Datasets.swift` and `Catalogue+lt+Datasets.swift`, each a
/// `switch` over every case. Words a librarian knows: langelis, stulpelis, eilutė.
public enum DatasetMessage: Sendable, Hashable {
    // MARK: site.yml
    case contextDataset(String)
    case contextColumn(column: String, dataset: String)
    case contextChart(String)
    case notAMapping(String)
    case notGlobs(Message)
    case filesExample
    case filesOutsideData(String, String)
    case keyNotColumns(Message)
    case keyNotAColumn(String, String)
    case keyExample
    case columnsNotAMapping(Message)
    case columnsExample
    case unknownColumnType(String)
    case refNeedsCollection(String)
    case refExample
    case unknownCollection(String, String)
    case noFiles(String, [String])
    case noFilesHint
    case twoDatasets(String, String, String)
    case twoDatasetsHint

    // MARK: Files
    case unclosedQuote, unclosedQuoteHint, textAfterQuote, emptyFile
    case headerHint([String], separator: String)
    case missingColumn(String)
    case extraColumn(String, String)
    case declareColumn([String])
    case duplicateColumn(String)
    case duplicateColumnHint
    case tooManyCells(Int, Int)
    case cellsHint(String)
    case notAList, notAListHint, rowNotAMapping, cellNotAValue

    // MARK: Cells
    case requiredCell(String)
    case requiredHint(key: Bool)
    case notAWholeNumber(String, String)
    case wholeNumberHint
    case fractionInInteger(String, String)
    case fractionHint
    case notANumber(String, String)
    case numberHint
    case notAPercent(String, String)
    case percentHint
    case notADate(String, String)
    case dateHint
    case notAYear(String, String)
    case yearHint

    // MARK: Across files
    case duplicateKey(String, SourceLocation)
    case duplicateKeyHint([String])
    case unknownEntry(String, String, String)
    case unknownEntryHint(String)

    // MARK: Charts
    case targetNotANumber(Message)
    case seriesNotColumns(Message)
    case unknownChartKind(String)
    case unknownDataset(String, String)
    case chartColumn(String, String, String, String)
    case chartNotANumber(String, String)
    case chartNumberHint
    case chartEntryNotARef(String, String)
    case chartEntryHint
    case chartGroupNeedsOneSeries(String)
    case chartGroupHint
}
