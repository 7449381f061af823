// The Lithuanian catalogue of the commands' own words (see CommandMessage.swift).
extension CommandMessage {
    var lithuanian: String {
        switch self {
        case .summary(let errors, let warnings, let files): Message.lithuanianSummary(errors: errors, warnings: warnings, files: files)
        case .checkedClean(let files): "patikrinta: \(Message.n(files, "failas", "failai", "failų")), klaidų nėra"
        case .nothingWritten(let summary): "\(summary.lithuanian); svetainės failai nepakeisti"
        case .buildStopped(let stage): "kūrimas sustojo etape „\(stage)“"
        case .built(let entries, let pages, let written, let unchanged, let removed, let folder, let time, let stages):
            "sukurta: \(Message.n(entries, "įrašas", "įrašai", "įrašų")), \(Message.n(pages, "puslapis", "puslapiai", "puslapių")) "
                + "(įrašyta failų: \(written)" + (unchanged > 0 ? ", nepakeista: \(unchanged)" : "")
                + (removed > 0 ? ", pašalinta: \(removed)" : "") + ") aplanke \(folder) per \(time) (\(stages))"
        case .created(let path): "sukurta \(path): užpildykite laukus, tada paleiskite zinynas check"
        case .progressReading(let folder): "skaitomas aplankas \(folder)"
        case .progressParsing(let files): "skaitomi failai (\(files))"
        case .progressImages: "apdorojami paveikslėliai"
        case .progressIndexing(let entries): "ruošiama paieška (\(Message.n(entries, "įrašas", "įrašai", "įrašų")))"
        case .progressRendering(let entries): "kuriami puslapiai (\(Message.n(entries, "įrašas", "įrašai", "įrašų")))"
        case .progressCopying(let files): "kopijuojami failai (\(files))"
        case .serving(let site, let address): "peržiūra: \(site) adresu \(address) (Ctrl+C sustabdo)"
        case .servedBuilt(let pages): "sukurta: \(Message.n(pages, "puslapis", "puslapiai", "puslapių"))"
        case .serveFailed(let summary, let hasGood):
            "svetainės sukurti nepavyko: \(summary.lithuanian); "
                + (hasGood ? "rodoma paskutinė veikianti versija" : "veikiančios versijos dar nėra: puslapiuose rodomos klaidos")
        case .portInUse(let port): "prievadą \(port) jau naudoja kita programa; pasirinkite kitą su --port, pvz., --port \(port &+ 1)"
        case .cannotServe(let address, let reason): "nepavyko pradėti peržiūros adresu \(address): \(reason)"
        case .folderInUse(let folder, let isOutput, let pid, let waited):
            (isOutput ? "aplanką \(folder), į kurį kuriama svetainė," : "podėlio aplanką \(folder)")
                + " dabar naudoja kita „zinynas“ programa\(pid.map { " (PID \($0))" } ?? ""); nustota laukti po \(waited) s"
        case .cannotLockFolder(let folder, let isOutput, let reason):
            "nepavyko užrakinti " + (isOutput ? "aplanko \(folder), į kurį kuriama svetainė" : "podėlio aplanko \(folder)") + ": \(reason)"
        case .overlayTitle: "Turinio klaidos"
        case .overlayClose: "Uždaryti"
        case .overlayErrors(let count, let hasGood):
            (hasGood ? "Svetainės perkurti nepavyko: " : "Svetainės sukurti nepavyko: ") + Message.n(count, "klaida", "klaidos", "klaidų")
                + (hasGood ? ". Rodoma paskutinė veikianti versija." : ". Veikiančios versijos dar nėra: ištaisykite klaidas.")
        case .noBuildYetTitle: "Svetainė dar nesukurta"
        case .noBuildYetText: "Turinyje yra klaidų, todėl veikiančios svetainės versijos dar nėra. Ištaisykite klaidas: puslapis atsinaujins pats."
        case .badLanguageFlag(let text): "--lang turi būti lt arba en; įrašyta „\(text)“"
        }
    }
}
