import ArgumentParser
import Build
import Foundation
import Markdown

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Writes the editors' field reference (Markdown) and a JSON Schema per collection from site.yml.")

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "The folder to write into (default: docs/schema in the site folder).")
    var output: String?

    func run() throws {
        let folder = SiteLoader.siteFolder(siteOptions.site)
        siteOptions.speak(for: folder)
        let target = output.map { SiteLoader.siteFolder($0) } ?? folder.appendingPathComponent("docs/schema")
        do {
            let written = try SchemaWriter.write(siteFolder: folder, into: target)
            for name in written { print(target.appendingPathComponent(name).path) }
        } catch {
            Terminal.report(error.diagnostics, texts: [:], format: .human)
            throw ExitCode(2)
        }
    }
}
