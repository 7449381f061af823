// The English catalogue of indicators (see IndicatorMessage.swift).
extension IndicatorMessage {
    var english: String {
        switch self {
        case .notAList(let path, let label): "field '\(path)' must be a list of indicators (\(label))"
        case .notAListHint: "write one '- name: …' item per indicator, with target and actual values or values by year"
        case .notAMapping(let path): "indicator '\(path)' must be a mapping of 'key: value' lines"
        case .notAMappingHint: "write e.g. - {name: Renginiai, unit: vnt., target: 24, actual: 10}"
        case .unknownKey(let key, let path): "unknown key '\(key)' in indicator '\(path)'"
        case .keysAre: "an indicator has name, unit, baseline, target, actual and values"
        case .noName(let path): "indicator '\(path)' has no name"
        case .noNameHint: "add a line 'name: …' saying what is measured"
        case .unfilled(let key, let path): "'\(key)' of indicator '\(path)' is not filled in yet: užpildykite"
        case .unfilledNameHint(let placeholder): "replace \(placeholder) with what is measured"
        case .unfilledNumberHint(let placeholder, let key): "replace \(placeholder) with a number, e.g. \(key): 10"
        case .notText(let key, let path): "'\(key)' of indicator '\(path)' must be text"
        case .notTextHint(let key): "write e.g. \(key): vnt."
        case .notANumber(let key, let path): "'\(key)' of indicator '\(path)' must be a number"
        case .notANumberHint(let key): "write a plain number, e.g. \(key): 12.5"
        case .negativeTarget(let path, let value): "target of indicator '\(path)' is negative (\(value))"
        case .negativeTargetHint: "a target is an amount to reach: 0 or more"
        case .actualWithoutTarget(let path): "indicator '\(path)' has an actual value but no target"
        case .actualWithoutTargetHint: "add 'target: …' beside 'actual', so progress can be measured against it"
        case .noTarget(let path): "indicator '\(path)' has no target"
        case .noTargetHint: "add 'target: …', or targets by year: values: {2025: {target: 10, actual: 8}, 2026: {target: 20}}"
        case .bothForms(let path): "indicator '\(path)' has both 'values' by year and a 'target' or 'actual' of its own"
        case .bothFormsHint: "keep one form: targets and actual values by year under 'values', or a single target and actual"
        case .valuesNotAMapping(let path): "'values' of indicator '\(path)' must map years to targets and actual values"
        case .valuesHint: "write e.g. values: {2025: {target: 10, actual: 8}, 2026: {target: 20}}"
        case .unknownYear(let key, let path): "unknown year key '\(key)' in 'values' of indicator '\(path)'"
        case .unknownYearHint: "write a year of four digits (1990–2100) as the key, e.g. 2025: {target: 10, actual: 8}"
        case .yearNotAMapping(let year, let path): "year \(year) of indicator '\(path)' must be a mapping with 'target' and 'actual'"
        case .yearNotAMappingHint(let year): "write e.g. \(year): {target: 10, actual: 8}"
        case .unknownYearKey(let key, let year, let path): "unknown key '\(key)' in year \(year) of indicator '\(path)'"
        case .yearKeysAre: "a year has only target and actual"

        case .contextProgress: "'progress' of an indicator field"
        case .progressPercent(let key): "'\(key)' in 'progress' must be a percentage above 0 and at most 1000"
        case .progressPercentHint(let key, let example): "write a plain number without %, e.g. \(key): \(example)"
        case .onTrackAboveAchieved(let onTrack, let achieved): "'on_track' (\(onTrack)) must not be above 'achieved' (\(achieved))"
        case .onTrackHint: "on track means part of the way to achieved: e.g. progress: {achieved: 100, on_track: 80}"
        case .notIndicatorField(let view, let name, let collection):
            "'indicators' of view '\(view)' names '\(name)', which is not an indicator field of collection '\(collection)'"
        case .declareIndicatorField: "declare a field of type indicator in the collection, e.g. indicators: {type: indicator}"
        case .indicatorFields(let names): "indicator fields of the collection: " + names.joined(separator: ", ")
        }
    }
}
