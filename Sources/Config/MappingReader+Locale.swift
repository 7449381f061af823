import Diagnostics
import Text

extension MappingReader {
    /// Reads `time_zone`: an IANA name or link (`Europe/Kiev`). A name no zone has is an error
    /// here, so `check` finds it before a build would.
    mutating func timeZone(_ key: String) -> String? {
        guard let text = string(key), let node = value(key) else { return nil }
        if TimeZones.isKnown(text) { return text }
        let guess = Suggestion.closest(to: text, in: TimeZones.known)
        error(
            .mustBeTimeZone(key: key, context: context, found: text), at: node,
            hint: guess.map(Message.didYouMean) ?? .timeZoneExample(key))
        return nil
    }

    /// Reads `language`: a BCP 47 tag, written into every page's `lang`.
    mutating func language(_ key: String) -> String? {
        guard let text = string(key), let node = value(key) else { return nil }
        if LanguageTags.isValid(text) { return text }
        error(.mustBeLanguage(key: key, context: context, found: text), at: node, hint: .languageHint)
        return nil
    }
}
