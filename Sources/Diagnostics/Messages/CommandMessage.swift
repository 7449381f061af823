/// What the commands say besides diagnostics: summaries, progress lines, `serve`'s terminal
/// lines, its overlay and its page for a site not built yet. One area of `Message`
/// (`.command(…)`), rendered by `Catalogue+en+Command.swift` and `Catalogue+lt+Command.swift`.
public enum CommandMessage: Sendable, Hashable {
    case summary(errors: Int, warnings: Int, files: Int)
    case checkedClean(files: Int)
    case nothingWritten(summary: Message)
    case buildStopped(stage: String)
    case built(entries: Int, pages: Int, written: Int, unchanged: Int, removed: Int, folder: String, time: String, stages: String)
    case created(path: String)
    case progressReading(folder: String)
    case progressParsing(files: Int)
    case progressImages
    case progressIndexing(entries: Int)
    case progressRendering(entries: Int)
    case progressCopying(files: Int)
    case serving(site: String, address: String)
    case servedBuilt(pages: Int)
    case serveFailed(summary: Message, hasGood: Bool)
    case portInUse(port: Int)
    case cannotServe(address: String, reason: String)
    /// Another zinynas holds the folder's lock (a build into the same output, or the preview):
    /// the output folder (`isOutput`) or the cache folder.
    case folderInUse(folder: String, isOutput: Bool, pid: Int32?, waited: Int)
    case cannotLockFolder(folder: String, isOutput: Bool, reason: String)
    case overlayTitle
    case overlayClose
    case overlayErrors(count: Int, hasGood: Bool)
    case noBuildYetTitle
    case noBuildYetText
    case badLanguageFlag(String)
}
