import Diagnostics

/// The messages of outputs with sample arguments, and each one's key name.
extension MessageSamples {
    static let outputs: [OutputMessage] = [
        .pathSetting(key: "path", context: .contextCollection("projektai"), problem: .outputs(.pathOutside(.partParent))),
        .pathNotRelative,
        .pathNoFolder,
        .pathOutside(.partSpace),
        .pathNotFile("ics"),
        .pathNotName("csv"),
        .partEmpty,
        .partParent,
        .partCurrent,
        .partBackslash,
        .partSpace,
        .partControl,
        .partURLCharacter("#"),
        .folderExample("path"),
        .fileExample("ics"),
        .nameExample(key: "csv", ext: "csv"),
        .siteFolderExample("output"),
        .writesToo(owner: .claimFeed(.contextCollection("projektai")), path: "/projektai/feed.xml", other: .outputs(.ownerSiteFeed)),
        .giveAnotherPath,
        .ownerSiteFeed,
        .ownerAPI,
        .ownerSitemap,
        .notDateField(key: "start", context: .contextCollection("mokymai"), path: "pavadinimas"),
        .durationNotNumber(context: .contextCollection("mokymai"), path: "pavadinimas"),
        .jsonldNotObject(.contextCollection("mokymai")),
        .outputNotFolder(path: "public", isLink: true),
        .outputNotFolderHint,
        .outputForeign(path: "public", file: "senas.html", manifest: ".zinynas-manifest"),
        .outputForeignHint,
        .cacheStale("projektai/index.html"),
        .cacheStaleHint,
        .cacheLostImage("projektai/foto.jpg"),
        .cannotReadDate,
    ]

    static func key(_ message: OutputMessage) -> String {
        switch message {
        case .pathSetting: "pathSetting"
        case .pathNotRelative: "pathNotRelative"
        case .pathNoFolder: "pathNoFolder"
        case .pathOutside: "pathOutside"
        case .pathNotFile: "pathNotFile"
        case .pathNotName: "pathNotName"
        case .partEmpty: "partEmpty"
        case .partParent: "partParent"
        case .partCurrent: "partCurrent"
        case .partBackslash: "partBackslash"
        case .partSpace: "partSpace"
        case .partControl: "partControl"
        case .partURLCharacter: "partURLCharacter"
        case .folderExample: "folderExample"
        case .fileExample: "fileExample"
        case .nameExample: "nameExample"
        case .siteFolderExample: "siteFolderExample"
        case .writesToo: "writesToo"
        case .giveAnotherPath: "giveAnotherPath"
        case .ownerSiteFeed: "ownerSiteFeed"
        case .ownerAPI: "ownerAPI"
        case .ownerSitemap: "ownerSitemap"
        case .notDateField: "notDateField"
        case .durationNotNumber: "durationNotNumber"
        case .jsonldNotObject: "jsonldNotObject"
        case .outputNotFolder: "outputNotFolder"
        case .outputNotFolderHint: "outputNotFolderHint"
        case .outputForeign: "outputForeign"
        case .outputForeignHint: "outputForeignHint"
        case .cacheStale: "cacheStale"
        case .cacheStaleHint: "cacheStaleHint"
        case .cacheLostImage: "cacheLostImage"
        case .cannotReadDate: "cannotReadDate"
        }
    }
}
