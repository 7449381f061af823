import ArgumentParser
import Build
import Config
import Diagnostics
import Foundation

/// Options every command shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (default: the current directory).")
    var site: String?

    @Flag(name: [.customShort("q"), .long], help: "Print only errors: no progress, no summary.")
    var quiet = false

    @Option(help: "The language of messages: lt or en (default: ZINYNAS_LANG, else the site's language).")
    var lang: String?

    func validate() throws {
        if let lang, Language(flag: lang) == nil { throw ValidationError(Message.command(.badLanguageFlag(lang)).text(.en)) }
    }

    /// Sets the language of every message for the site in `folder` (`MessageLanguage`).
    func speak(for folder: URL) {
        Terminal.language = MessageLanguage.resolve(flag: lang, siteFolder: folder)
    }
}

/// What `build` and `serve` take besides the site: the build date, scheduled entries and the
/// address the site is built for.
struct BuildOptions: ParsableArguments {
    @Option(help: "The build date, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH, else today).")
    var now: String?

    @Flag(help: "Include entries whose 'publish_date' is after the build date.")
    var future = false

    @Option(
        name: .customLong("base-url"),
        help: "The address to build the site for instead of site.yml's base_url (a preview deployment), e.g. https://perziura.biblioteka.lt/.")
    var baseURL: String?

    /// A date that cannot be read or an address that is no http(s) URL is a usage error before
    /// any work (exit 2, as any usage error).
    func validate() throws {
        do {
            try BuildClock.check(flag: now)
        } catch {
            throw ValidationError(error.diagnostics.map(\.message).joined(separator: "; "))
        }
        if let baseURL, !SiteURL.isValid(baseURL) {
            throw ValidationError("--base-url must be an absolute http or https address; found '\(baseURL)'")
        }
    }

    /// The options of a build of `siteFolder` with these settings.
    func builderOptions(siteFolder: URL, output: URL? = nil, drafts: Bool) -> SiteBuilder.Options {
        var options = SiteBuilder.Options(siteFolder: siteFolder, output: output, now: now, drafts: drafts, future: future)
        options.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        return options
    }
}
