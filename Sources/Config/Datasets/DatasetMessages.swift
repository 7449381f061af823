import Diagnostics

/// Every message and hint of datasets and charts, in one place (site.yml declarations,
/// CSV and YAML files, cells, checks across files). Words a librarian knows: cell
/// (langelis), column (stulpelis), row (eilutė).
package enum DatasetMessages {
    /// A diagnostic of `message` and `hint` (their English form).
    package static func error(_ message: DatasetText, at location: SourceLocation?, length: Int = 1, hint: DatasetText?) -> Diagnostic {
        .error(message.en, at: location, length: length, hint: hint?.en)
    }

    // MARK: - site.yml

    static func notAMapping(_ key: String) -> DatasetText {
        DatasetText(
            "'\(key)' must be a mapping of names to their settings",
            lt: "'\(key)' turi būti pavadinimų ir jų nustatymų sąrašas (name: {…})")
    }
    static func notGlobs(_ context: String) -> DatasetText {
        DatasetText("'files' of \(context) must be a glob or a list of globs", lt: "\(context) 'files' turi būti šablonas arba jų sąrašas")
    }
    static func keyNotColumns(_ context: String) -> DatasetText {
        DatasetText("'key' of \(context) must name columns", lt: "\(context) 'key' turi nurodyti stulpelius")
    }
    static func columnsNotAMapping(_ context: String) -> DatasetText {
        DatasetText(
            "'columns' of \(context) must map each column's name to its type",
            lt: "\(context) 'columns' turi nurodyti kiekvieno stulpelio pavadinimą ir tipą")
    }
    static let columnsExample = DatasetText(
        "e.g. columns: {library: {type: ref, collection: bibliotekos}, year: year, visits: integer}",
        lt: "pvz., columns: {library: {type: ref, collection: bibliotekos}, year: year, visits: integer}")
    static func targetNotANumber(_ context: String) -> DatasetText {
        DatasetText("'target' of \(context) must be a number", lt: "\(context) 'target' turi būti skaičius")
    }
    static func seriesNotColumns(_ context: String) -> DatasetText {
        DatasetText(
            "'series' of \(context) must name numeric columns, e.g. [visits, loans]",
            lt: "\(context) 'series' turi nurodyti skaitinius stulpelius, pvz., [visits, loans]")
    }
    static let filesExample = DatasetText(
        "e.g. files: data/statistika/*.csv (one file a year), or a list of such globs",
        lt: "pvz., files: data/statistika/*.csv (po failą metams) arba tokių šablonų sąrašas")
    static func filesOutsideData(_ dataset: String, _ glob: String) -> DatasetText {
        DatasetText(
            "'files' of dataset '\(dataset)' names '\(glob)': data files must be under data/ and end in .csv, .yml or .yaml",
            lt: "duomenų rinkinio '\(dataset)' 'files' nurodo '\(glob)': duomenų failai turi būti aplanke data/ ir baigtis .csv, .yml arba .yaml")
    }
    static func unknownColumnType(_ type: String) -> DatasetText {
        DatasetText("unknown column type '\(type)'", lt: "nežinomas stulpelio tipas '\(type)'")
    }
    static func refNeedsCollection(_ column: String) -> DatasetText {
        DatasetText(
            "column '\(column)' of type 'ref' needs 'collection'", lt: "'ref' tipo stulpeliui '\(column)' reikia 'collection'")
    }
    static let refExample = DatasetText(
        "write it as {type: ref, collection: bibliotekos}", lt: "rašykite {type: ref, collection: bibliotekos}")
    static func unknownCollection(_ column: String, _ collection: String) -> DatasetText {
        DatasetText(
            "column '\(column)' refers to collection '\(collection)', which is not declared",
            lt: "stulpelis '\(column)' nurodo rinkinį '\(collection)', kuris neaprašytas")
    }
    static func keyNotAColumn(_ dataset: String, _ name: String) -> DatasetText {
        DatasetText(
            "'key' of dataset '\(dataset)' names '\(name)', which is not one of its columns",
            lt: "duomenų rinkinio '\(dataset)' raktas 'key' nurodo '\(name)', kurio nėra tarp stulpelių")
    }
    static let keyExample = DatasetText(
        "e.g. key: [library, year]: the columns that together name one row",
        lt: "pvz., key: [library, year]: stulpeliai, kurie kartu nurodo vieną eilutę")
    static func known(_ noun: String, _ names: [String]) -> DatasetText {
        DatasetText("known \(noun): \(names.joined(separator: ", "))", lt: "galimi: \(names.joined(separator: ", "))")
    }
    package static func didYouMean(_ name: String) -> DatasetText {
        DatasetText("did you mean '\(name)'?", lt: "gal turėjote omenyje '\(name)'?")
    }
    package static func noFiles(_ dataset: String, _ globs: [String]) -> DatasetText {
        DatasetText(
            "no file matches 'files' of dataset '\(dataset)' (\(globs.joined(separator: ", ")))",
            lt: "joks failas neatitinka duomenų rinkinio '\(dataset)' 'files' (\(globs.joined(separator: ", ")))")
    }
    package static let noFilesHint = DatasetText(
        "put the files under data/ (e.g. data/statistika/2025.csv), or correct the glob",
        lt: "įdėkite failus į aplanką data/ (pvz., data/statistika/2025.csv) arba pataisykite šabloną")
    package static func twoDatasets(_ path: String, _ first: String, _ second: String) -> DatasetText {
        DatasetText(
            "file \(path) matches 'files' of datasets '\(first)' and '\(second)'",
            lt: "failas \(path) atitinka duomenų rinkinių '\(first)' ir '\(second)' 'files'")
    }
    package static let twoDatasetsHint = DatasetText(
        "a file belongs to one dataset: make the globs narrower", lt: "failas gali priklausyti vienam rinkiniui: susiaurinkite šablonus")

    // MARK: - Files

    package static let unclosedQuote = DatasetText(
        "a quoted cell is never closed", lt: "kabutėmis pradėtas langelis neuždarytas")
    package static let unclosedQuoteHint = DatasetText(
        "end the cell with \", and write a quote inside a cell twice (\"\")",
        lt: "užbaikite langelį kabute \", o kabutę langelio viduje rašykite dvigubą (\"\")")
    package static let textAfterQuote = DatasetText(
        "text after the closing quote of a cell", lt: "tekstas po langelį uždarančios kabutės")
    package static let emptyFile = DatasetText(
        "the file has no header row", lt: "faile nėra antraštės eilutės")
    package static func headerHint(_ columns: [String], separator: String) -> DatasetText {
        DatasetText(
            "the first row names the columns: \(columns.joined(separator: separator))",
            lt: "pirmoje eilutėje rašomi stulpelių pavadinimai: \(columns.joined(separator: separator))")
    }
    package static func missingColumn(_ name: String) -> DatasetText {
        DatasetText("column '\(name)' is missing from the header", lt: "antraštėje trūksta stulpelio '\(name)'")
    }
    package static func extraColumn(_ name: String, _ dataset: String) -> DatasetText {
        DatasetText(
            "column '\(name)' is not a column of dataset '\(dataset)'", lt: "stulpelio '\(name)' nėra duomenų rinkinyje '\(dataset)'")
    }
    package static func extraColumnHint(_ suggestion: String?, _ known: [String]) -> DatasetText {
        if let suggestion { return didYouMean(suggestion) }
        return DatasetText(
            "declare it under 'columns' in site.yml, or remove it; known columns: \(known.joined(separator: ", "))",
            lt: "aprašykite jį site.yml skiltyje 'columns' arba pašalinkite; žinomi stulpeliai: \(known.joined(separator: ", "))")
    }
    package static func duplicateColumn(_ name: String) -> DatasetText {
        DatasetText("column '\(name)' appears twice in the header", lt: "stulpelis '\(name)' antraštėje pasikartoja")
    }
    package static let duplicateColumnHint = DatasetText(
        "remove or rename one of them", lt: "pašalinkite arba pervadinkite vieną iš jų")
    package static func tooManyCells(_ cells: Int, _ columns: Int) -> DatasetText {
        DatasetText(
            "the row has \(cells) cells, but the header has \(columns) columns",
            lt: "eilutėje yra \(cells) langelių, o antraštėje \(columns) stulpelių")
    }
    package static func tooFewCells(_ cells: Int, _ columns: Int) -> DatasetText {
        tooManyCells(cells, columns)
    }
    package static func cellsHint(_ separator: String) -> DatasetText {
        DatasetText(
            "separate cells with '\(separator)', and put a cell that holds '\(separator)' in quotes",
            lt: "langelius skirkite ženklu '\(separator)', o langelį su '\(separator)' rašykite kabutėse")
    }
    package static let notAList = DatasetText(
        "a YAML data file must be a list of rows", lt: "YAML duomenų failas turi būti eilučių sąrašas")
    package static let notAListHint = DatasetText(
        "write each row as '- {library: pavb, year: 2025, visits: 1200}'",
        lt: "kiekvieną eilutę rašykite '- {library: pavb, year: 2025, visits: 1200}'")
    package static let rowNotAMapping = DatasetText(
        "a row must be a mapping of column names to values", lt: "eilutė turi būti stulpelių ir reikšmių sąrašas")
    package static let cellNotAValue = DatasetText(
        "a cell must hold one value, not a list or mapping", lt: "langelyje turi būti viena reikšmė, ne sąrašas")

    // MARK: - Cells

    package static func requiredCell(_ column: String) -> DatasetText {
        DatasetText("the cell of column '\(column)' is empty", lt: "stulpelio '\(column)' langelis tuščias")
    }
    package static func requiredHint(key: Bool) -> DatasetText {
        key
            ? DatasetText("every row needs a value in the key's columns", lt: "kiekvienoje eilutėje rakto stulpeliai turi būti užpildyti")
            : DatasetText("the column is 'required: true': every row needs a value", lt: "stulpelis privalomas: užpildykite kiekvieną eilutę")
    }
    package static func notAWholeNumber(_ cell: String, _ column: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' is not a whole number",
            lt: "stulpelio '\(column)' langelis '\(cell)' nėra sveikasis skaičius")
    }
    package static let wholeNumberHint = DatasetText(
        "write digits only, with spaces between thousands if you like: 1234 or 1 234",
        lt: "rašykite tik skaitmenis, tūkstančius galima skirti tarpu: 1234 arba 1 234")
    package static func fractionInInteger(_ cell: String, _ column: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' has a fraction, but the column holds whole numbers",
            lt: "stulpelio '\(column)' langelyje '\(cell)' yra trupmena, o stulpelyje turi būti sveikieji skaičiai")
    }
    package static let fractionHint = DatasetText(
        "round it, or declare the column {type: decimal}", lt: "suapvalinkite arba aprašykite stulpelį {type: decimal}")
    package static func notANumber(_ cell: String, _ column: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' is not a number", lt: "stulpelio '\(column)' langelis '\(cell)' nėra skaičius")
    }
    package static let numberHint = DatasetText(
        "write a number such as 1 234,5 or 1234.5 (digits, a decimal comma or point, spaces between thousands)",
        lt: "rašykite skaičių, pvz., 1 234,5 arba 1234.5 (skaitmenys, dešimtainis kablelis ar taškas, tarpai tarp tūkstančių)")
    package static func notAPercent(_ cell: String, _ column: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' is not a percentage",
            lt: "stulpelio '\(column)' langelis '\(cell)' nėra procentai")
    }
    package static let percentHint = DatasetText(
        "write a number, with or without %: 45, 45,5 or 45 %", lt: "rašykite skaičių su % arba be: 45, 45,5 arba 45 %")
    package static func notADate(_ cell: String, _ column: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' is not a date", lt: "stulpelio '\(column)' langelis '\(cell)' nėra data")
    }
    package static let dateHint = DatasetText(
        "write the date as year-month-day: 2025-03-01 (or 2025.03.01)", lt: "datą rašykite metai-mėnuo-diena: 2025-03-01 (arba 2025.03.01)")
    package static func notAYear(_ cell: String, _ column: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' is not a year", lt: "stulpelio '\(column)' langelis '\(cell)' nėra metai")
    }
    package static let yearHint = DatasetText("write the year with four digits: 2025", lt: "metus rašykite keturiais skaitmenimis: 2025")

    // MARK: - Across files

    package static func duplicateKey(_ key: String, _ first: SourceLocation) -> DatasetText {
        DatasetText(
            "duplicate row \(key): the same key is already in \(first)", lt: "pasikartojanti eilutė \(key): toks raktas jau yra \(first)")
    }
    package static func duplicateKeyHint(_ columns: [String]) -> DatasetText {
        DatasetText(
            "every row needs its own combination of \(columns.joined(separator: ", ")); remove or correct one of them",
            lt: "kiekvienos eilutės \(columns.joined(separator: ", ")) turi skirtis; pašalinkite arba pataisykite vieną")
    }
    package static func unknownEntry(_ cell: String, _ column: String, _ collection: String) -> DatasetText {
        DatasetText(
            "cell '\(cell)' of column '\(column)' names no entry of collection '\(collection)'",
            lt: "stulpelio '\(column)' langelis '\(cell)' nenurodo jokio rinkinio '\(collection)' įrašo")
    }
    package static func unknownEntryHint(_ folder: String) -> DatasetText {
        DatasetText(
            "write the file name (without .md) of an entry in content/\(folder)/",
            lt: "rašykite įrašo failo pavadinimą (be .md) iš aplanko content/\(folder)/")
    }
}

