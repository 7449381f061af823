import ArgumentParser
import Build
import Diagnostics
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Builds the site into the output folder (public/ unless --output).")

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: [.customShort("o"), .long], help: "The output folder (default: site.yml's 'output', public/).")
    var output: String?

    @Option(help: "Output format of diagnostics: human or github.")
    var format: DiagnosticPrinter.Format = .human

    @Flag(name: [.customShort("D"), .long], help: "Include entries marked 'draft: true'.")
    var drafts = false

    @OptionGroup var build: BuildOptions

    @Flag(help: "Print the time of each stage.")
    var timings = false

    @Flag(help: "Build into an output folder that holds files but no manifest of an earlier build (files the build does not make are left there).")
    var force = false

    @Option(help: "The folder of the caches that make the next build incremental (default: the site's .zinynas-cache/); not the output folder nor among the sources.")
    var cacheDir: String?

    func run() throws {
        let folder = SiteLoader.siteFolder(siteOptions.site)
        let outputURL = output.map { SiteLoader.siteFolder($0) }
        Terminal.isQuiet = siteOptions.quiet
        siteOptions.speak(for: folder)
        var options = build.builderOptions(siteFolder: folder, output: outputURL, drafts: drafts)
        options.cacheFolder = cacheDir.map { SiteLoader.siteFolder($0) }
        options.force = force
        var builder = SiteBuilder(options: options)
        builder.progress = Terminal.progress
        let report: SiteBuilder.Report
        do {
            report = try builder.run()
        } catch {
            Terminal.endProgress()
            Terminal.report(error.diagnostics, texts: [:], format: format)
            if let stage = error.stage { Terminal.status(.command(.buildStopped(stage: stage))) }
            throw ExitCode(2)
        }
        Terminal.endProgress()
        Terminal.report(report.diagnostics, texts: report.texts, format: format)
        guard report.succeeded, let written = report.output else {
            Terminal.status(.command(.nothingWritten(summary: report.diagnostics.summaryMessage)))
            throw ExitCode(1)
        }
        let total = report.timings.reduce(0) { $0 + $1.seconds }
        let stages = report.timings.map { "\($0.stage) \(Terminal.seconds($0.seconds))" }.joined(separator: ", ")
        Terminal.summary(
            .command(.built(
                entries: report.entries, pages: report.pages, written: report.filesWritten, unchanged: report.filesUnchanged,
                removed: report.filesRemoved, folder: Terminal.relative(written.path), time: Terminal.seconds(total),
                stages: stages)))
        if timings {
            for (stage, seconds) in report.timings { Terminal.status("  \(stage): \(Terminal.seconds(seconds))") }
            // What an incremental build reused: where to look when a rebuild is slower than expected.
            Terminal.status(
                "  reused: \(report.sourcesReused) of \(report.entries) parses; model \(report.modelReused ? "kept" : "derived"); "
                    + "checks across files \(report.crossChecksSkipped ? "skipped" : "run"), "
                    + "link checks \(report.linkChecksSkipped ? "skipped" : "run"); "
                    + "\(report.pages - report.pagesRendered) of \(report.pages) pages; "
                    + "data files made \(report.dataFilesMade), rows made \(report.dataRowsMade); "
                    + "search index \(report.searchIndexPatched ? "patched" : "merged"); "
                    + "PDFs extracted \(report.pdfsExtracted), images processed \(report.imagesProcessed), from the cache \(report.imagesReused), read \(report.imagesRead)")
        }
    }
}
