import Foundation
import Testing

/// The command line speaks the site's language: a Lithuanian site hears no English but the
/// severities (`error:`, which editors and CI look for), an English one hears English.
@Suite struct LanguageTests {
    /// Words of English messages that none of a Lithuanian site's lines may hold.
    static let englishWords: Set<String> = [
        "the", "must", "cannot", "missing", "unknown", "found", "write", "is", "are", "of", "with", "and", "or", "not", "an",
        "to", "in", "which", "no", "has", "needs", "errors", "hint", "did", "you", "mean", "link", "field", "value", "empty",
        "entry", "page", "image", "folder", "line", "text", "number", "date", "list", "reading", "parsing", "nothing",
        "written", "checked", "file", "files", "built", "pages",
    ]

    /// The English words of the printed lines: messages, hints, progress and summary, without the
    /// quoted source lines, the severities and the names in quotes („…“) or paths.
    static func englishWords(in stderr: String) -> [String] {
        var found: [String] = []
        for line in stderr.split(separator: "\n") {
            var text = String(line)
            if text.hasPrefix("    ") {
                guard text.hasPrefix("    patarimas: ") else { continue }  // a quoted source line or its caret
                text = String(text.dropFirst("    patarimas: ".count))
            }
            if let severity = text.range(of: ": error: ") ?? text.range(of: ": warning: ") {
                text = String(text[severity.upperBound...])
            }
            // Names the site wrote, paths, examples and lists of names (field types are written in
            // English: `type: string`) are the site's own words.
            text = text.replacing(/„[^“]*“/, with: "").replacing(/galim\w+ \w+: .*/, with: "")
                .replacing(/\S*[\/.:{}\[\]_]\S*/, with: "")
            found += text.lowercased().split { !$0.isLetter }.map(String.init).filter(Self.englishWords.contains)
        }
        return found
    }

