import Foundation

/// Resolves request paths to files of the output folder, refusing anything that would leave it.
struct StaticFiles: Sendable {
    enum Resolution: Equatable {
        case file(URL)
        /// `..`, encoded separators, NUL bytes, or a symbolic link pointing outside.
        case forbidden
        case notFound
    }

    let root: URL

    init(root: URL) { self.root = root.resolvingSymlinksInPath().standardizedFileURL }

    /// `path` is the request path as sent, still percent-encoded.
    func resolve(_ path: String) -> Resolution {
        let rawPath = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let decoded = rawPath.removingPercentEncoding else { return .forbidden }
        // Decoding twice catches %252e%252e: nothing legitimate here needs a literal '%'.
        let twice = decoded.removingPercentEncoding ?? decoded
        for candidate in [decoded, twice] {
            let segments = candidate.split(separator: "/", omittingEmptySubsequences: false)
            if segments.contains(where: { $0 == ".." || $0 == "." && candidate != "/" }) || candidate.contains("\\")
                || candidate.contains("\0")
            {
                return .forbidden
            }
        }
        guard decoded.hasPrefix("/") else { return .forbidden }
        var url = root.appendingPathComponent(String(decoded.dropFirst()))
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL
        guard resolved.path == root.path || resolved.path.hasPrefix(root.path + "/") else { return .forbidden }
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return .notFound }
        return .file(resolved)
    }

    static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }

    /// Adds the live-reload script before `</body>`: only in responses, never in the files.
    static func injectingLiveReload(_ html: Data) -> Data {
        let tag = Data("<script src=\"/__zinynas/live.js\" defer></script>\n".utf8)
        guard let range = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: range.lowerBound)
        return result
    }
}
