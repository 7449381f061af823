/// The messages of what the build writes: settings that name an output path (`SitePaths`),
/// outputs that claim one path, the names in output settings (calendars, `jsonld`), the
/// output folder refused, the cache verifier, a lost cached image, the clock. One area of
/// `Message` (`.outputs(…)`), rendered by `Catalogue+en+Outputs.swift` and `Catalogue+lt+Outputs.swift`.
public indirect enum OutputMessage: Sendable, Hashable {
    // MARK: Settings that name an output path: "'key' in context" and what is wrong with it
    case pathSetting(key: String, context: Message, problem: Message)
    case pathNotRelative, pathNoFolder
    case pathOutside(OutputMessage)
    case pathNotFile(String), pathNotName(String)
    case partEmpty, partParent, partCurrent, partBackslash, partSpace, partControl
    case partURLCharacter(String)
    case folderExample(String)
    case fileExample(String)
    case nameExample(key: String, ext: String)
    case siteFolderExample(String)

    // MARK: Outputs that claim one path, and names in output settings
    case writesToo(owner: Message, path: String, other: Message)
    case giveAnotherPath
    case ownerSiteFeed, ownerAPI, ownerSitemap
    case notDateField(key: String, context: Message, path: String)
    case durationNotNumber(context: Message, path: String)
    case jsonldNotObject(Message)

    // MARK: Building
    case outputNotFolder(path: String, isLink: Bool)
    case outputNotFolderHint
    case outputForeign(path: String, file: String, manifest: String)
    case outputForeignHint
    case cacheStale(String)
    case cacheStaleHint
    case cacheLostImage(String)
    case cannotReadDate
}
