import ArgumentParser
import Build
import Foundation

#if canImport(Glibc)
    import CMalloc
#endif

@main
struct Zinynas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zinynas",
        abstract: "Builds the library knowledge portal from Markdown files with YAML front matter.",
        discussion: "Exit codes: 0 ok, 1 content errors, 2 usage or I/O errors.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, ServeCommand.self])

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

/// Options every command shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (default: the current directory).")
    var site: String?
}

/// The build date and scheduled entries, as `build` and `serve` take them.
struct BuildDateOptions: ParsableArguments {
    @Option(help: "The build date, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH, else today).")
    var now: String?

    @Flag(help: "Include entries whose 'publish_date' is after the build date.")
    var future = false

    /// A date that cannot be read is a usage error before any work (exit 2, as any usage error).
    func validate() throws {
        do {
            try BuildClock.check(flag: now)
        } catch {
            throw ValidationError(error.diagnostics.map(\.message).joined(separator: "; "))
        }
    }
}
