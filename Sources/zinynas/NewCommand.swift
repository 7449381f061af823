import ArgumentParser
import Build
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Creates a new entry file with every required field ready to fill in.")

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: "The collection (name or folder), e.g. mokymai.")
    var collection: String

    @Argument(help: "The entry's title; its file name is the title as an ASCII slug.")
    var title: String

    func run() throws {
        let folder = SiteLoader.siteFolder(siteOptions.site)
        siteOptions.speak(for: folder)
        do {
            let path = try EntryCreator.create(collection: collection, title: title, siteFolder: folder)
            print(path)
            Terminal.status(.command(.created(path: path)))
        } catch {
            Terminal.report(error.diagnostics, texts: [:], format: .human)
            throw ExitCode(2)
        }
    }
}
