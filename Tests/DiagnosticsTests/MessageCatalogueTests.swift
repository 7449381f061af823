import Diagnostics
import Foundation
import Testing

/// The catalogues: every message in both languages, Lithuanian without English words, and the
/// Lithuanian plural forms of counts.
@Suite struct MessageCatalogueTests {
    /// The areas of `Message`: the case that wraps each, and the file that declares its enum.
    static let areas = ["command": "CommandMessage", "datasets": "DatasetMessage", "indicators": "IndicatorMessage", "outputs": "OutputMessage",
        "templates": "TemplateMessage",
    ]

    /// The case names declared in Message.swift and in each area's file (`datasets.notGlobs`),
    /// read from the source: a message added there without a sample fails here (and without a
    /// line in each catalogue, does not compile).
    static func declaredKeys() throws -> Set<String> {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Diagnostics/Messages")
        var keys = try caseNames(in: folder.appendingPathComponent("Message.swift"), of: "public indirect enum Message")
        keys.subtract(areas.keys)
        for (area, type) in areas {
            let names = try caseNames(in: folder.appendingPathComponent("\(type).swift"), of: "enum \(type)")
            keys.formUnion(names.map { "\(area).\($0)" })
        }
        return keys
    }

    static func caseNames(in file: URL, of declaration: String) throws -> Set<String> {
        let text = try String(contentsOf: file, encoding: .utf8)
        let start = text.range(of: declaration)!.lowerBound
        let end = text.range(of: "extension ", range: start..<text.endIndex)?.lowerBound ?? text.endIndex
        let body = text[start..<end]
        var keys = Set<String>()
        for line in body.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("case ") else { continue }
            // `case a, b(x: Int), c`: names at depth 0, each before its '(' or ','.
            var depth = 0
            var name = ""
            var expectName = true
            for c in trimmed.dropFirst(5) {
                if c == "(" || c == "[" { depth += 1; expectName = false }
                if c == ")" || c == "]" { depth -= 1 }
                if depth == 0, c == "," { if !name.isEmpty { keys.insert(name) }; name = ""; expectName = true; continue }
                if depth == 0, expectName, c.isLetter || c.isNumber { name.append(c) } else if depth == 0, c == " " {
                    continue
                } else if depth > 0 { expectName = false }
            }
            if !name.isEmpty { keys.insert(name) }
        }
        // The nested enums (Noun, PDFProblem) are declared on lines of their own, not read here.
        return keys
    }

    @Test func everyMessageHasASample() throws {
        let sampled = Set(MessageSamples.all.map(MessageSamples.key))
        let declared = try Self.declaredKeys()
        #expect(declared == sampled, "messages without a sample: \(declared.subtracting(sampled).sorted())")
        #expect(sampled.count == MessageSamples.all.count, "one sample per message")
    }

    /// Words of English messages that no Lithuanian message may hold (names in site.yml such as
    /// `file` or `title` are the site's own and allowed).
    static let englishWords: Set<String> = [
        "the", "must", "cannot", "missing", "unknown", "found", "write", "is", "are", "of", "with", "and", "or", "not", "an",
        "to", "in", "which", "no", "has", "needs", "error", "errors", "hint", "did", "you", "mean", "link", "field", "value",
        "empty", "entry", "page", "image", "folder", "line", "text", "number", "date", "list",
    ]

    /// The words of a message, without what the site writes: names in „…“, keys and paths
    /// (`folder: projektai`, `content/apie.md`).
    static func words(_ text: String) -> [String] {
        text.replacing(/„[^“]*“/, with: "").replacing(/\S*[\/.:{}\[\]_]\S*/, with: "").lowercased().split { !$0.isLetter }
            .map(String.init)
    }

    @Test func everyMessageReadsInBothLanguages() {
        // The same words in both: names, a path, true/false.
        let same: Set<String> = ["verbatim", "joined", "shapeBool", "contextSiteYML", "yamlInvisible"]
        for message in MessageSamples.all {
            let key = MessageSamples.key(message)
            let english = message.text(.en)
            let lithuanian = message.text(.lt)
            #expect(!english.isEmpty && !lithuanian.isEmpty, "\(key) is empty")
            if !same.contains(key) { #expect(english != lithuanian, "\(key) is not translated: \(lithuanian)") }
            let leftovers = Self.words(lithuanian).filter(Self.englishWords.contains)
            #expect(leftovers.isEmpty, "\(key) holds English words \(leftovers): \(lithuanian)")
        }
    }

    /// 1 klaida, 2 klaidos, 10 klaidų; faile, failuose, failų: CLDR's three forms, 11–19 included.
    @Test func summariesCountInLithuanian() {
        func lt(_ errors: Int, _ warnings: Int, _ files: Int) -> String {
            Message.command(.summary(errors: errors, warnings: warnings, files: files)).text(.lt)
        }
        #expect(lt(1, 0, 1) == "1 klaida 1 faile")
        #expect(lt(2, 0, 2) == "2 klaidos 2 failuose")
        #expect(lt(10, 0, 3) == "10 klaidų 3 failuose")
        #expect(lt(21, 0, 21) == "21 klaida 21 faile")
        #expect(lt(11, 0, 11) == "11 klaidų 11 failų")
        #expect(lt(22, 0, 112) == "22 klaidos 112 failų")
        #expect(lt(0, 0, 0) == "klaidų nėra")
        #expect(lt(0, 2, 1) == "2 įspėjimai 1 faile")
        #expect(lt(1, 10, 2) == "1 klaida, 10 įspėjimų 2 failuose")
        #expect(Message.command(.summary(errors: 2, warnings: 1, files: 1)).text(.en) == "2 errors, 1 warning in 1 file")
        #expect(Message.command(.checkedClean(files: 21)).text(.lt) == "patikrinta: 21 failas, klaidų nėra")
        #expect(Message.command(.checkedClean(files: 12)).text(.lt) == "patikrinta: 12 failų, klaidų nėra")
        #expect(Message.command(.servedBuilt(pages: 3)).text(.lt) == "sukurta: 3 puslapiai")
    }

    @Test func diagnosticsPrintInTheirLanguageWithEnglishSeverity() {
        let d = Diagnostic.error(
            .unknownField("titel"), at: SourceLocation(file: "content/a.md", line: 2, column: 1), hint: .didYouMean("title"))
        let lt = DiagnosticPrinter(format: .human, language: .lt).render(d)
        #expect(lt == "content/a.md:2:1: error: nežinomas laukas „titel“\n    patarimas: gal turėjote omenyje „title“?")
        let github = DiagnosticPrinter(format: .github, language: .lt).render(d)
        #expect(github == "::error file=content/a.md,line=2,col=1::nežinomas laukas „titel“ (patarimas: gal turėjote omenyje „title“?)")
        #expect(d.message == "unknown field 'titel'" && d.hint == "did you mean 'title'?", "message and hint read English")
        #expect([d].summary(in: .lt) == "1 klaida 1 faile")
    }

    /// The Mustache parser's and renderer's problems and hints (Template+Parse.swift, Template+Render.swift), each
    /// read into Lithuanian words of its own, not the general fallback.
    @Test func mustacheSyntaxErrorsReadInLithuanian() {
        let problems = [
            "a tag is not closed with }}", "a tag without a name", "the tag name \"a b\" contains a space", "invalid set-delimiter tag",
            "sections, parents and blocks nest more than 32 levels deep", "{{/a}} closes no open section",
            "{{/a}} closes the section \"b\" opened at line 3", "the section \"a\" is never closed",
        ]
        let hints = [
            "close the tag on the same template, e.g. {{name}}", "write the value's name inside the braces, e.g. {{page.title}}",
            "names are single words joined by dots, e.g. {{entry.title}}", "write two delimiters separated by a space, e.g. {{=<% %>=}}",
            "close some before opening more, or move the inner part to a partial of its own",
            "remove it, or open the section with {{#a}}", "close every section with its own name: {{/b}}", "add {{/a}} where the section ends",
        ]
        let renderings = [
            "\"tree\" is included more than 100 levels deep (counting sections and blocks)",
            "sections, blocks, partials and parents are open more than 100 levels deep",
            "a template may include itself only inside a section over data that ends, e.g. {{#children}}{{>tree}}{{/children}}",
            "templates nest at most 100 levels deep while rendering, through partials and parents too",
        ]
        for (index, text) in renderings.enumerated() {
            let message = Message.templates(index < 2 ? .renderError(text) : .renderHint(text))
            let fallback = Message.templates(index < 2 ? .renderError("?") : .renderHint("?")).text(.lt)
            let lithuanian = message.text(.lt)
            #expect(lithuanian != fallback && Self.words(lithuanian).filter(Self.englishWords.contains).isEmpty, "\(text): \(lithuanian)")
        }
        let fallback = Message.templates(.syntaxError("?")).text(.lt)
        for problem in problems {
            let lithuanian = Message.templates(.syntaxError(problem)).text(.lt)
            #expect(lithuanian != fallback && Self.words(lithuanian).filter(Self.englishWords.contains).isEmpty, "\(problem): \(lithuanian)")
        }
        let hintFallback = Message.templates(.syntaxHint("?")).text(.lt)
        for hint in hints {
            let lithuanian = Message.templates(.syntaxHint(hint)).text(.lt)
            #expect(lithuanian != hintFallback && Self.words(lithuanian).filter(Self.englishWords.contains).isEmpty, "\(hint): \(lithuanian)")
        }
        #expect(Message.templates(.syntaxError("{{/a}} closes the section \"b\" opened at line 3")).text(.lt)
            == "šablono klaida: „{{/a}}“ uždaro sekciją „b“, atidarytą 3 eilutėje")
    }

    @Test func theLanguageIsTheSitesUnlessAskedOtherwise() {
        #expect(Language(siteLanguage: "lt") == .lt && Language(siteLanguage: "lt-LT") == .lt)
        #expect(Language(siteLanguage: "en") == .en && Language(siteLanguage: "de") == .en)
        #expect(Language.override(flag: "en", environment: ["ZINYNAS_LANG": "lt"]) == .en)
        #expect(Language.override(flag: nil, environment: ["ZINYNAS_LANG": "lt"]) == .lt)
        #expect(Language.override(flag: nil, environment: ["ZINYNAS_LANG": ""]) == nil)
        #expect(Language.override(flag: nil, environment: [:]) == nil)
    }

    @Test func pluralCategoriesFollowCLDR() {
        let one = [1, 21, 31, 101, 1001].map(PluralCategory.lithuanian)
        let few = [2, 9, 22, 29, 102].map(PluralCategory.lithuanian)
        let other = [0, 10, 11, 15, 19, 20, 30, 111, 112].map(PluralCategory.lithuanian)
        #expect(one.allSatisfy { $0 == .one } && few.allSatisfy { $0 == .few } && other.allSatisfy { $0 == .other })
    }
}
