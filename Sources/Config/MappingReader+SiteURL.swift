import Foundation

extension MappingReader {
    /// Reads `base_url`: an absolute `http` or `https` URL with a host, which canonical links,
    /// feeds and the sitemap start with.
    mutating func siteURL(_ key: String) -> String? {
        guard let text = string(key, required: true), let node = value(key) else { return nil }
        guard SiteURL.isValid(text) else {
            error(.mustBeSiteURL(key: key, context: context), at: node, hint: .siteURLExample(key))
            return nil
        }
        return text
    }
}

/// The address a site is published at (`base_url`, `--base-url`).
package enum SiteURL {
    /// Whether `text` is an absolute `http` or `https` URL with a host, and nothing a link must
    /// not hold (spaces, quotes, angle brackets, a query or fragment).
    package static func isValid(_ text: String) -> Bool {
        let url = URL(string: text)
        let scheme = url?.scheme?.lowercased()
        let unsafe = text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || "\"<>\\^`{|}".unicodeScalars.contains($0) }
        guard let url, scheme == "http" || scheme == "https", !(url.host ?? "").isEmpty, !unsafe else { return false }
        return url.query == nil && url.fragment == nil
    }
}
