import Foundation

/// Resolves link destinations written in Markdown: site paths (`/projektai/x/`) and content
/// files (`../projektai/x.md`) become page URLs under the site's base path.
package struct LinkResolver: Sendable {
    package enum Resolution: Equatable, Sendable {
        /// A URL with a scheme or a protocol-relative URL: left as written.
        case external
        /// A page or file of the site: `url` is its path (from the site root), `fragment` without `#`.
        case page(url: String, fragment: String?, sourcePath: String?)
        /// A `.md` file that is not a content file, or a path that climbs out of the site.
        case missingFile(String)
    }

    /// Page URL of each content file, by its path (`content/projektai/x.md`).
    package let urls: [String: String]
    package let basePath: String
    private let sourceByURL: [String: String]

    package init(urls: [String: String], basePath: String) {
        self.urls = urls
        self.basePath = basePath
        sourceByURL = Dictionary(urls.map { ($0.value, $0.key) }, uniquingKeysWith: { a, b in min(a, b) })
    }

    package func resolve(_ destination: String, from sourcePath: String) -> Resolution {
        if destination.isEmpty || destination.hasPrefix("//") || Self.hasScheme(destination) { return .external }
        let (path, fragment) = Self.splitFragment(destination)
        if path.isEmpty {
            return .page(url: urls[sourcePath] ?? "/", fragment: fragment, sourcePath: sourcePath)
        }
        if path.hasSuffix(".md") {
            let file = path.hasPrefix("/")
                ? Self.normalize("content" + path)
                : Self.normalize(Self.folder(of: sourcePath) + "/" + path)
            guard let file, let url = urls[file] else { return .missingFile(path) }
            return .page(url: url, fragment: fragment, sourcePath: file)
        }
        let url: String?
        if path.hasPrefix("/") {
            url = path
        } else {
            // Relative to the page's URL, as a browser resolves it (`poster.jpg`, `../kitas/`).
            url = Self.normalize((urls[sourcePath] ?? "/") + path).map { "/" + $0 + (path.hasSuffix("/") ? "/" : "") }
        }
        guard let url else { return .missingFile(path) }
        return .page(url: url, fragment: fragment, sourcePath: sourceByURL[url])
    }

    /// The destination to write into HTML, or `nil` to keep it as written.
    package func rewrite(_ destination: String, from sourcePath: String) -> String? {
        guard case .page(let url, let fragment, _) = resolve(destination, from: sourcePath) else { return nil }
        let prefixed = basePath == "/" ? url : String(basePath.dropLast()) + url
        return prefixed + (fragment.map { "#" + $0 } ?? "")
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && scheme.first!.isLetter
    }

    static func splitFragment(_ text: String) -> (String, String?) {
        guard let hash = text.firstIndex(of: "#") else { return (text, nil) }
        return (String(text[..<hash]), String(text[text.index(after: hash)...]))
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Collapses `.` and `..`; `nil` when the path climbs out of the site folder.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
