import Config
import Diagnostics

/// The `parse` stage's value: site.yml decoded and every content file parsed and validated
/// on its own. The checks that need every file at once are the `check` stage's (`Checks`).
package struct ParsedSite: Sendable {
    /// site.yml's settings; `nil` when it has errors (`configDiagnostics`), and then no
    /// content file was parsed.
    package var config: SiteConfig?
    package var configDiagnostics: [Diagnostic] = []
    /// Every content file, in the order of `SiteSource.content`.
    package var files: [ParsedFile] = []
    /// Whether each of `files` came from the last build's memo, not from its bytes.
    package var isReused: [Bool] = []
    /// Resolves links written in the bodies (the link checks follow it too).
    package var resolver: LinkResolver?
    /// Decoded text by path, for quoting source lines in diagnostics: site.yml's, when it decoded.
    package var texts: [String: String] = [:]
    /// The datasets of site.yml read from `data/`, and their diagnostics (each file on its own).
    package var datasets: [Dataset] = []
    package var datasetDiagnostics: [Diagnostic] = []
    /// Decoded text of the data files, by path, for quoting lines in diagnostics.
    package var dataTexts: [String: String] = [:]
    /// This build's parse results, for the next build to reuse.
    package var memo: ParseMemo?

    package init(
        config: SiteConfig? = nil, configDiagnostics: [Diagnostic] = [], files: [ParsedFile] = [],
        resolver: LinkResolver? = nil, texts: [String: String] = [:]
    ) {
        self.config = config
        self.configDiagnostics = configDiagnostics
        self.files = files
        self.resolver = resolver
        self.texts = texts
    }

    /// How many content files were taken from the memo instead of being parsed.
    package var reused: Int { isReused.count(where: { $0 }) }
}

/// One content file after parsing and per-file validation.
package struct ParsedFile: Sendable {
    package var path: String
    package var text: String?
    package var entry: Entry?
    package var diagnostics: [Diagnostic] = []
    package var refs: [RefUse] = []
    package var uniqueValues: [UniqueValue] = []
    package var terms: [TermUse] = []
    /// Values of `file` fields, checked against the files by the attachment stage.
    package var files: [FileUse] = []
    package var images: [ImageUse] = []

    package init(path: String) { self.path = path }
}
