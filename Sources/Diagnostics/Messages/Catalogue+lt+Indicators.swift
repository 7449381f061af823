// The Lithuanian catalogue of indicators (see IndicatorMessage.swift): rodiklis, siektina
// reikšmė (target), pasiekta reikšmė (actual), laukas, nustatymas.
extension IndicatorMessage {
    var lithuanian: String {
        switch self {
        case .notAList(let path, let label): "laukas „\(path)“ (\(label)) turi būti rodiklių sąrašas"
        case .notAListHint: "kiekvienam rodikliui rašykite eilutę „- name: …“ su siektina ir pasiekta reikšme arba reikšmėmis pagal metus"
        case .notAMapping(let path): "rodiklis „\(path)“ turi būti eilutės „laukas: reikšmė“"
        case .notAMappingHint: "rašykite, pvz., - {name: Renginiai, unit: vnt., target: 24, actual: 10}"
        case .unknownKey(let key, let path): "nežinomas rodiklio „\(path)“ laukas „\(key)“"
        case .keysAre: "rodiklio laukai: name, unit, baseline, target, actual ir values"
        case .noName(let path): "rodiklis „\(path)“ neturi pavadinimo"
        case .noNameHint: "įrašykite eilutę „name: …“, kurioje nurodoma, kas matuojama"
        case .unfilled(let key, let path): "rodiklio „\(path)“ laukas „\(key)“ dar neužpildytas"
        case .unfilledNameHint(let placeholder): "vietoj \(placeholder) įrašykite, kas matuojama"
        case .unfilledNumberHint(let placeholder, let key): "vietoj \(placeholder) įrašykite skaičių, pvz., \(key): 10"
        case .notText(let key, let path): "rodiklio „\(path)“ laukas „\(key)“ turi būti tekstas"
        case .notTextHint(let key): "rašykite, pvz., \(key): vnt."
        case .notANumber(let key, let path): "rodiklio „\(path)“ laukas „\(key)“ turi būti skaičius"
        case .notANumberHint(let key): "rašykite paprastą skaičių, pvz., \(key): 12.5"
        case .negativeTarget(let path, let value): "rodiklio „\(path)“ siektina reikšmė neigiama (\(value))"
        case .negativeTargetHint: "siektina reikšmė – kiekis, kurį reikia pasiekti: 0 arba daugiau"
        case .actualWithoutTarget(let path): "rodiklis „\(path)“ turi pasiektą reikšmę, bet neturi siektinos"
        case .actualWithoutTargetHint: "šalia „actual“ įrašykite „target: …“, kad būtų galima įvertinti pažangą"
        case .noTarget(let path): "rodiklis „\(path)“ neturi siektinos reikšmės"
        case .noTargetHint: "įrašykite „target: …“ arba siektinas reikšmes pagal metus: values: {2025: {target: 10, actual: 8}, 2026: {target: 20}}"
        case .bothForms(let path): "rodiklis „\(path)“ turi ir reikšmes pagal metus („values“), ir savo „target“ ar „actual“"
        case .bothFormsHint: "palikite vieną būdą: reikšmes pagal metus lauke „values“ arba vieną siektiną ir pasiektą reikšmę"
        case .valuesNotAMapping(let path): "rodiklio „\(path)“ laukas „values“ turi nurodyti metus ir jų siektinas bei pasiektas reikšmes"
        case .valuesHint: "rašykite, pvz., values: {2025: {target: 10, actual: 8}, 2026: {target: 20}}"
        case .unknownYear(let key, let path): "rodiklio „\(path)“ lauke „values“ nurodyti netinkami metai „\(key)“"
        case .unknownYearHint: "metus rašykite keturiais skaitmenimis (1990–2100), pvz., 2025: {target: 10, actual: 8}"
        case .yearNotAMapping(let year, let path): "rodiklio „\(path)“ \(year) metų reikšmės turi būti laukai „target“ ir „actual“"
        case .yearNotAMappingHint(let year): "rašykite, pvz., \(year): {target: 10, actual: 8}"
        case .unknownYearKey(let key, let year, let path): "nežinomas rodiklio „\(path)“ \(year) metų laukas „\(key)“"
        case .yearKeysAre: "metų reikšmės turi tik laukus target ir actual"

        case .contextProgress: "rodiklio lauko nustatymas „progress“"
        case .progressPercent(let key): "„\(key)“ nustatyme „progress“ turi būti procentai: daugiau nei 0 ir ne daugiau kaip 1000"
        case .progressPercentHint(let key, let example): "rašykite paprastą skaičių be %, pvz., \(key): \(example)"
        case .onTrackAboveAchieved(let onTrack, let achieved): "„on_track“ (\(onTrack)) negali būti didesnis už „achieved“ (\(achieved))"
        case .onTrackHint: "„on_track“ – dalis kelio iki „achieved“: pvz., progress: {achieved: 100, on_track: 80}"
        case .notIndicatorField(let view, let name, let collection):
            "rodinio „\(view)“ „indicators“ nurodo „\(name)“, bet kolekcija „\(collection)“ tokio rodiklių lauko neturi"
        case .declareIndicatorField: "aprašykite kolekcijoje rodiklių lauką, pvz., indicators: {type: indicator}"
        case .indicatorFields(let names): "kolekcijos rodiklių laukai: " + names.joined(separator: ", ")
        }
    }
}
