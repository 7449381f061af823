import Foundation

/// IANA time zone names as site.yml writes them.
package enum TimeZones {
    /// Whether a zone has the name `name`: a zone's own name or one of the IANA links to it
    /// (`Europe/Kiev` → `Europe/Kyiv`), as the system's time zone data knows them.
    package static func isKnown(_ name: String) -> Bool { TimeZone(identifier: name) != nil }

    /// Every zone's own name, for did-you-mean hints.
    package static var known: [String] { TimeZone.knownTimeZoneIdentifiers }
}

/// Language tags as site.yml writes them (`lang` of every page).
package enum LanguageTags {
    /// Whether `tag` is a BCP 47 tag of the usual shape: a 2–3 letter language, then subtags of
    /// 2–8 letters or digits (`lt`, `en`, `lt-LT`, `sr-Latn`).
    package static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isASCIILetterCase) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

extension Character {
    fileprivate var isASCIILetterCase: Bool { isASCII && isLetter }
}
