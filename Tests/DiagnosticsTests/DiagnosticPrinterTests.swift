import Diagnostics
import Testing

@Suite struct DiagnosticPrinterTests {
    let source = "---\ntitle: Projektas\n\tstatus: vykdomas\r\n---\n"
    var printer: DiagnosticPrinter {
        let text = source
        return DiagnosticPrinter(format: .human) { $0 == "a.md" ? text : nil }
    }

    @Test func quotesTheLineWithACaretUnderTheValue() {
        let d = Diagnostic.error(
            "field 'status' is wrong", at: SourceLocation(file: "a.md", line: 3, column: 10), length: 8,
            hint: "write 'ongoing'")
        #expect(
            printer.render(d) == """
                a.md:3:10: error: field 'status' is wrong
                    \tstatus: vykdomas
                    \t        ^~~~~~~~
                    hint: write 'ongoing'
                """)
    }

    @Test func caretNeverRunsPastTheLine() {
        let d = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 2, column: 8), length: 50)
        #expect(printer.render(d).hasSuffix("       ^~~~~~~~~"))
    }

    @Test func unknownFilesAndLinesPrintTheHeadlineOnly() {
        let missing = Diagnostic.error("x", at: SourceLocation(file: "b.md", line: 1, column: 1))
        #expect(printer.render(missing) == "b.md:1:1: error: x")
        let beyond = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 99, column: 1))
        #expect(printer.render(beyond) == "a.md:99:1: error: x")
        #expect(printer.render(.error("no site", at: nil, hint: "use --site")) == "error: no site\n    hint: use --site")
    }

    @Test func githubAnnotationsEscapeTheirSyntax() {
        let github = DiagnosticPrinter(format: .github)
        let d = Diagnostic.error(
            "50% wrong\nvalue", at: SourceLocation(file: "content/a,b.md", line: 3, column: 9), hint: "fix: it")
        #expect(github.render(d) == "::error file=content/a%2Cb.md,line=3,col=9::50%25 wrong%0Avalue (hint: fix: it)")
    }

    @Test func summaryCountsErrorsAndFiles() {
        let at = { (file: String) in SourceLocation(file: file, line: 1, column: 1) }
        #expect([Diagnostic]().summary == "no errors")
        #expect([Diagnostic.error("x", at: at("a"))].summary == "1 error in 1 file")
        #expect(
            [Diagnostic.error("x", at: at("a")), .error("y", at: at("a")), .error("z", at: at("b"))].summary
                == "3 errors in 2 files")
    }

    @Test func sortingFollowsFilesAndPositions() {
        let a = Diagnostic.error("b", at: SourceLocation(file: "a.md", line: 2, column: 1))
        let b = Diagnostic.error("a", at: SourceLocation(file: "a.md", line: 10, column: 1))
        let c = Diagnostic.error("c", at: SourceLocation(file: "b.md", line: 1, column: 1))
        let none = Diagnostic.error("z", at: nil)
        #expect([c, b, none, a].sorted() == [none, a, b, c])
    }
}
