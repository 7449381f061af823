import CPoppler
import Diagnostics
import Foundation

/// The text of a PDF, page by page, and its title, read with poppler-glib.
enum PDFText {
    struct Extracted: Sendable, Hashable {
        var title: String?
        var pages: [String]
    }

    /// poppler keeps global state (its font and Unicode tables): one document at a time.
    private static let lock = NSLock()

    /// The document's text and title, or why it could not be read (damaged, encrypted, or a
    /// scan without a text layer).
    static func extract(_ bytes: [UInt8]) -> Result<Extracted, ExtractionFailure> {
        lock.lock()
        defer { lock.unlock() }
        let data = bytes.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(data) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            let encrypted = error.map { $0.pointee.domain == poppler_error_quark() && $0.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) } ?? false
            if let error { g_error_free(error) }
            return .failure(encrypted ? .encrypted : .unreadable(message))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        var pages: [String] = []
        let count = poppler_document_get_n_pages(document)
        for index in 0..<max(0, count) {
            guard let page = poppler_document_get_page(document, index) else {
                pages.append("")
                continue
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let text = poppler_page_get_text(page)
            pages.append(text.map { String(cString: $0) } ?? "")
            g_free(text)
        }
        guard pages.contains(where: { $0.contains { $0.isLetter } }) else { return .failure(.noText) }
        let rawTitle = poppler_document_get_title(document)
        defer { g_free(rawTitle) }
        let title = rawTitle.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
        return .success(Extracted(title: title?.isEmpty == false ? title : nil, pages: pages))
    }

    enum ExtractionFailure: Error, Sendable, Hashable {
        case encrypted, noText
        case unreadable(String)

        var problem: Message.PDFProblem {
            switch self {
            case .encrypted: .encrypted
            case .noText: .noText
            case .unreadable(let message): .unreadable(message)
            }
        }
    }

    /// poppler's version (`22.12.0`), for `--version`.
    static var version: String { String(cString: poppler_get_version()) }
}
