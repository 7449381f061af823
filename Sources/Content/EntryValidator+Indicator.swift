import Config
import Text
import YAML

extension EntryValidator {
    /// An `indicator` field: a list of `{name, unit, baseline, target, actual}` or
    /// `{name, unit, baseline, values: {YEAR: {target, actual}}}`, each checked at the position
    /// of its own key: unknown keys and years, numbers, negative targets, an actual value
    /// without a target.
    mutating func indicators(_ node: YAMLNode, field: FieldSchema, path: String) -> FieldValue? {
        guard let items = node.items else {
            let (message, hint) = IndicatorMessages.notAList(path, field.label)
            report(node, message, hint: hint)
            return nil
        }
        var values: [FieldValue] = []
        for (index, item) in items.enumerated() {
            if let value = indicator(item, path: "\(path)[\(index + 1)]") { values.append(value) }
        }
        return values.count == items.count ? .list(values) : nil
    }

    private mutating func indicator(_ node: YAMLNode, path: String) -> FieldValue? {
        guard let pairs = node.pairs else { return say(node, IndicatorMessages.notAMapping(path)) }
        let before = diagnostics.count
        for pair in pairs where !IndicatorField.keys.contains(pair.key.text ?? "") {
            let key = pair.key.text ?? ""
            say(pair.key, IndicatorMessages.unknownKey(key, path, closest: Suggestion.closest(to: key, in: IndicatorField.keys)))
        }
        let byKey = Dictionary(pairs.map { ($0.key.text ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let unfilled = pairs.filter { $0.value.text == Placeholder.unfilled }
        for pair in unfilled { say(pair.value, IndicatorMessages.unfilled(pair.key.text ?? "", path)) }
        if !unfilled.isEmpty { return nil }
        var result = FieldValues()
        if let name = byKey["name"]?.value, let text = name.text, !name.isNull, !name.isBlankText {
            result["name"] = .string(text)
        } else {
            say(byKey["name"]?.value ?? node, IndicatorMessages.noName(path))
        }
        if let unit = byKey["unit"]?.value, !unit.isNull {
            if let text = unit.text { result["unit"] = .string(text) } else { say(unit, IndicatorMessages.notText("unit", path)) }
        }
        if let baseline = number("baseline", byKey, path: path) { result["baseline"] = .number(baseline) }
        let target = number("target", byKey, path: path)
        let actual = number("actual", byKey, path: path)
        if let target { result["target"] = .number(target) }
        if let actual { result["actual"] = .number(actual) }
        if let target, target < 0, let node = byKey["target"]?.value {
            say(node, IndicatorMessages.negativeTarget(path, node.text ?? ""))
        }
        if let values = byKey["values"] {
            if byKey["target"] != nil || byKey["actual"] != nil {
                say(values.key, IndicatorMessages.bothForms(path))
            } else if let years = years(values.value, path: path) {
                result["values"] = .object(years)
            }
        } else if byKey["target"] == nil {
            if let actualPair = byKey["actual"] {
                say(actualPair.key, IndicatorMessages.actualWithoutTarget(path))
            } else {
                say(node, IndicatorMessages.noTarget(path))
            }
        }
        return diagnostics.count == before ? .object(result) : nil
    }

    /// `values: {2024: {target: 10, actual: 8}, 2025: {target: 20}}`, in year order.
    private mutating func years(_ node: YAMLNode, path: String) -> FieldValues? {
        guard let pairs = node.pairs, !pairs.isEmpty else { return say(node, IndicatorMessages.valuesNotAMapping(path)) }
        var years: [(Int, FieldValues)] = []
        var anyTarget = false
        for pair in pairs {
            let key = pair.key.text ?? ""
            guard key.count == 4, let year = Int(key), IndicatorField.years.contains(year) else {
                say(pair.key, IndicatorMessages.unknownYear(key, path))
                continue
            }
            guard let yearPairs = pair.value.pairs else {
                say(pair.value, IndicatorMessages.yearNotAMapping(key, path))
                continue
            }
            for inner in yearPairs where !IndicatorField.yearKeys.contains(inner.key.text ?? "") {
                say(inner.key, IndicatorMessages.unknownYearKey(inner.key.text ?? "", key, path))
            }
            let byKey = Dictionary(yearPairs.map { ($0.key.text ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            let yearPath = "\(path).values.\(key)"
            var values = FieldValues()
            if let target = number("target", byKey, path: yearPath) {
                values["target"] = .number(target)
                anyTarget = true
                if target < 0, let node = byKey["target"]?.value { say(node, IndicatorMessages.negativeTarget(yearPath, node.text ?? "")) }
            }
            if let actual = number("actual", byKey, path: yearPath) { values["actual"] = .number(actual) }
            if byKey["actual"] != nil, byKey["target"] == nil, let key = byKey["actual"]?.key {
                say(key, IndicatorMessages.actualWithoutTarget(yearPath))
            }
            years.append((year, values))
        }
        if !anyTarget, !years.isEmpty { say(node, IndicatorMessages.noTarget(path)) }
        var result = FieldValues()
        for (year, values) in years.sorted(by: { $0.0 < $1.0 }) { result[String(year)] = .object(values) }
        return result
    }

    /// The number under `key`, or nil (with a diagnostic when it is there but not a number).
    private mutating func number(_ key: String, _ pairs: [String: YAMLNode.Pair], path: String) -> Double? {
        guard let node = pairs[key]?.value, !node.isNull else { return nil }
        switch node.resolved {
        case .int(let i): return Double(i)
        case .float(let f) where f.isFinite: return f
        default:
            say(node, IndicatorMessages.notANumber(key, path, hint: Self.numberHint(node)))
            return nil
        }
    }

    @discardableResult
    private mutating func say<T>(_ node: YAMLNode, _ text: (String, String)) -> T? {
        report(node, text.0, hint: text.1)
        return nil
    }

    private mutating func say(_ node: YAMLNode, _ text: (String, String)) {
        report(node, text.0, hint: text.1)
    }
}
