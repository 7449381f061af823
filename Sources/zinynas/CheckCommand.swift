import ArgumentParser
import Build
import Checks
import Diagnostics
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates every content file against site.yml and reports all problems.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "Output format: human (with source lines) or github (workflow annotations).")
    var format: DiagnosticPrinter.Format = .human

    func run() throws {
        let folder = SiteLoader.siteFolder(siteOptions.site)
        siteOptions.speak(for: folder)
        let result: CheckedSite
        do {
            result = try SiteLoader.check(siteFolder: folder)
        } catch {
            Terminal.report(error.diagnostics, texts: [:], format: format)
            throw ExitCode(2)
        }
        Terminal.report(result.diagnostics, texts: result.texts, format: format)
        let entries = result.site?.entries.count
        Terminal.status(result.diagnostics.isEmpty ? .command(.checkedClean(files: entries ?? 0)) : result.diagnostics.summaryMessage)
        if result.site == nil { throw ExitCode(1) }
    }
}

extension DiagnosticPrinter.Format: ExpressibleByArgument {}
