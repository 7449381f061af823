// The Lithuanian catalogue of outputs (see OutputMessage.swift): aplankas, kelias, failas,
// nustatymas; names in „…“.
extension OutputMessage {
    var lithuanian: String {
        switch self {
        case .pathSetting(let key, let context, let problem): "„\(key)“ (\(context.lithuanian)) \(problem.lithuanian)"
        case .pathNotRelative: "turi būti aplankas svetainės aplanke, nurodytas nuo jo (be „/“ pradžioje)"
        case .pathNoFolder: "turi nurodyti aplanką svetainės aplanke"
        case .pathOutside(let reason): "turi būti kelias svetainės viduje: \(reason.lithuanian)"
        case .pathNotFile(let ext): "turi būti failo kelias, besibaigiantis .\(ext)"
        case .pathNotName(let ext): "turi būti failo pavadinimas mažosiomis raidėmis a–z be diakritikų, besibaigiantis .\(ext)"
        case .partEmpty: "kelyje yra tuščia dalis („//“)"
        case .partParent: "„..“ vestų už svetainės ribų"
        case .partCurrent: "„.“ nenurodo jokio aplanko"
        case .partBackslash: "„\\“ negalimas: kelio dalis skiria „/“"
        case .partSpace: "tarpai negalimi: rašykite „-“"
        case .partControl: "valdymo simboliai negalimi"
        case .partURLCharacter(let c): "„\(c)“ negalimas: adrese jis reiškia ką kita"
        case .folderExample(let key): "pvz., \(key): /projektai/"
        case .fileExample(let ext): "pvz., /mokymai.\(ext)"
        case .nameExample(let key, let ext): "pvz., \(key): registras.\(ext)"
        case .siteFolderExample(let key): "pvz., \(key): public"

        case .writesToo(let owner, let path, let other): "\(owner.lithuanian) rašo į \(path), bet ten rašo ir \(other.lithuanian)"
        case .giveAnotherPath: "vienam iš jų nurodykite kitą kelią"
        case .ownerSiteFeed: "visos svetainės naujienų kanalas („feeds: path“)"
        case .ownerAPI: "JSON API („api“)"
        case .ownerSitemap: "svetainės medis (sitemap.xml)"
        case .notDateField(let key, let context, let path):
            "„\(key)“ (\(context.lithuanian)) nurodo „\(path)“, bet tai ne datos ar datos ir laiko laukas"
        case .durationNotNumber(let context, let path): "„duration“ (\(context.lithuanian)) nurodo „\(path)“, bet tai ne skaičiaus laukas"
        case .jsonldNotObject(let context): "„jsonld“ (\(context.lithuanian)) turi būti objektas su „@type“, pvz., {\"@type\": Course, …}"

        case .outputNotFolder(let path, let isLink):
            "svetainė į \(path) nekuriama: \(isLink ? "tai simbolinė nuoroda" : "tai ne aplankas")"
        case .outputNotFolderHint: "nurodykite tikrą aplanką su --output arba pašalinkite nuorodą: kuriant svetainę per nuorodas nerašoma"
        case .outputForeign(let path, let file, let manifest):
            "svetainė į \(path) nekuriama: ten yra failų, kurių zinynas neįrašė („\(file)“), ir nėra \(manifest)"
        case .outputForeignHint:
            "pasirinkite tuščią ar naują aplanką arba nurodykite --force (failai, kurių kūrimas nedaro, paliekami kaip yra)"
        case .cacheStale(let path): "podėlyje liko pasenęs failas: \(path) (puslapio įrašas sutapo, bet sukurtas iš naujo failas kitoks)"
        case .cacheStaleHint: "puslapio raktui trūksta kažkurių duomenų; failas paliktas kaip buvo (ZINYNAS_VERIFY_CACHE)"
        case .cacheLostImage(let path): "podėlyje nebėra apdoroto paveikslėlio \(path); paleiskite kūrimą dar kartą"
        case .cannotReadDate: "nepavyko nustatyti šiandienos datos"
        }
    }
}
