import Config
import Foundation
import Text

/// A file a `file` field names, as the attachment stage found it: what entry pages list and
/// what search indexes (`Site.attachments`, by path in the site).
package struct Attachment: Sendable, Hashable {
    /// The file's path in the site (`content/finansavimas/x/taisykles.pdf`).
    package var sitePath: String
    /// Its URL path from the site root (`/finansavimas/x/taisykles.pdf`).
    package var url: String
    package var size: Int
    /// A fingerprint of its bytes: the key of its extracted text and of the pages listing it.
    package var fingerprint: String
    /// The title in the PDF's metadata, if any.
    package var documentTitle: String?
    /// The text of each page of a PDF (empty for other files, or when extraction failed).
    package var pages: [String]

    package init(sitePath: String, url: String, size: Int, fingerprint: String, documentTitle: String? = nil, pages: [String] = []) {
        self.sitePath = sitePath
        self.url = url
        self.size = size
        self.fingerprint = fingerprint
        self.documentTitle = documentTitle
        self.pages = pages
    }

    /// The file's name (`taisykles.pdf`).
    package var fileName: String { String(sitePath.split(separator: "/").last ?? "") }

    /// `PDF`, `DOCX`: the extension, upper case.
    package var kindLabel: String { FileKind.label(extension: String(fileName.split(separator: ".").last ?? "")) }

    /// The title shown for the file: the field's, else the PDF's own, else the file name.
    package func title(given: String?) -> String {
        if let given, !given.isEmpty { return given }
        if let documentTitle, !documentTitle.trimmingCharacters(in: .whitespaces).isEmpty { return documentTitle }
        return fileName
    }

    /// `PDF, 1,2 MB`: the kind and the size in decimal units with a decimal comma.
    package var sizeLabel: String { kindLabel + ", " + Self.size(size) }

    /// `850 B`, `12 KB`, `1,2 MB` (decimal units, one decimal place below 10).
    package static func size(_ bytes: Int) -> String {
        func scaled(_ value: Double, _ unit: String) -> String {
            Lithuanian.quantity(value < 10 ? (value * 10).rounded() / 10 : value.rounded(), unit: unit)
        }
        if bytes < 1_000 { return Lithuanian.quantity(Double(bytes), unit: "B") }
        if bytes < 1_000_000 { return scaled(Double(bytes) / 1_000, "KB") }
        return scaled(Double(bytes) / 1_000_000, "MB")
    }

    /// Where a file of the site is published: a bundle file beside its entry's page, a static
    /// file at its path under `static/`.
    package static func url(of sitePath: String, config: SiteConfig) -> String? {
        if sitePath.hasPrefix("static/") { return "/" + sitePath.dropFirst("static/".count) }
        return SiteParser.assetURL(sitePath, config: config)
    }
}
