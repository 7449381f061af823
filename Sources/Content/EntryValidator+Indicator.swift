import Config
import Diagnostics
import Text
import YAML

extension EntryValidator {
    /// An `indicator` field: a list of `{name, unit, baseline, target, actual}` or
    /// `{name, unit, baseline, values: {YEAR: {target, actual}}}`, each checked at the position
    /// of its own key: unknown keys and years, numbers, negative targets, an actual value
    /// without a target.
    mutating func indicators(_ node: YAMLNode, field: FieldSchema, path: String) -> FieldValue? {
        guard let items = node.items else {
            report(node, .indicators(.notAList(path: path, label: field.label)), hint: .indicators(.notAListHint))
            return nil
        }
        var values: [FieldValue] = []
        for (index, item) in items.enumerated() {
            if let value = indicator(item, path: "\(path)[\(index + 1)]") { values.append(value) }
        }
        return values.count == items.count ? .list(values) : nil
    }

    private mutating func indicator(_ node: YAMLNode, path: String) -> FieldValue? {
        guard let pairs = node.pairs else { return say(node, .notAMapping(path), .notAMappingHint) }
        let before = diagnostics.count
        for pair in pairs where !IndicatorField.keys.contains(pair.key.text ?? "") {
            let key = pair.key.text ?? ""
            say(pair.key, .unknownKey(key: key, path: path), Suggestion.closest(to: key, in: IndicatorField.keys).map(Message.didYouMean) ?? .indicators(.keysAre))
        }
        let byKey = Dictionary(pairs.map { ($0.key.text ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let unfilled = pairs.filter { $0.value.text == Placeholder.unfilled }
        for pair in unfilled { say(pair.value, .unfilled(key: pair.key.text ?? "", path: path), unfilledHint(pair.key.text ?? "")) }
        if !unfilled.isEmpty { return nil }
        var result = FieldValues()
        if let name = byKey["name"]?.value, let text = name.text, !name.isNull, !name.isBlankText {
            result["name"] = .string(text)
        } else {
            say(byKey["name"]?.value ?? node, .noName(path), .noNameHint)
        }
        if let unit = byKey["unit"]?.value, !unit.isNull {
            if let text = unit.text { result["unit"] = .string(text) } else { say(unit, .notText(key: "unit", path: path), .notTextHint("unit")) }
        }
        if let baseline = number("baseline", byKey, path: path) { result["baseline"] = .number(baseline) }
        let target = number("target", byKey, path: path)
        let actual = number("actual", byKey, path: path)
        if let target { result["target"] = .number(target) }
        if let actual { result["actual"] = .number(actual) }
        if let target, target < 0, let node = byKey["target"]?.value {
            say(node, .negativeTarget(path: path, value: node.text ?? ""), .negativeTargetHint)
        }
        if let values = byKey["values"] {
            if byKey["target"] != nil || byKey["actual"] != nil {
                say(values.key, .bothForms(path), .bothFormsHint)
            } else if let years = years(values.value, path: path) {
                result["values"] = .object(years)
            }
        } else if byKey["target"] == nil {
            if let actualPair = byKey["actual"] {
                say(actualPair.key, .actualWithoutTarget(path), .actualWithoutTargetHint)
            } else {
                say(node, .noTarget(path), .noTargetHint)
            }
        }
        return diagnostics.count == before ? .object(result) : nil
    }

    /// `values: {2024: {target: 10, actual: 8}, 2025: {target: 20}}`, in year order.
    private mutating func years(_ node: YAMLNode, path: String) -> FieldValues? {
        guard let pairs = node.pairs, !pairs.isEmpty else { return say(node, .valuesNotAMapping(path), .valuesHint) }
        var years: [(Int, FieldValues)] = []
        var anyTarget = false
        for pair in pairs {
            let key = pair.key.text ?? ""
            guard key.count == 4, let year = Int(key), IndicatorField.years.contains(year) else {
                say(pair.key, .unknownYear(key: key, path: path), .unknownYearHint)
                continue
            }
            guard let yearPairs = pair.value.pairs else {
                say(pair.value, .yearNotAMapping(year: key, path: path), .yearNotAMappingHint(key))
                continue
            }
            for inner in yearPairs where !IndicatorField.yearKeys.contains(inner.key.text ?? "") {
                say(inner.key, .unknownYearKey(key: inner.key.text ?? "", year: key, path: path), .yearKeysAre)
            }
            let byKey = Dictionary(yearPairs.map { ($0.key.text ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            let yearPath = "\(path).values.\(key)"
            var values = FieldValues()
            if let target = number("target", byKey, path: yearPath) {
                values["target"] = .number(target)
                anyTarget = true
                if target < 0, let node = byKey["target"]?.value { say(node, .negativeTarget(path: yearPath, value: node.text ?? ""), .negativeTargetHint) }
            }
            if let actual = number("actual", byKey, path: yearPath) { values["actual"] = .number(actual) }
            if byKey["actual"] != nil, byKey["target"] == nil, let key = byKey["actual"]?.key {
                say(key, .actualWithoutTarget(yearPath), .actualWithoutTargetHint)
            }
            years.append((year, values))
        }
        if !anyTarget, !years.isEmpty { say(node, .noTarget(path), .noTargetHint) }
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
            say(node, .notANumber(key: key, path: path), Self.numberHint(node) ?? .indicators(.notANumberHint(key)))
            return nil
        }
    }

    /// `replace … with what is measured` for the name, `… with a number` for the others.
    private func unfilledHint(_ key: String) -> IndicatorMessage {
        key == "name"
            ? .unfilledNameHint(placeholder: Placeholder.unfilled)
            : .unfilledNumberHint(placeholder: Placeholder.unfilled, key: key)
    }

    @discardableResult
    private mutating func say<T>(_ node: YAMLNode, _ message: IndicatorMessage, _ hint: IndicatorMessage) -> T? {
        say(node, message, .indicators(hint))
    }

    @discardableResult
    private mutating func say<T>(_ node: YAMLNode, _ message: IndicatorMessage, _ hint: Message) -> T? {
        report(node, .indicators(message), hint: hint)
        return nil
    }

    private mutating func say(_ node: YAMLNode, _ message: IndicatorMessage, _ hint: IndicatorMessage) {
        report(node, .indicators(message), hint: .indicators(hint))
    }

    private mutating func say(_ node: YAMLNode, _ message: IndicatorMessage, _ hint: Message) {
        report(node, .indicators(message), hint: hint)
    }
}
