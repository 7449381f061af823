// The Lithuanian catalogue of datasets and charts (see DatasetMessage.swift): duomenų rinkinys,
// stulpelis, eilutė, langelis, reikšmė; names in „…“, counts through the plural rule.
extension DatasetMessage {
    var lithuanian: String {
        switch self {
        case .contextDataset(let name): "duomenų rinkinys „\(name)“"
        case .contextColumn(let column, let dataset): "duomenų rinkinio „\(dataset)“ stulpelis „\(column)“"
        case .contextChart(let name): "diagrama „\(name)“"
        case .notAMapping(let key): "„\(key)“ turi būti pavadinimų sąrašas, po kiekvienu pavadinimu – jo nustatymai"
        case .notGlobs(let context): "„files“ (\(context.lithuanian)) turi būti failų šablonas arba šablonų sąrašas"
        case .filesExample: "pvz., files: data/statistika/*.csv (po failą metams) arba tokių šablonų sąrašas"
        case .filesOutsideData(let dataset, let glob):
            "duomenų rinkinio „\(dataset)“ „files“ nurodo „\(glob)“: duomenų failai turi būti aplanke data/, jų plėtiniai – .csv, .yml arba .yaml"
        case .keyNotColumns(let context): "„key“ (\(context.lithuanian)) turi nurodyti stulpelius"
        case .keyNotAColumn(let dataset, let name): "duomenų rinkinio „\(dataset)“ „key“ nurodo „\(name)“, bet tokio stulpelio nėra"
        case .keyExample: "pvz., key: [library, year]: stulpeliai, kurie kartu nurodo vieną eilutę"
        case .columnsNotAMapping(let context): "„columns“ (\(context.lithuanian)) turi nurodyti kiekvieno stulpelio pavadinimą ir tipą"
        case .columnsExample: "pvz., columns: {library: {type: ref, collection: bibliotekos}, year: year, visits: integer}"
        case .unknownColumnType(let type): "nežinomas stulpelio tipas „\(type)“"
        case .refNeedsCollection(let column): "„ref“ tipo stulpeliui „\(column)“ reikia nustatymo „collection“"
        case .refExample: "rašykite {type: ref, collection: bibliotekos}"
        case .unknownCollection(let column, let collection): "stulpelis „\(column)“ nurodo kolekciją „\(collection)“, bet tokia neaprašyta"
        case .noFiles(let dataset, let globs):
            "joks failas neatitinka duomenų rinkinio „\(dataset)“ „files“ (\(globs.joined(separator: ", ")))"
        case .noFilesHint: "padėkite failus į aplanką data/ (pvz., data/statistika/2025.csv) arba pataisykite šabloną"
        case .twoDatasets(let path, let first, let second): "failas \(path) atitinka duomenų rinkinių „\(first)“ ir „\(second)“ „files“"
        case .twoDatasetsHint: "failas gali priklausyti tik vienam duomenų rinkiniui: susiaurinkite šablonus"

        case .unclosedQuote: "kabutėmis pradėtas langelis neuždarytas"
        case .unclosedQuoteHint: "užbaikite langelį kabute \", o kabutę langelio viduje rašykite dvigubą (\"\")"
        case .textAfterQuote: "po langelį uždarančios kabutės dar yra teksto"
        case .emptyFile: "faile nėra antraštės eilutės"
        case .headerHint(let columns, let separator):
            "pirmoje eilutėje rašomi stulpelių pavadinimai: \(columns.joined(separator: separator))"
        case .missingColumn(let name): "antraštėje trūksta stulpelio „\(name)“"
        case .extraColumn(let name, let dataset): "stulpelio „\(name)“ duomenų rinkinyje „\(dataset)“ nėra"
        case .declareColumn(let known):
            "aprašykite jį site.yml nustatyme „columns“ arba pašalinkite; galimi stulpeliai: \(known.joined(separator: ", "))"
        case .duplicateColumn(let name): "stulpelis „\(name)“ antraštėje pasikartoja"
        case .duplicateColumnHint: "pašalinkite arba pervadinkite vieną iš jų"
        case .tooManyCells(let cells, let columns):
            "eilutėje yra \(Message.n(cells, "langelis", "langeliai", "langelių")), o antraštėje – \(Message.n(columns, "stulpelis", "stulpeliai", "stulpelių"))"
        case .cellsHint(let separator): "langelius skirkite ženklu „\(separator)“, o langelį, kuriame yra „\(separator)“, rašykite kabutėse"
        case .notAList: "YAML duomenų failas turi būti eilučių sąrašas"
        case .notAListHint: "kiekvieną eilutę rašykite taip: - {library: pavb, year: 2025, visits: 1200}"
        case .rowNotAMapping: "eilutė turi būti stulpelių pavadinimai su reikšmėmis"
        case .cellNotAValue: "langelyje turi būti viena reikšmė, ne sąrašas ar laukų grupė"

        case .requiredCell(let column): "stulpelio „\(column)“ langelis tuščias"
        case .requiredHint(let key):
            key ? "kiekvienoje eilutėje rakto stulpeliai turi būti užpildyti" : "stulpelis privalomas („required: true“): užpildykite jį kiekvienoje eilutėje"
        case .notAWholeNumber(let cell, let column): "stulpelio „\(column)“ langelis „\(cell)“ nėra sveikasis skaičius"
        case .wholeNumberHint: "rašykite tik skaitmenis, tūkstančius galima skirti tarpu: 1234 arba 1 234"
        case .fractionInInteger(let cell, let column):
            "stulpelio „\(column)“ langelyje „\(cell)“ yra trupmena, o stulpelyje turi būti sveikieji skaičiai"
        case .fractionHint: "suapvalinkite arba aprašykite stulpelį {type: decimal}"
        case .notANumber(let cell, let column): "stulpelio „\(column)“ langelis „\(cell)“ nėra skaičius"
        case .numberHint: "rašykite skaičių, pvz., 1 234,5 arba 1234.5 (skaitmenys, dešimtainis kablelis ar taškas, tarpai tarp tūkstančių)"
        case .notAPercent(let cell, let column): "stulpelio „\(column)“ langelis „\(cell)“ nėra procentai"
        case .percentHint: "rašykite skaičių su % arba be: 45, 45,5 arba 45 %"
        case .notADate(let cell, let column): "stulpelio „\(column)“ langelis „\(cell)“ nėra data"
        case .dateHint: "datą rašykite metai-mėnuo-diena: 2025-03-01 (arba 2025.03.01)"
        case .notAYear(let cell, let column): "stulpelio „\(column)“ langelis „\(cell)“ nėra metai"
        case .yearHint: "metus rašykite keturiais skaitmenimis: 2025"

        case .duplicateKey(let key, let first): "eilutė \(key) kartojasi: toks raktas jau yra \(first)"
        case .duplicateKeyHint(let columns):
            "kiekvienos eilutės stulpelių \(columns.joined(separator: ", ")) reikšmės turi skirtis; pašalinkite arba pataisykite vieną iš jų"
        case .unknownEntry(let cell, let column, let collection):
            "stulpelio „\(column)“ langelis „\(cell)“ nenurodo jokio kolekcijos „\(collection)“ įrašo"
        case .unknownEntryHint(let folder): "rašykite įrašo failo pavadinimą (be .md) iš aplanko content/\(folder)/"

        case .targetNotANumber(let context): "„target“ (\(context.lithuanian)) turi būti skaičius"
        case .seriesNotColumns(let context): "„series“ (\(context.lithuanian)) turi nurodyti skaitinius stulpelius, pvz., [visits, loans]"
        case .unknownChartKind(let kind): "nežinoma diagramos rūšis „\(kind)“"
        case .unknownDataset(let chart, let dataset): "diagrama „\(chart)“ braižo duomenų rinkinį „\(dataset)“, bet toks neaprašytas"
        case .chartColumn(let chart, let key, let column, let dataset):
            "diagramos „\(chart)“ „\(key)“ nurodo „\(column)“, bet duomenų rinkinyje „\(dataset)“ tokio stulpelio nėra"
        case .chartNotANumber(let chart, let column): "diagrama „\(chart)“ braižo stulpelį „\(column)“, kuriame nėra skaičių"
        case .chartNumberHint: "„series“ nurodo integer, decimal arba percent tipo stulpelius"
        case .chartEntryNotARef(let chart, let column): "diagramos „\(chart)“ „entry“ nurodo „\(column)“, bet tai ne ref tipo stulpelis"
        case .chartEntryHint: "nurodykite stulpelį, kuriame yra nuoroda į įrašą, kurio puslapyje rodoma diagrama, pvz., entry: library"
        case .chartGroupNeedsOneSeries(let chart): "diagrama „\(chart)“ turi „group“, todėl „series“ turi nurodyti vieną stulpelį"
        case .chartGroupHint: "pvz., series: [visits], group: library: po vieną liniją kiekvienai bibliotekai"
        }
    }
}
