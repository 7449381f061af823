/// A file of the built site, in memory: what `render` produces and `write` puts on disk.
package struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder (`projektai/x/index.html`).
    package var path: String
    package var bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    package init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The file that serves a URL path: `/projektai/x/` → `projektai/x/index.html`.
    package static func path(forURL url: String) -> String {
        let trimmed = url.hasPrefix("/") ? String(url.dropFirst()) : url
        return trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}

/// A machine-readable file of the build (calendar, export, API, feed, sitemap): made now, or
/// kept from the last build because what it is made of did not change (`key`).
///
/// A made file is a list of pieces, written one after another: a file joined from rows holds
/// the rows themselves (which the row memo keeps too), so no row is in memory twice.
package struct DataFile: Sendable {
    /// Path relative to the output folder.
    package var path: String
    /// Fingerprint of the entries and settings the file is made of; `nil` for files made on
    /// every build.
    package var key: String?
    /// `nil`: the last build's file stays as it is.
    package var pieces: [ArraySlice<UInt8>]?

    package init(_ file: OutputFile, key: String? = nil) {
        self.init(path: file.path, pieces: [file.bytes[...]], key: key)
    }

    package init(path: String, pieces: [ArraySlice<UInt8>], key: String? = nil) {
        self.path = path
        self.key = key
        self.pieces = pieces
    }

    package init(kept path: String, key: String) {
        self.path = path
        self.key = key
        pieces = nil
    }

    package var isMade: Bool { pieces != nil }

    /// The made file's bytes in one array (tests, small files).
    package var bytes: [UInt8]? { pieces.map { Array($0.joined()) } }
}
