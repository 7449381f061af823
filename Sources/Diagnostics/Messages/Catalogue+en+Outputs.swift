// The English catalogue of outputs (see OutputMessage.swift).
extension OutputMessage {
    var english: String {
        switch self {
        case .pathSetting(let key, let context, let problem): "'\(key)' in \(context.english) \(problem.english)"
        case .pathNotRelative: "must be a folder inside the site folder, relative to it"
        case .pathNoFolder: "must name a folder inside the site folder"
        case .pathOutside(let reason): "must be a path inside the site: \(reason.english)"
        case .pathNotFile(let ext): "must be a file path ending in .\(ext)"
        case .pathNotName(let ext): "must be a lowercase ASCII file name ending in .\(ext)"
        case .partEmpty: "it has an empty part ('//')"
        case .partParent: "'..' would lead out of it"
        case .partCurrent: "'.' names no folder"
        case .partBackslash: "'\\' is not allowed: parts of a path are separated by '/'"
        case .partSpace: "spaces are not allowed: write '-' instead"
        case .partControl: "control characters are not allowed"
        case .partURLCharacter(let c): "'\(c)' is not allowed: it means something else in a URL"
        case .folderExample(let key): "e.g. \(key): /projektai/"
        case .fileExample(let ext): "e.g. /mokymai.\(ext)"
        case .nameExample(let key, let ext): "e.g. \(key): registras.\(ext)"
        case .siteFolderExample(let key): "e.g. \(key): public"

        case .writesToo(let owner, let path, let other): "\(owner.english) writes \(path), which \(other.english) writes too"
        case .giveAnotherPath: "give one of them another path"
        case .ownerSiteFeed: "the site-wide feed ('feeds: path')"
        case .ownerAPI: "the JSON API ('api')"
        case .ownerSitemap: "the sitemap"
        case .notDateField(let key, let context, let path):
            "'\(key)' of \(context.english) names '\(path)', which is not a date or date-time field"
        case .durationNotNumber(let context, let path): "'duration' in \(context.english) names '\(path)', which is not a number field"
        case .jsonldNotObject(let context): "'jsonld' of \(context.english) must be an object with '@type', e.g. {\"@type\": Course, …}"

        case .outputNotFolder(let path, let isLink):
            "refusing to build into \(path): it is \(isLink ? "a symbolic link" : "not a folder")"
        case .outputNotFolderHint: "name the real folder with --output, or remove the link; a build never writes through one"
        case .outputForeign(let path, let file, let manifest):
            "refusing to build into \(path): it holds files no zinynas build wrote there ('\(file)'), and no \(manifest)"
        case .outputForeignHint:
            "choose an empty or new folder, or pass --force to build into it (files the build does not make are left as they are)"
        case .cacheStale(let path): "the cache kept a stale file: \(path) (its page record matched, but made again it differs)"
        case .cacheStaleHint: "a page key misses an input; the file was left as it is (ZINYNAS_VERIFY_CACHE)"
        case .cacheLostImage(let path): "the cache lost the processed image \(path); build again"
        case .cannotReadDate: "cannot read the current date"
        }
    }
}
