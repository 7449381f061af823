// The Lithuanian catalogue: every message, for a site whose language is `lt`. Written for a
// librarian: laukas, reikšmė, nuoroda, įrašas, nustatymas (a key of site.yml), names in „…“,
// counts through the plural rule (1 klaida, 2 klaidos, 10 klaidų).
extension Message {
    var lithuanian: String {
        switch self {
        case .verbatim(let text): text
        case .joined(let parts): parts.map(\.lithuanian).joined(separator: "; ")
        case .datasets(let message): message.lithuanian
        case .indicators(let message): message.lithuanian
        case .command(let message): message.lithuanian
        case .outputs(let message): message.lithuanian
        case .templates(let message): message.lithuanian

        // Words used inside other messages
        case .hintLabel: "patarimas:"
        case .didYouMean(let name): "gal turėjote omenyje „\(name)“?"
        case .known(let noun, let names): "\(Self.galimi(noun)): \(names.joined(separator: ", "))"
        case .shapeEmpty: "tuščia reikšmė"
        case .shapeBool: "true/false"
        case .shapeInteger: "sveikasis skaičius"
        case .shapeNumber: "skaičius"
        case .shapeText: "tekstas"
        case .shapeList: "sąrašas"
        case .shapeMapping: "laukų grupė"
        case .quoted(let text): "„\(text)“"
        case .characters(let n): Self.n(n, "simbolis", "simboliai", "simbolių")
        case .items(let n): Self.n(n, "reikšmė", "reikšmės", "reikšmių")

        // Reading files
        case .notUTF8(let byte, let offset): "failas išsaugotas ne UTF-8 koduote (baitas 0x\(byte), \(offset) baito vietoje)"
        case .notUTF8Hint: "išsaugokite failą UTF-8 koduote (dauguma redaktorių ją siūlo per „Išsaugoti kaip“ arba „Koduotė“)"
        case .nulByte(let offset): "faile yra nulinis simbolis (baitas 0x0, \(offset) baito vietoje): failas sugadintas arba tai ne tekstinis failas"
        case .nulByteHint: "atverkite failą teksto redaktoriumi ir ištrinkite nematomą simbolį arba atkurkite failą iš git"
        case .cannotReadSiteYML(let folder): "aplanke \(folder) nepavyko perskaityti site.yml"
        case .cannotReadSiteYMLHint: "paleiskite komandą svetainės aplanke arba nurodykite jį su --site APLANKAS"
        case .cannotReadFile(let path, let reason): "nepavyko perskaityti \(path): \(reason)"
        case .cannotReadFolder(let path, let reason): "nepavyko perskaityti aplanko \(path): \(reason)"
        case .unreadableFile(let path): "nepavyko perskaityti \(path): failas yra, bet šis naudotojas neturi teisės jo skaityti"
        case .yamlParserInit: "nepavyko paleisti YAML skaitytuvo"
        case .yamlSyntax(let problem, let context, let line):
            "netaisyklingai užrašyti laukai: " + Self.yamlProblem(problem) + (context.map { Self.yamlContext($0, line: line ?? 0) } ?? "")
        case .yamlInvisible(_, let character): "tekste yra nematomas arba neleistinas simbolis" + (character.isEmpty ? "" : " (U+\(character))")
        case .yamlInvisibleHint: "ištrinkite čia esantį nematomą simbolį arba užrašykite jį kaitos seka tarp dvigubų kabučių"
        case .yamlUnclosedQuoteHint: "uždarykite kabutes: reikšmė, prasidedanti kabutėmis, turi jomis ir baigtis"
        case .yamlTabs: "atitraukite tarpais, ne tabuliacija"
        case .yamlIndentedKey: "šis laukas atitrauktas labiau nei laukas virš jo: vienos grupės laukai turi prasidėti tame pačiame stulpelyje"
        case .yamlQuoteColon: "reikšmę, kurioje yra „: “, rašykite kabutėse, pvz., title: \"Skaitymas: nauji būdai\""
        case .yamlIndentation: "patikrinkite atitraukimą: vienos grupės laukai turi prasidėti tame pačiame stulpelyje"
        case .yamlSpecialCharacter: "reikšmę, prasidedančią „@“, „`“, „%“ ar kitu ypatingu ženklu, rašykite kabutėse"
        case .yamlCheckNear: "patikrinkite kabutes ir atitraukimą šalia šios vietos"
        case .yamlDocuments(let count): "laukų dalis turi būti viena, o rasta: \(count)"
        case .yamlDocumentsHint: "pašalinkite perteklinę eilutę „---“ arba „...“"
        case .yamlUnknownAlias(let name): "nežinoma nuoroda „*\(name)“"
        case .yamlUnknownAliasHint(let name): "prieš naudodami ją, apibrėžkite „&\(name)“"
        case .yamlTooDeep(let levels): "per daug vienas į kitą įdėtų lygių (daugiau nei \(levels))"
        case .yamlTooLarge(let values): "išskleidus pasikartojančias dalis, reikšmių būtų daugiau nei \(values)"
        case .yamlTooLargeHint: "nuorodos „*pavadinimas“, kartojančios dideles dalis, daugina reikšmes; išrašykite reikšmes"
        case .duplicateKey(let key, _, let line): "laukas\(key.map { " „\($0)“" } ?? "") kartojasi (pirmą kartą – \(line) eilutėje)"
        case .duplicateKeyHint: "pašalinkite vieną iš jų arba sujunkite jų reikšmes"
        case .missingFrontMatter: "trūksta laukų dalies: failas turi prasidėti eilute „---“"
        case .missingFrontMatterHint: "failo pradžioje parašykite „---“, po jos laukus (title: …), tada dar vieną eilutę „---“"
        case .unclosedFrontMatter: "laukų dalis neuždaryta: po laukų nėra eilutės „---“"
        case .unclosedFrontMatterHint: "po paskutinio lauko, prieš tekstą, įrašykite eilutę „---“"
        case .notACollectionFolder(let folder): "aplankas „content/\(folder)“ nėra jokios site.yml kolekcijos aplankas"
        case .collectionFolders(let folders): "kolekcijų aplankai: \(folders.joined(separator: ", ")); arba aprašykite kolekciją site.yml faile"
        case .indexNotEntry(let file): "„\(file)“ nėra įrašas: kiekvieno įrašo failas turi turėti savo pavadinimą"
        case .indexNotEntryHint: "kolekcijos įvadą įrašykite site.yml faile kaip jos „description“"
        case .nestedTooDeep(let collection): "turinio failas per giliai kolekcijos „\(collection)“ aplanke"
        case .nestedTooDeepHint(let folder): "naudokite content/\(folder)/<pavadinimas>.md arba content/\(folder)/<pavadinimas>/index.md"
        case .notASlug(let slug): "failo pavadinimas „\(slug)“ netinka adresui (tik mažosios raidės a–z be diakritikų, skaitmenys ir „-“)"
        case .renameLetters: "pervadinkite failą raidėmis a–z"
        case .renameTo(let name): "pervadinkite jį į „\(name)“"
        case .noAltText(let image): "paveikslėlis „\(image)“ neturi alternatyviojo teksto"
        case .altHintField(let src, let field):
            "aprašykite, kas paveikslėlyje: \(field): {src: \(src), alt: \"…\"}; grynai dekoratyviam paveikslėliui rašykite alt: \"\""
        case .altHintBody(let src, let decorative):
            "aprašykite, kas paveikslėlyje: ![…](\(src)); grynai dekoratyviam paveikslėliui rašykite ![](\(src) \"\(decorative)\")"
        case .imageFieldNoAlt(let field, let label): "paveikslėlis „\(field)“ neturi alternatyviojo teksto (\(label))"
        case .imageUnknownKey(let key, let field): "nežinomas paveikslėlio „\(field)“ laukas „\(key)“"
        case .imageOnlySrcAlt: "paveikslėlis turi tik laukus src ir alt"
        case .imageNoSrc(let field, let label): "paveikslėlio „\(field)“ lauke „src“ nenurodytas failas (\(label))"
        case .imageSrcHint: "įrašykite src: nuotrauka.jpg – failą, esantį šalia įrašo"
        case .altBlank(let field): "paveikslėlio „\(field)“ alternatyvusis tekstas tuščias"
        case .fileUnknownKey(let key, let field): "nežinomas failo lauko „\(field)“ laukas „\(key)“"
        case .fileTakes: "failo laukas turi tik „file“ ir „title“"
        case .fileNeedsFile(let field, let label): "failo lauke „\(field)“ trūksta „file“ (\(label))"
        case .fileNeedsFileHint: "rašykite, pvz., {file: dokumentas.pdf, title: Dokumentas}"
        case .fileMustBeName(let field, let label): "laukas „\(field)“ turi būti failo pavadinimas (\(label))"
        case .fileNameExample(let field): "rašykite, pvz., \(field): dokumentas.pdf"
        case .fileNameNotSafe(let name):
            "failo pavadinimas „\(name)“ netinka adresui (tik mažosios raidės a–z be diakritikų, skaitmenys, „-“, „_“ ir „.“)"
        case .renameFileTo(let name): "pervadinkite failą į „\(name)“ ir šį pavadinimą įrašykite čia"
        case .fileKinds(let field, let kinds, let label, let found):
            "lauke „\(field)“ galimi tik šių rūšių failai: \(kinds.joined(separator: ", ")) (\(label)); įrašyta „\(found)“"
        case .allowedExtensions(let extensions): "galimi plėtiniai: " + extensions.map { "." + $0 }.joined(separator: ", ")
        case .fileNotBundle(let written): "failas „\(written)“ nurodytas nuo įrašo, bet įrašas neturi savo aplanko"
        case .fileNotBundleHint(let path):
            "perkelkite įrašą į \(path) ir padėkite failą šalia jo arba nurodykite kelią aplanke static/, prasidedantį „/“"

        // Front matter fields
        case .frontMatterNotMapping(let found): "laukų dalyje turi būti eilutės „laukas: reikšmė“; įrašyta: \(found.lithuanian)"
        case .fieldNotMapping(let field, let found): "lauke „\(field)“ turi būti eilutės „laukas: reikšmė“; įrašyta: \(found.lithuanian)"
        case .unknownField(let field): "nežinomas laukas „\(field)“"
        case .fieldsAllowed(let names): "čia galimi laukai: \(names.joined(separator: ", "))"
        case .missingField(let field, let label, let unless):
            "trūksta privalomo lauko „\(field)“ (\(label))"
                + (unless.isEmpty ? "" : " (privalomas, nebent " + unless.map { "„\($0[0])“ yra \($0[1])" }.joined(separator: " ir ") + ")")
        case .addLine(let field, let example): "įrašykite eilutę „\(field): \(example.lithuanian)“"
        case .fieldMust(let field, let label, let expected, let found):
            "laukas „\(field)“ (\(label)) \(expected.isRule ? "" : "turi būti ")\(expected.lithuanian); įrašyta: \(found.lithuanian)"
        case .emptyItem(let index, let field): "lauko „\(field)“ \(index)-oji reikšmė tuščia"
        case .emptyItemHint: "pašalinkite tuščią eilutę „-“"
        case .blankField(let field, let label): "laukas „\(field)“ tuščias (\(label))"
        case .blankRequiredHint: "įrašykite reikšmę tarp kabučių: laukas privalomas"
        case .blankOptionalHint: "įrašykite reikšmę tarp kabučių arba ištrinkite eilutę: laukas neprivalomas"
        case .unfilledField(let field, let label): "laukas „\(field)“ dar neužpildytas (\(label))"
        case .unfilledHint(let placeholder, let expected, let field, let example):
            "vietoj \(placeholder) įrašykite reikšmę – \(expected.lithuanian), pvz., \(field): \(example.lithuanian)"
        case .writeList(let field, let item): "įrašykite sąrašą, pvz., \(field): [\(item.lithuanian)]"
        case .sampleEntry(let collection): "<kolekcijos „\(collection)“ įrašo failo (ar jo aplanko) pavadinimas be .md>"
        case .sampleDateOrTime: "2026-11-28 (arba 2026-11-28T10:00)"
        case .sampleList(let item): "[\(item.lithuanian)]"
        case .sampleMapping(let keys, let values): "{" + zip(keys, values).map { "\($0): \($1.lithuanian)" }.joined(separator: ", ") + "}"
        case .expectList: "sąrašas"
        case .expectMapping: "laukų grupė (eilutės „laukas: reikšmė“)"
        case .expectText: "tekstas"
        case .expectURL: "interneto adresas, prasidedantis https:// arba http://"
        case .expectEmail: "el. pašto adresas"
        case .expectDate: "data, užrašyta MMMM-MM-DD"
        case .expectDateOrTime: "data (MMMM-MM-DD) arba data ir laikas (MMMM-MM-DDTVV:MM)"
        case .expectDateTime: "data ir laikas, užrašyti MMMM-MM-DDTVV:MM"
        case .expectInteger: "sveikasis skaičius"
        case .expectNumber: "skaičius"
        case .expectCents: "suma eurais, ne daugiau kaip 2 skaitmenys po taško (centai)"
        case .expectMoney: "suma eurais, užrašyta paprastu skaičiumi"
        case .expectBoolean: "true (taip) arba false (ne)"
        case .expectFile: "failo pavadinimas arba {file: pavadinimas, title: tekstas}"
        case .expectImage: "paveikslėlis su alternatyviuoju tekstu: {src: nuotrauka.jpg, alt: \"…\"}"
        case .expectIndicator: "rodiklių sąrašas: - {name: …, unit: …, target: 10, actual: 8}"
        case .expectOneOf(let keys): "viena iš reikšmių: \(keys.joined(separator: ", "))"
        case .expectPattern(let pattern): "tekstas, atitinkantis šabloną \(pattern)"
        case .expectListAtLeast(let n): "sąrašas, kuriame bent \(Self.n(n, "reikšmė", "reikšmės", "reikšmių"))"
        case .expectListAtMost(let n): "sąrašas, kuriame daugiausia \(Self.n(n, "reikšmė", "reikšmės", "reikšmių"))"
        case .expectLengthAtLeast(let n): "tekstas, kuriame bent \(Self.n(n, "simbolis", "simboliai", "simbolių"))"
        case .expectLengthAtMost(let n): "tekstas, kuriame daugiausia \(Self.n(n, "simbolis", "simboliai", "simbolių"))"
        case .expectAtLeast(let n): "ne mažiau kaip \(n)"
        case .expectAtMost(let n): "ne daugiau kaip \(n)"
        case .expectDateFrom(let date): "data ne anksčiau kaip \(date)"
        case .expectDateUntil(let date): "data ne vėliau kaip \(date)"
        case .expectNotBefore(let field, let value): "negali būti ankstesnis nei „\(field)“ (\(value))"
        case .expectNotAfter(let field, let value): "negali būti vėlesnis nei „\(field)“ (\(value))"
        case .expectNotAbove(let field, let value): "negali būti didesnis nei „\(field)“ (\(value))"
        case .forExample(let example): "pavyzdžiui: \(example)"
        case .matchPattern(let pattern): "reikšmė turi atitikti šabloną \(pattern)"
        case .shortenBy(let n): "sutrumpinkite tekstą \(Self.n(n, "simboliu", "simboliais", "simbolių"))"
        case .addTime(let example): "pridėkite laiką, pvz., \(example)"
        case .writeDates: "datas rašykite MMMM-MM-DD, pvz., 2026-11-28"
        case .noSuchMonth(let month): "mėnesio \(month) nėra; mėnesiai žymimi 01–12"
        case .monthDays(let month, let year, let days):
            "\(year) m. \(Self.lithuanianMonths[month - 1]) turi \(Self.n(days, "dieną", "dienas", "dienų"))"
        case .twoDigits(let example): "mėnesį ir dieną rašykite dviem skaitmenimis, pvz., \(example)"
        case .decimalPoint(let example): "dešimtainę dalį atskirkite tašku, ne kableliu: \(example)"
        case .removeQuotes: "pašalinkite kabutes aplink skaičių"
        case .writeMoney: "rašykite, pvz., 12500.50 (be tarpų, be €, centai po taško)"
        case .writeBoolean(let field, let value): "įrašykite \(field): \(value)"
        case .writeTrueFalse: "įrašykite true (taip) arba false (ne)"
        case .writeValueFor(let value, let label): "įrašykite „\(value)“ (tai reikšmė „\(label)“)"
        case .allowedValues(let values): "galimos reikšmės: \(values.joined(separator: ", "))"

        // Checks across files and links
        case .duplicateUnique(let value, let field, let first): "lauko „\(field)“ reikšmė „\(value)“ kartojasi: ji jau įrašyta \(first)"
        case .duplicateUniqueHint(let collection, let field): "kiekvienas kolekcijos „\(collection)“ įrašas turi turėti savo lauko „\(field)“ reikšmę"
        case .missingRef(let field, let slug, let collection): "laukas „\(field)“ nurodo „\(slug)“, bet kolekcijoje „\(collection)“ tokio įrašo nėra"
        case .missingRefHint(let folder): "įrašykite aplanko content/\(folder)/ įrašo failo pavadinimą (be .md)"
        case .termWithoutLetters(let term): "termine „\(term)“ nėra raidžių ar skaitmenų, iš kurių būtų sudarytas adresas"
        case .termWithoutLettersHint: "terminą rašykite raidėmis"
        case .termsShareURL(let term, let other, let otherAt, let slug):
            "terminai „\(term)“ ir „\(other)“ (\(otherAt)) gautų tą patį adresą „\(slug)“"
        case .writeTermAs(let term): "rašykite terminą lygiai taip: „\(term)“"
        case .notATerm(let term, let taxonomy, let name): "„\(term)“ nėra sąrašo „\(taxonomy)“ („\(name)“) terminas"
        case .termsAre(let guess, let terms, let taxonomy):
            (guess.map { "gal turėjote omenyje „\($0)“? " } ?? "") + "galimi terminai: " + terms.joined(separator: ", ")
                + "; naują terminą įrašykite site.yml faile, sąrašo „\(taxonomy)“ nustatyme „labels“"
        case .linkNotContent(let path): "nuoroda į „\(path)“, bet tokio turinio failo nėra"
        case .linkNotContentHint: "nurodykite esamą .md failą (kelią nuo šio failo) arba svetainės adresą, pvz., /projektai/"
        case .linkToSymlink(let url, let symlink): "nuoroda į „\(url)“: \(symlink) yra simbolinė nuoroda, o kuriant svetainę jos neatveriamos"
        case .copyFileHint: "nukopijuokite patį failą į įrašo aplanką"
        case .linkMissingPage(let url): "nuoroda į neegzistuojantį puslapį „\(url)“"
        case .linkExistingPage: "nurodykite esamą puslapį, pvz., kolekcijos adresą /projektai/"
        case .addSlash(let url): "rašykite „\(url)“ (puslapių adresai baigiasi „/“)"
        case .claimHome: "pradžios puslapis"
        case .claim404: "puslapis, rodomas nerastiems puslapiams (404.html)"
        case .claimSitemap: "svetainės medis (sitemap.xml)"
        case .claimSearchPage: "paieškos puslapis"
        case .claimSearchIndex: "paieškos rodyklė"
        case .claimSiteFeed: "visos svetainės naujienų kanalas"
        case .claimList(let owner): "sąrašas (\(owner.lithuanian))"
        case .claimListPages(let owner): "sąrašo puslapiai (\(owner.lithuanian))"
        case .claimFeed(let owner): "naujienų kanalas (\(owner.lithuanian))"
        case .claimCalendar(let owner): "kalendorius (\(owner.lithuanian))"
        case .claimExport(let owner): "eksportas (\(owner.lithuanian))"
        case .claimAPI(let owner): "JSON API (\(owner.lithuanian))"
        case .claimTaxonomyIndex(let owner): "terminų rodyklė (\(owner.lithuanian))"
        case .claimTermPage(let term, let taxonomy): "termino „\(term)“ puslapis (terminų sąrašas „\(taxonomy)“)"
        case .claimTermPages(let term): "termino „\(term)“ puslapiai"
        case .claimEntryCalendar(let path): "įrašo \(path) kalendorius („per_entry“)"
        case .claimAt(let claim, let location): "\(claim.lithuanian) (\(location))"
        case .fixRename(let path): "pervadinkite arba perkelkite \(path)"
        case .fixSetting(let owner, let key): "nurodykite kitą „\(key)“ site.yml faile (\(owner.lithuanian))"
        case .fixFeeds: "nurodykite kitą „feeds“ nustatymo „path“ site.yml faile"
        case .fixAPI: "nurodykite kitą „api“ aplanką site.yml faile"
        case .eitherOr(let fixes): fixes.map(\.lithuanian).joined(separator: " arba ")
        case .renameOneOfTwo: "pervadinkite arba pašalinkite vieną iš šių dviejų failų"
        case .bothMapTo(let claim, let other, let url): "\(claim.lithuanian) ir \(other.lithuanian) gautų tą patį adresą \(url)"
        case .fileWhereFolder(let claim, let path, let other):
            "\(claim.lithuanian) turi būti failas /\(path), bet ten turi būti aplankas: \(other.lithuanian)"
        case .inFolderOf(let claim, let url, let folder, let other):
            "\(claim.lithuanian) gautų adresą \(url) aplanke /\(folder), kuris priklauso: \(other.lithuanian)"
        case .folderWhereFile(let claim, let folder, let other):
            "\(claim.lithuanian) turi būti aplankas /\(folder), bet ten turi būti failas: \(other.lithuanian)"
        case .linkMissingHeading(let fragment, let url): "nuoroda į neegzistuojančią antraštę „#\(fragment)“ puslapyje \(url)"
        case .noHeadings: "puslapyje antraščių nėra"
        case .headings(let ids): "antraštės: " + ids.map { "#" + $0 }.joined(separator: ", ")
        case .linkNotInBundle(let name): "nuoroda į „\(name)“, bet tokio failo įrašo aplanke nėra"
        case .putFileBeside(let path): "padėkite failą šalia \(path)"
        case .bundleFiles(let files): "įrašo aplanko failai: " + files.joined(separator: ", ")
        case .imageNotImage(let field, let src): "paveikslėlio lauke „\(field)“ nurodytas „\(src)“, bet tai ne paveikslėlio failas"
        case .imageKinds: "naudokite JPEG, PNG, WebP, GIF arba SVG failą"
        case .imageSymlink(let field, let symlink): "paveikslėlis „\(field)“: \(symlink) yra simbolinė nuoroda, o kuriant svetainę jos neatveriamos"
        case .copyImageHint: "nukopijuokite patį paveikslėlį į įrašo aplanką"
        case .imageMissing(let field, let src, let url): "paveikslėlis „\(field)“: failo „\(src)“ nėra (ieškota \(url))"
        case .putImageBeside(let src):
            "padėkite paveikslėlį šalia įrašo: content/<kolekcija>/<pavadinimas>/\(src), o įrašą – kaip <pavadinimas>/index.md arba <pavadinimas>.md"

        // Attached files
        case .fileContentMismatch(let file, let ext, let isImage, let type):
            "failas „\(file)“ nėra \(ext.uppercased()) \(isImage ? "paveikslėlis" : "failas"): jo turinys – \(type)"
        case .fileReallyIs(let kind, let ext):
            "iš tikrųjų tai \(kind.map { "\($0.uppercased()) failas" } ?? "paveikslėlis"); išsaugokite jį kaip \(ext.uppercased()) arba pervadinkite"
        case .saveAgainAs(let ext): "išsaugokite failą iš naujo kaip \(ext.uppercased())"
        case .fileTooLarge(let file, let size, let limit, let field):
            "failas „\(file)“ užima \(size), o lauke „\(field)“ leidžiama ne daugiau kaip \(limit)"
        case .fileTooLargeHint: "sumažinkite failą (pvz., PDF išsaugokite su suglaudintais paveikslėliais) arba padidinkite max_size site.yml faile"
        case .pdfNotSearchable(let file, let reason):
            "failo „\(file)“ teksto paieška nerastų: "
                + {
                    switch reason {
                    case .encrypted: "failas užšifruotas (apsaugotas slaptažodžiu)"
                    case .noText: "faile nėra teksto sluoksnio (gal tai skenuotas dokumentas?)"
                    case .unreadable: "failo nepavyko perskaityti"
                    }
                }()
        case .pdfNotSearchableHint: "failas bus rodomas sąraše, bet paieška jo viduje žodžių neras; išsaugokite jį kaip PDF su tekstu"
        case .fileSymlink(let file): "failas „\(file)“ yra simbolinė nuoroda, o jos niekada neatveriamos"
        case .putFileAt(let path): "padėkite failą į \(path)"
        case .putFileItselfAt(let path): "padėkite patį failą (ne nuorodą į jį) į \(path)"
        case .fileUnreadable(let file): "failo „\(file)“ nepavyko perskaityti"
        case .checkPermissions: "patikrinkite failo prieigos teises"
        case .fileNotThere(let file, let inBundle, let sitePath):
            "failo „\(file)“ nėra \(inBundle ? "įrašo aplanke" : "aplanke static/") (\(sitePath))"
        case .filesThere(let files): "ten esantys failai: " + files.joined(separator: ", ")
        case .imageUnreadableFile(let path): "nepavyko perskaityti paveikslėlio \(path)"
        case .imageTooLarge(let path, let w, let h, let limit):
            "\(path): paveikslėlis yra \(w)×\(h) taškų (\(String(format: "%.1f", Double(w) * Double(h) / 1_000_000).replacingOccurrences(of: ".", with: ",")) megapikselio), o leidžiama ne daugiau kaip \(limit)"
        case .imageTooLargeHint: "sumažinkite nuotrauką (internetui pakanka 3000 taškų ilgesniąja kraštine) ir išsaugokite iš naujo"
        case .imageMismatch(let path, let expected, let found):
            "\(path): pagal pavadinimą tai \(expected) failas, bet \(found.map { "iš tikrųjų tai \($0) paveikslėlis" } ?? "tai ne paveikslėlis")"
        case .imageMismatchHint(let found):
            found.map { "išsaugokite jį iš naujo pavadinime nurodytu formatu arba pakeiskite plėtinį į tinkamą (.\($0.lowercased()))" }
                ?? "pakeiskite failą tikru paveikslėliu"
        case .imageCannotDecode(let path, _): "\(path): paveikslėlio nepavyko perskaityti"
        case .imageCannotDecodeHint: "atverkite paveikslėlį redaktoriumi ir išsaugokite iš naujo kaip JPEG arba PNG"
        case .unknownCollection(let name): "nežinoma kolekcija „\(name)“"
        case .collectionsAre(let guess, let names):
            (guess.map { "gal turėjote omenyje „\($0)“? " } ?? "") + "kolekcijos: \(names.joined(separator: ", "))"
        case .titleWithoutLetters(let title): "pavadinime „\(title)“ nėra raidžių ar skaitmenų, iš kurių būtų sudarytas failo vardas"

        // site.yml
        case .notAMapping(let context, let found): "\(context.lithuanian): turi būti eilutės „nustatymas: reikšmė“; įrašyta: \(found.lithuanian)"
        case .mustBeText(let key, let context, let found): "„\(key)“ (\(context.lithuanian)) turi būti tekstas; įrašyta: \(found.lithuanian)"
        case .mustBeBool(let key, let context, let found):
            "„\(key)“ (\(context.lithuanian)) turi būti true arba false; įrašyta: \(found.lithuanian)"
        case .writeBool(let key): "įrašykite \(key): true arba \(key): false"
        case .mustBeInteger(let key, let context, let found):
            "„\(key)“ (\(context.lithuanian)) turi būti sveikasis skaičius; įrašyta: \(found.lithuanian)"
        case .missingKey(let key, let context): "\(context.lithuanian): trūksta nustatymo „\(key)“"
        case .addKey(let key, let context): "įrašykite „\(key): …“ (\(context.lithuanian))"
        case .unknownKey(let key, let context): "nežinomas nustatymas „\(key)“ (\(context.lithuanian))"
        case .mustBeTimeZone(let key, let context, let found):
            "„\(key)“ (\(context.lithuanian)) turi būti IANA laiko juostos pavadinimas; įrašyta „\(found)“"
        case .timeZoneExample(let key): "pvz., \(key): Europe/Vilnius"
        case .mustBeLanguage(let key, let context, let found):
            "„\(key)“ (\(context.lithuanian)) turi būti kalbos žymė, pvz., lt arba en; įrašyta „\(found)“"
        case .languageHint: "lietuvių kalbai rašykite lt, anglų – en"
        case .mustBeSiteURL(let key, let context):
            "„\(key)“ (\(context.lithuanian)) turi būti visas svetainės adresas, prasidedantis http:// arba https://"
        case .siteURLExample(let key): "pvz., \(key): https://biblioteka.lt/"
        case .contextSiteYML: "site.yml"
        case .contextKey(let key): "nustatymas „\(key)“"
        case .contextCollection(let name): "kolekcija „\(name)“"
        case .contextView(let name): "rodinys „\(name)“"
        case .contextField(let field, let of): "laukas „\(field)“, \(of.lithuanian)"
        case .contextOf(let key, let of): "„\(key)“, \(of.lithuanian)"
        case .contextItems(let of): "sąrašo reikšmės, \(of.lithuanian)"
        case .contextTaxonomy(let name): "terminų sąrašas „\(name)“"
        case .contextMenuItem: "meniu punktas („menu“)"
        case .taxonomiesNotMapping: "„taxonomies“ turi būti terminų sąrašai: sąrašo pavadinimas, po juo jo nustatymai"
        case .labelsMap: "„labels“ turi nurodyti terminus ir jų rodomus pavadinimus"
        case .menuList: "„menu“ turi būti meniu punktų sąrašas: {title, path}"
        case .collectionsNotMapping: "„collections“ turi būti kolekcijų sąrašas: kolekcijos pavadinimas, po juo jos nustatymai"
        case .viewsNotMapping: "„views“ turi būti rodinių sąrašas: rodinio pavadinimas, po juo jo nustatymai"
        case .fieldsNotMapping(let context): "„fields“ (\(context.lithuanian)) turi būti laukų sąrašas: lauko pavadinimas, po juo jo nustatymai"
        case .countsForms: "„counts“ turi nurodyti tris formas: one, few ir other (pvz., projektas, projektai, projektų)"
        case .atLeastOne(let key): "„\(key)“ turi būti ne mažesnis kaip 1"
        case .feedLimit: "sklaidos kanalų („feeds“) „limit“ turi būti ne mažesnis kaip 1"
        case .mustBeNumber(let key): "„\(key)“ turi būti skaičius"
        case .fieldNameList(let key): "„\(key)“ turi būti laukų pavadinimų sąrašas, pvz., [status, funder]"
        case .filterMap: "„filter“ turi nurodyti laukus ir jų reikšmes, pvz., {timeline: open}"
        case .requiredUnlessMap: "„required_unless“ turi nurodyti lauką ir jo reikšmę, pvz., {mode: online}"
        case .valuesMap: "„values“ turi nurodyti kiekvieną galimą reikšmę ir jos pavadinimą, pvz., {county: Apskrities}"
        case .badPattern: "„pattern“ nėra taisyklingas šablonas (reguliarusis reiškinys)"
        case .taxonomyValue: "„taxonomy“ turi būti true arba terminų sąrašo pavadinimas"
        case .timeValue: "„time“ turi būti „optional“ arba „none“"
        case .collectionName: "„collection“ turi būti kolekcijos pavadinimas"
        case .typeNeeds(let type, let key): "„\(type)“ tipo laukui reikia nustatymo „\(key)“"
        case .longForm(let example): "rašykite išsamiai, pvz., \(example)"
        case .unknownType(let type): "nežinomas lauko tipas „\(type)“"
        case .boundDate(let key): "datos lauko „\(key)“ turi būti data (MMMM-MM-DD)"
        case .boundNotApplicable(let key): "„\(key)“ netinka šio tipo laukui"
        case .templateMissing(let name): "šablono „\(name)“ nėra"
        case .unknownFileKind(let name): "nežinoma failų rūšis „\(name)“"
        case .fileKindsAre(let kinds): "galimos rūšys: " + kinds.joined(separator: ", ")
        case .kindsEmpty: "„kinds“ turi nurodyti bent vieną failų rūšį, pvz., [pdf]"
        case .maxSizeValue: "„max_size“ turi būti dydis, pvz., 20 MB, 500 KB arba baitų skaičius"
        case .keepList: "„keep“ turi būti failų šablonų sąrašas, nurodytas nuo svetainės aplanko"
        case .keepExample: "pvz., keep: [CNAME, .nojekyll, \".well-known/**\"]"
        case .alarmDays: "„alarm_days“ turi būti 0 arba daugiau"
        case .contentFolder(let key, let context): "„\(key)“ (\(context.lithuanian)) turi būti aplankas, esantis tiesiai content/ aplanke"
        case .contentFolderExample(let key): "pvz., \(key): projektai, aplankui content/projektai/"
        case .exportNoFile(let context): "eksportas („export“, \(context.lithuanian)) nenurodo jokio failo"
        case .exportExample: "pvz., export: {csv: registras.csv, json: registras.json}"
        case .feedWithoutDate(let context): "\(context.lithuanian): nurodyta „feed: true“, bet nėra „date“, pagal kurią rikiuoti naujienas"
        case .feedWithoutDateHint(let context): "įrašykite „date: <laukas>“ (\(context.lithuanian)) arba pašalinkite „feed“"
        case .outputHoldsSources(let path): "svetainė į \(path) nerašoma: ten yra svetainės šaltiniai"
        case .outputHoldsSourcesHint: "pasirinkite atskirą aplanką, pvz., --output public"
        case .cacheInSources(let path): "podėlis aplanke \(path) nelaikomas: kūrimas tą aplanką skaito arba skelbia"
        case .cacheInSourcesHint: "podėliui skirkite atskirą aplanką, pvz., --cache-dir ../zinynas-cache"
        case .cannotWriteSite(let folder, let reason): "nepavyko įrašyti svetainės į \(folder): \(reason)"
        case .cannotWrite(let path, let reason): "nepavyko įrašyti \(path): \(reason)"
        case .unknownTimeZone(let zone): "site.yml nurodyta nežinoma laiko juosta „\(zone)“"
        case .nowFlag(let flag): "--now turi būti data (MMMM-MM-DD) arba data ir laikas (MMMM-MM-DDTVV:MM); įrašyta „\(flag)“"
        case .sourceDateEpoch(let value): "SOURCE_DATE_EPOCH turi būti sveikas sekundžių nuo 1970 m. skaičius; įrašyta „\(value)“"
        case .samePath(let collection, let path, let other): "kolekcijos „\(collection)“ adresas \(path) toks pat kaip kolekcijos „\(other)“"
        case .giveAnotherPath: "vienai iš jų nurodykite kitą „path“"
        case .sortsByUnknown(let collection, let field): "kolekcija „\(collection)“ rikiuojama pagal „\(field)“, bet tokio jos lauko nėra"
        case .noTitleField(let collection): "kolekcija „\(collection)“ neturi lauko „title“, o kiekvienam įrašui reikia pavadinimo"
        case .addTitleField: "įrašykite „title: {type: string, required: true, label: Pavadinimas}“"
        case .builtInField(let field, let collection):
            "kolekcijos „\(collection)“ lauko „\(field)“ aprašyti nereikia: jį gali turėti kiekvienas įrašas"
        case .builtInFieldHint: "pašalinkite jį iš „fields“ arba pavadinkite savo lauką kitaip"
        case .viewUnknownCollection(let view, let collection): "rodinyje „\(view)“ nurodyta kolekcija „\(collection)“, bet tokia neaprašyta"
        case .unknownPath(let key, let view, let path, let collection):
            "„\(key)“\(view.map { " (rodinys „\($0)“)" } ?? "") nurodo „\(path)“, bet kolekcija „\(collection)“ tokio lauko neturi"
        case .ruleUnknownField(let field, let rule, let target, let head):
            "lauke „\(field)“ nurodyta „\(rule): \(target)“, bet šalia nėra lauko „\(head)“"
        case .requiredUnlessUnknown(let field, let name): "lauko „\(field)“ „required_unless“ nurodo „\(name)“, bet šalia tokio lauko nėra"
        case .notTaxonomyType(let field): "laukas „\(field)“ negali būti terminų sąrašas: terminus turi tik tekstiniai, pasirinkimo laukai ir jų sąrašai"
        case .notUniqueType(let field): "laukas „\(field)“ negali būti unikalus: unikali gali būti tik pavienė reikšmė"
        case .refUnknownCollection(let field, let target): "laukas „\(field)“ nurodo kolekciją „\(target)“, bet tokia neaprašyta"
        case .exportSortNotField(let context, let sort):
            "eksporto „sort“ (\(context.lithuanian)) nurodo „\(sort)“, bet tokio lauko nėra"
        case .templateNoField(let path, let context): "{\(path)} (\(context.lithuanian)) nenurodo jokio čia esančio lauko"
        case .keyNamesNoField(let key, let context, let path): "„\(key)“ (\(context.lithuanian)) nurodo „\(path)“, bet čia tokio lauko nėra"
        }
    }
}
