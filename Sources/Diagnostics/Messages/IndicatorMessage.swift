/// The messages of the `indicator` field type: an entry's indicator values (Content) and an
/// indicator field's settings in site.yml (Config). One area of `Message` (`.indicators(…)`),
/// rendered by `Catalogue+en+Indicators.swift` and `Catalogue+lt+Indicators.swift`.
public enum IndicatorMessage: Sendable, Hashable {
    // MARK: An entry's values
    case notAList(path: String, label: String)
    case notAListHint
    case notAMapping(String)
    case notAMappingHint
    case unknownKey(key: String, path: String)
    case keysAre
    case noName(String)
    case noNameHint
    case unfilled(key: String, path: String)
    case unfilledNameHint(placeholder: String)
    case unfilledNumberHint(placeholder: String, key: String)
    case notText(key: String, path: String)
    case notTextHint(String)
    case notANumber(key: String, path: String)
    case notANumberHint(String)
    case negativeTarget(path: String, value: String)
    case negativeTargetHint
    case actualWithoutTarget(String)
    case actualWithoutTargetHint
    case noTarget(String)
    case noTargetHint
    case bothForms(String)
    case bothFormsHint
    case valuesNotAMapping(String)
    case valuesHint
    case unknownYear(key: String, path: String)
    case unknownYearHint
    case yearNotAMapping(year: String, path: String)
    case yearNotAMappingHint(String)
    case unknownYearKey(key: String, year: String, path: String)
    case yearKeysAre

    // MARK: site.yml
    case contextProgress
    case progressPercent(String)
    case progressPercentHint(key: String, example: Int)
    case onTrackAboveAchieved(onTrack: String, achieved: String)
    case onTrackHint
    case notIndicatorField(view: String, name: String, collection: String)
    case declareIndicatorField
    case indicatorFields([String])
}