    /// A copy of the valid fixture (Lithuanian: no `language`, so lt) with errors of many kinds.
    static func brokenSite() throws -> (scratch: URL, site: URL) {
        let (scratch, site) = try CLI.fixtureCopy()
        let libraries = site.appendingPathComponent("content/bibliotekos")
        let projects = site.appendingPathComponent("content/projektai")
        try "Be laukų dalies.\n".write(to: libraries.appendingPathComponent("be-lauku.md"), atomically: true, encoding: .utf8)
        try """
            ---
            title: ""
            kind: country
            website: pavb
            email: info
            titel: Klaida
            ---
            [Nuoroda](/nera/) ir [antraštė](#nera).

            """.write(to: libraries.appendingPathComponent("klaidos.md"), atomically: true, encoding: .utf8)
        try """
            ---
            title: Projektas
            id: blogas
            status: vykdomas
            coordinator: nera
            start_date: 2025-02-30
            budget_total: "12,5"
            ---

            """.write(to: projects.appendingPathComponent("blogas.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: a: b\n---\n".write(to: projects.appendingPathComponent("sintakse.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Nėra kolekcijos\n---\n".write(
            to: site.appendingPathComponent("content/nera-tokio/irasas.md").creatingFolder(), atomically: true, encoding: .utf8)
        return (scratch, site)
    }

    @Test func aLithuanianSiteHearsNoEnglish() throws {
        let (scratch, site) = try Self.brokenSite()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let check = try CLI.run(["check", "--site", site.path], environment: ["ZINYNAS_LANG": ""])
        #expect(check.status == 1)
        let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count >= 12, "many kinds of errors: \(check.stderr)")
        #expect(Self.englishWords(in: check.stderr).isEmpty, "English in: \(check.stderr)")
        #expect(check.stderr.contains("error: nežinomas laukas „titel“"))
        #expect(check.stderr.contains("    patarimas: "))
        let summary = String(check.stderr.split(separator: "\n").last ?? "")
        #expect(summary.contains(/^\d+ klaid(a|os|ų) \d+ (faile|failuose|failų)$/), "summary: \(summary)")
        let build = try CLI.run(["build", "--site", site.path, "-o", scratch.appendingPathComponent("out").path], environment: ["ZINYNAS_LANG": ""])
        #expect(build.status == 1)
        #expect(build.stderr.contains("skaitomas aplankas site…\n"), "progress in Lithuanian")
        #expect(build.stderr.hasSuffix("; svetainės failai nepakeisti\n"))
        #expect(Self.englishWords(in: build.stderr).isEmpty, "English in: \(build.stderr)")
    }

    /// The required field left empty is told to be filled, not that its line may go.
    @Test func anEmptyRequiredFieldIsNotCalledOptional() throws {
        let (scratch, site) = try Self.brokenSite()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = try CLI.run(["check", "--site", site.path, "--lang", "lt"])
        #expect(output.stderr.contains("laukas „title“ tuščias (Pavadinimas)"))
        #expect(output.stderr.contains("patarimas: įrašykite reikšmę tarp kabučių: laukas privalomas"))
        #expect(!output.stderr.contains("neprivalomas"))
    }

    /// The sample values inside hints are words of the site's language too: what a ref takes.
    @Test func sampleValuesInHintsAreLithuanian() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "---\ntitle: Be koordinatoriaus\nid: PAVB-2026-900\nstatus: planned\nstart_date: 2026-01-05\npartners: pavb\n---\n".write(
            to: site.appendingPathComponent("content/projektai/be-koordinatoriaus.md"), atomically: true, encoding: .utf8)
        let lithuanian = try CLI.run(["check", "--site", site.path, "--lang", "lt"]).stderr
        let entry = "<kolekcijos „bibliotekos“ įrašo failo (ar jo aplanko) pavadinimas be .md>"
        #expect(lithuanian.contains("patarimas: įrašykite eilutę „coordinator: \(entry)“"))
        #expect(lithuanian.contains("patarimas: įrašykite sąrašą, pvz., partners: [\(entry)]"))
        let english = try CLI.run(["check", "--site", site.path, "--lang", "en"]).stderr
        #expect(english.contains("hint: add a line 'coordinator: <slug of an entry in bibliotekos>'"))
    }

    @Test func brokenSiteYMLIsToldInLithuanianToo() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let config = site.appendingPathComponent("site.yml")
        var text = try String(contentsOf: config, encoding: .utf8)
        text = text.replacingOccurrences(of: "title: Bandomasis žinynas\n", with: "title: Bandomasis žinynas\ntitel: X\nlanguage: lt\n")
        text = text.replacingOccurrences(
            of: "collections:\n", with: "collections:\n  renginiai:\n    title: Renginiai\n    fields:\n      data: {type: datta}\n      title: [x]\n")
        try text.write(to: config, atomically: true, encoding: .utf8)
        let output = try CLI.run(["check", "--site", site.path], environment: ["ZINYNAS_LANG": ""])
        #expect(output.status != 0)
        #expect(output.stderr.contains("nežinomas nustatymas „titel“ (site.yml)"), "\(output.stderr)")
        #expect(Self.englishWords(in: output.stderr).isEmpty, "English in: \(output.stderr)")
    }

    /// A dataset, a chart and an indicator field of a Lithuanian site, each told wrong.
    static func brokenData(_ site: URL, chart: String) throws {
        let config = site.appendingPathComponent("site.yml")
        let declaration = """

            datasets:
              stat:
                title: Rodikliai
                files: data/stat/*.csv
                key: [library, year]
                columns:
                  library: {type: ref, collection: bibliotekos, label: Biblioteka}
                  year: {type: year, label: Metai}
                  visits: {type: integer, label: Apsilankymai}
            charts:
              visits:
                title: Apsilankymai
                dataset: stat
            \(chart)

            """
        try (try String(contentsOf: config, encoding: .utf8) + declaration).write(to: config, atomically: true, encoding: .utf8)
        let data = try site.appendingPathComponent("data/stat/2025.csv").creatingFolder()
        try "library;year;visits\npavb;2025;daug\nnera;2025;12\npavb;pernai;3;4\n".write(to: data, atomically: true, encoding: .utf8)
        try """
            ---
            title: Rodikliai
            id: rodikliai
            status: vykdomas
            indicators:
              - {name: Renginiai, target: daug, actual: 3, tikslas: 5}
              - {name: Lankytojai, actual: 30}
            ---

            """.write(to: site.appendingPathComponent("content/projektai/rodikliai.md"), atomically: true, encoding: .utf8)
    }

    @Test func aLithuanianSiteHearsNoEnglishAboutItsDataAndIndicators() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.brokenData(site, chart: "    kind: bar\n    x: year\n    series: [visits]")
        let check = try CLI.run(["check", "--site", site.path], environment: ["ZINYNAS_LANG": ""])
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: stulpelio „visits“ langelis „daug“ nėra sveikasis skaičius"), "\(check.stderr)")
        #expect(check.stderr.contains("error: rodiklio „indicators[1]“ laukas „target“ turi būti skaičius"), "\(check.stderr)")
        #expect(check.stderr.contains("error: nežinomas rodiklio „indicators[1]“ laukas „tikslas“"))
        #expect(check.stderr.contains("error: eilutėje yra 4 langeliai, o antraštėje – 3 stulpeliai"), "\(check.stderr)")
        #expect(Self.englishWords(in: check.stderr).isEmpty, "English in: \(check.stderr)")
    }

    @Test func aLithuanianSiteHearsNoEnglishAboutItsCharts() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.brokenData(site, chart: "    kind: pyragas\n    x: metai\n    series: [library]\n    group: year\n    entry: year")
        let check = try CLI.run(["check", "--site", site.path], environment: ["ZINYNAS_LANG": ""])
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: nežinoma diagramos rūšis „pyragas“"), "\(check.stderr)")
        #expect(Self.englishWords(in: check.stderr).isEmpty, "English in: \(check.stderr)")
    }

    @Test func anEnglishSiteHearsEnglish() throws {
        let (scratch, site) = try Self.brokenSite()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let config = site.appendingPathComponent("site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "base_url:", with: "language: en\nbase_url:").write(to: config, atomically: true, encoding: .utf8)
        let output = try CLI.run(["check", "--site", site.path], environment: ["ZINYNAS_LANG": ""])
        #expect(output.stderr.contains("error: unknown field 'titel'"))
        #expect(output.stderr.contains("    hint: did you mean 'title'?"))
        #expect(output.stderr.contains(/\d+ errors in \d+ files\n$/))
        // --lang overrides the site, and ZINYNAS_LANG too.
        let lithuanian = try CLI.run(["check", "--site", site.path, "--lang", "lt"])
        #expect(lithuanian.stderr.contains("error: nežinomas laukas „titel“"))
        let bad = try CLI.run(["check", "--site", site.path, "--lang", "de"])
        #expect(bad.status != 0 && bad.stderr.contains("--lang must be lt or en"))
    }
}

extension URL {
    /// The URL, once its folder exists.
    fileprivate func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
