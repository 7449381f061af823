import ArgumentParser
import Foundation
import Markdown

#if canImport(Glibc)
    import CMalloc
#endif

@main
struct Zinynas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zinynas",
        abstract: "Builds the library knowledge portal from Markdown files with YAML front matter.",
        discussion: "Exit codes: 0 ok, 1 content errors, 2 usage or I/O errors.",
        version: Versions.text,
        subcommands: [
            BuildCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, ServeCommand.self, StemCommand.self,
        ])

    /// Maps usage errors to exit code 2 (ArgumentParser's default is 64), as the CLI promises.
    static func main() async {
        // A fixed trim threshold turns off glibc's adaptive one: large blocks are mapped on
        // their own and unmapped when freed, and a heap is trimmed once more than 1 MB is
        // free at its top. The adaptive default kept freed stages' memory
        // (docs/benchmarks.md). A threshold the user set is left alone.
        #if canImport(Glibc)
            let environment = ProcessInfo.processInfo.environment
            if environment["MALLOC_TRIM_THRESHOLD_"] == nil, environment["GLIBC_TUNABLES"] == nil {
                _ = mallopt(M_TRIM_THRESHOLD, 1 << 20)
            }
        #endif
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
