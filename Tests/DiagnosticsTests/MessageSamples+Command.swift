import Diagnostics

/// The commands' own words (`CommandMessage`) with sample arguments, and each one's key name.
extension MessageSamples {
    static let command: [CommandMessage] = [
        .summary(errors: 2, warnings: 21, files: 11),
        .checkedClean(files: 2),
        .nothingWritten(summary: .contextCollection("projektai")),
        .buildStopped(stage: "Vilnius"),
        .built(entries: 2, pages: 21, written: 11, unchanged: 5, removed: 2, folder: "projektai", time: "pavadinimas", stages: "data"),
        .created(path: "Vilnius"),
        .progressReading(folder: "Vilnius"),
        .progressParsing(files: 2),
        .progressImages,
        .progressIndexing(entries: 2),
        .progressRendering(entries: 2),
        .progressCopying(files: 2),
        .serving(site: "Vilnius", address: "projektai"),
        .servedBuilt(pages: 2),
        .serveFailed(summary: .contextCollection("projektai"), hasGood: true),
        .portInUse(port: 2),
        .cannotServe(address: "Vilnius", reason: "projektai"),
        .folderInUse(folder: "Vilnius", isOutput: true, pid: 3, waited: 5),
        .cannotLockFolder(folder: "Vilnius", isOutput: false, reason: "projektai"),
        .overlayTitle,
        .overlayClose,
        .overlayErrors(count: 2, hasGood: true),
        .noBuildYetTitle,
        .noBuildYetText,
        .badLanguageFlag("Vilnius"),
    ]

    static func key(_ message: CommandMessage) -> String {
        switch message {
        case .summary: "summary"
        case .checkedClean: "checkedClean"
        case .nothingWritten: "nothingWritten"
        case .buildStopped: "buildStopped"
        case .built: "built"
        case .created: "created"
        case .progressReading: "progressReading"
        case .progressParsing: "progressParsing"
        case .progressImages: "progressImages"
        case .progressIndexing: "progressIndexing"
        case .progressRendering: "progressRendering"
        case .progressCopying: "progressCopying"
        case .serving: "serving"
        case .servedBuilt: "servedBuilt"
        case .serveFailed: "serveFailed"
        case .portInUse: "portInUse"
        case .cannotServe: "cannotServe"
        case .folderInUse: "folderInUse"
        case .cannotLockFolder: "cannotLockFolder"
        case .overlayTitle: "overlayTitle"
        case .overlayClose: "overlayClose"
        case .overlayErrors: "overlayErrors"
        case .noBuildYetTitle: "noBuildYetTitle"
        case .noBuildYetText: "noBuildYetText"
        case .badLanguageFlag: "badLanguageFlag"
        }
    }
}
