import Content

/// Turns site paths into the URLs written into pages, under the site's base path.
struct URLBuilder: Sendable {
    let basePath: String
    let baseURL: String

    init(config: SiteConfig) {
        basePath = config.basePath
        baseURL = config.baseURL.hasSuffix("/") ? String(config.baseURL.dropLast()) : config.baseURL
    }

    /// `/projektai/x/` → `/zinynas/projektai/x/` when the site lives under `/zinynas/`.
    func page(_ path: String) -> String {
        basePath == "/" ? path : String(basePath.dropLast()) + path
    }

    /// The absolute URL, for canonical links and feeds.
    func absolute(_ path: String) -> String {
        guard let host = baseURL.range(of: "://").map({ baseURL[$0.upperBound...] }),
            let slash = host.firstIndex(of: "/")
        else { return baseURL + path }
        return String(baseURL[..<slash]) + page(path)
    }

    /// Path of page `number` of a paginated list (`/projektai/puslapis/2/`).
    static func paginated(_ path: String, page number: Int) -> String {
        number <= 1 ? path : "\(path)puslapis/\(number)/"
    }
}
