import Foundation

/// The language the program speaks to the person running it: diagnostics, hints, progress and
/// summaries, the preview's overlay. Lithuanian for a site whose `language` is `lt`, English for
/// any other; `--lang` or `ZINYNAS_LANG` overrides both (docs/architecture.md, "Messages").
public enum Language: String, Sendable, Hashable, CaseIterable {
    case lt, en

    /// The language of messages for a site whose `language` (a BCP 47 tag) is `tag`:
    /// `lt` and `lt-LT` are Lithuanian, everything else English.
    public init(siteLanguage tag: String) {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        self = primary == "lt" ? .lt : .en
    }

    /// `lt` or `en` (any case, surrounding spaces ignored), else `nil`.
    public init?(flag: String) {
        self.init(rawValue: flag.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The language asked for by `--lang` (when given) or the `ZINYNAS_LANG` variable (when set
    /// and not empty); `nil` when neither asks, so the site's language decides.
    public static func override(flag: String?, environment: [String: String]) -> Language? {
        if let flag, let language = Language(flag: flag) { return language }
        if let value = environment["ZINYNAS_LANG"], !value.isEmpty { return Language(flag: value) }
        return nil
    }
}
