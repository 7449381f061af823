/// A file of the built site, in memory: what `render` produces and `write` puts on disk.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder (`projektai/x/index.html`).
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The file that serves a URL path: `/projektai/x/` → `projektai/x/index.html`.
    public static func path(forURL url: String) -> String {
        let trimmed = url.hasPrefix("/") ? String(url.dropFirst()) : url
        return trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}