/// Messages of `charts:` in site.yml.
extension DatasetMessages {
    static func unknownChartKind(_ kind: String) -> DatasetText {
        DatasetText("unknown chart kind '\(kind)'", lt: "nežinoma diagramos rūšis '\(kind)'")
    }
    static func unknownDataset(_ chart: String, _ dataset: String) -> DatasetText {
        DatasetText(
            "chart '\(chart)' draws dataset '\(dataset)', which is not declared",
            lt: "diagrama '\(chart)' braižo duomenų rinkinį '\(dataset)', kuris neaprašytas")
    }
    static func chartColumn(_ chart: String, _ key: String, _ column: String, _ dataset: String) -> DatasetText {
        DatasetText(
            "'\(key)' of chart '\(chart)' names '\(column)', which is not a column of dataset '\(dataset)'",
            lt: "diagramos '\(chart)' '\(key)' nurodo '\(column)', kurio nėra duomenų rinkinio '\(dataset)' stulpeliuose")
    }
    static func chartNotANumber(_ chart: String, _ column: String) -> DatasetText {
        DatasetText(
            "chart '\(chart)' draws column '\(column)', which does not hold numbers",
            lt: "diagrama '\(chart)' braižo stulpelį '\(column)', kuriame nėra skaičių")
    }
    static let chartNumberHint = DatasetText(
        "'series' names columns of type integer, decimal or percent",
        lt: "'series' nurodo integer, decimal arba percent tipo stulpelius")
    static func chartEntryNotARef(_ chart: String, _ column: String) -> DatasetText {
        DatasetText(
            "'entry' of chart '\(chart)' names '\(column)', which is not a ref column",
            lt: "diagramos '\(chart)' 'entry' nurodo '\(column)', kuris nėra ref tipo stulpelis")
    }
    static let chartEntryHint = DatasetText(
        "name the column that refers to the entry whose page shows the chart, e.g. entry: library",
        lt: "nurodykite stulpelį, kuris nurodo įrašą, kurio puslapyje rodoma diagrama, pvz., entry: library")
    static func chartGroupNeedsOneSeries(_ chart: String) -> DatasetText {
        DatasetText(
            "chart '\(chart)' has 'group', so 'series' must name one column",
            lt: "diagrama '\(chart)' turi 'group', todėl 'series' turi nurodyti vieną stulpelį")
    }
    static let chartGroupHint = DatasetText(
        "e.g. series: [visits], group: library: one line per library",
        lt: "pvz., series: [visits], group: library: po liniją kiekvienai bibliotekai")
}
