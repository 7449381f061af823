import Config

/// Turns site paths into the URLs written into pages, under the site's base path.
struct URLBuilder: Sendable {
    let basePath: String
    let baseURL: String
    /// What `absolute` puts before a page's path: the scheme and host (`https://x.lt`), or
    /// the whole base URL when it has no path.
    private let origin: String
    private let originTakesPage: Bool

    init(config: SiteConfig) {
        basePath = config.basePath
        let base = config.baseURL.hasSuffix("/") ? String(config.baseURL.dropLast()) : config.baseURL
        baseURL = base
        if let host = base.range(of: "://").map({ base[$0.upperBound...] }), let slash = host.firstIndex(of: "/") {
            (origin, originTakesPage) = (String(base[..<slash]), true)
        } else {
            (origin, originTakesPage) = (base, false)
        }
    }

    /// `/projektai/x/` → `/zinynas/projektai/x/` when the site lives under `/zinynas/`.
    func page(_ path: String) -> String {
        basePath == "/" ? path : String(basePath.dropLast()) + path
    }

    /// The absolute URL, for canonical links and feeds.
    func absolute(_ path: String) -> String { originTakesPage ? origin + page(path) : origin + path }

    /// Path of page `number` of a paginated list (`/projektai/puslapis/2/`).
    static func paginated(_ path: String, page number: Int) -> String {
        number <= 1 ? path : "\(path)puslapis/\(number)/"
    }
}
