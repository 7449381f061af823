import Config

/// Every text the `indicator` field type shows: its diagnostics with their hints, and the
/// state labels readers see. Kept in one place so the message catalogue can take them over.
package enum IndicatorMessages {
    // MARK: - Diagnostics

    static func notAList(_ path: String, _ label: String) -> (String, String) {
        ("field '\(path)' must be a list of indicators (\(label))",
         "write one '- name: …' item per indicator, with target and actual values or values by year")
    }

    static func notAMapping(_ path: String) -> (String, String) {
        ("indicator '\(path)' must be a mapping of 'key: value' lines",
         "write e.g. - {name: Renginiai, unit: vnt., target: 24, actual: 10}")
    }

    static func unknownKey(_ key: String, _ path: String, closest: String?) -> (String, String) {
        ("unknown key '\(key)' in indicator '\(path)'",
         closest.map { "did you mean '\($0)'?" } ?? "an indicator has name, unit, baseline, target, actual and values")
    }

    static func noName(_ path: String) -> (String, String) {
        ("indicator '\(path)' has no name", "add a line 'name: …' saying what is measured")
    }

    static func unfilled(_ key: String, _ path: String) -> (String, String) {
        ("'\(key)' of indicator '\(path)' is not filled in yet: užpildykite",
         key == "name" ? "replace \(Placeholder.unfilled) with what is measured" : "replace \(Placeholder.unfilled) with a number, e.g. \(key): 10")
    }

    static func notText(_ key: String, _ path: String) -> (String, String) {
        ("'\(key)' of indicator '\(path)' must be text", "write e.g. \(key): vnt.")
    }

    static func notANumber(_ key: String, _ path: String, hint: String?) -> (String, String) {
        ("'\(key)' of indicator '\(path)' must be a number", hint ?? "write a plain number, e.g. \(key): 12.5")
    }

    static func negativeTarget(_ path: String, _ value: String) -> (String, String) {
        ("target of indicator '\(path)' is negative (\(value))", "a target is an amount to reach: 0 or more")
    }

    static func actualWithoutTarget(_ path: String) -> (String, String) {
        ("indicator '\(path)' has an actual value but no target",
         "add 'target: …' beside 'actual', so progress can be measured against it")
    }

    static func noTarget(_ path: String) -> (String, String) {
        ("indicator '\(path)' has no target",
         "add 'target: …', or targets by year: values: {2025: {target: 10, actual: 8}, 2026: {target: 20}}")
    }

    static func bothForms(_ path: String) -> (String, String) {
        ("indicator '\(path)' has both 'values' by year and a 'target' or 'actual' of its own",
         "keep one form: targets and actual values by year under 'values', or a single target and actual")
    }

    static func valuesNotAMapping(_ path: String) -> (String, String) {
        ("'values' of indicator '\(path)' must map years to targets and actual values",
         "write e.g. values: {2025: {target: 10, actual: 8}, 2026: {target: 20}}")
    }

    static func unknownYear(_ key: String, _ path: String) -> (String, String) {
        ("unknown year key '\(key)' in 'values' of indicator '\(path)'",
         "write a year of four digits (1990–2100) as the key, e.g. 2025: {target: 10, actual: 8}")
    }

    static func yearNotAMapping(_ year: String, _ path: String) -> (String, String) {
        ("year \(year) of indicator '\(path)' must be a mapping with 'target' and 'actual'",
         "write e.g. \(year): {target: 10, actual: 8}")
    }

    static func unknownYearKey(_ key: String, _ year: String, _ path: String) -> (String, String) {
        ("unknown key '\(key)' in year \(year) of indicator '\(path)'", "a year has only target and actual")
    }

    // MARK: - States

    /// The state labels readers see (lowercase: they follow "Būsena:" or stand in a table).
    package static func label(of state: IndicatorProgress.State) -> String {
        switch state {
        case .achieved: return "pasiekta"
        case .onTrack: return "vykdoma pagal planą"
        case .behind: return "atsiliekama"
        case .noData: return "duomenų dar nėra"
        }
    }

    /// `Būsena: atsiliekama` before the state in an indicator's caption.
    package static let stateHeading = "Būsena"
    /// `80 % galutinio tikslo`: the share of the final target reached.
    package static func ofFinalTarget(_ percent: String) -> String { "\(percent) galutinio tikslo" }
    package static let yearTitle = "Metai"
}
