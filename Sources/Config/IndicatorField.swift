import Diagnostics
import YAML

/// The thresholds of an `indicator` field, in percent (`progress: {achieved: 100, on_track: 80}`
/// in site.yml): an indicator is achieved when its latest actual value reaches `achieved` % of
/// its final target, on track when it reaches `on_track` % of the target set for its year.
package struct IndicatorRules: Sendable, Hashable {
    package var achieved: Double = 100
    package var onTrack: Double = 80

    package init(achieved: Double = 100, onTrack: Double = 80) {
        self.achieved = achieved
        self.onTrack = onTrack
    }
}

/// The shape of an `indicator` field's value: a list of indicators, each
/// `{name, unit, baseline, target, actual}` or `{name, unit, baseline, values: {2024: {target, actual}}}`.
package enum IndicatorField {
    /// The keys an indicator may have, as templates of data files reach them.
    package static let members: [FieldSchema] = {
        let at = SourceLocation(file: "site.yml", line: 1, column: 1)
        var name = FieldSchema(name: "name", type: .string, label: "Rodiklis", location: at)
        name.required = true
        return [
            name,
            FieldSchema(name: "unit", type: .string, label: "Matavimo vienetas", location: at),
            FieldSchema(name: "baseline", type: .number, label: "Pradinė reikšmė", location: at),
            FieldSchema(name: "target", type: .number, label: "Siektina reikšmė", location: at),
            FieldSchema(name: "actual", type: .number, label: "Pasiekta reikšmė", location: at),
        ]
    }()

    /// The keys of one year's values.
    package static let yearKeys = ["target", "actual"]
    /// Every key of an indicator: its members and `values`.
    package static let keys = members.map(\.name) + ["values"]
    /// Years an indicator's `values` may name.
    package static let years = 1990...2100

    /// Reads `progress: {achieved: 100, on_track: 80}`; both above 0 and at most 1000,
    /// `on_track` at most `achieved`. Wrong thresholds are reported and the defaults kept, so
    /// the field's other keys are still read (and not called unknown).
    static func decodeRules(_ reader: inout MappingReader?, _ diagnostics: inout [Diagnostic]) -> IndicatorRules {
        guard let node = reader?.value("progress") else { return IndicatorRules() }
        guard var r = MappingReader(node, context: "'progress' of an indicator field", diagnostics: &diagnostics) else {
            return IndicatorRules()
        }
        var rules = IndicatorRules()
        var ok = true
        for (key, assign) in [("achieved", { (v: Double) in rules.achieved = v }), ("on_track", { rules.onTrack = $0 })] {
            guard let value = r.value(key) else { continue }
            let number: Double?
            switch value.resolved {
            case .int(let i): number = Double(i)
            case .float(let f): number = f
            default: number = nil
            }
            guard let number, number > 0, number <= 1000 else {
                r.error(
                    "'\(key)' in 'progress' must be a percentage above 0 and at most 1000", at: value,
                    hint: "write a plain number without %, e.g. \(key): \(key == "achieved" ? 100 : 80)")
                ok = false
                continue
            }
            assign(number)
        }
        if ok, rules.onTrack > rules.achieved {
            let shown = { (n: Double) in n == n.rounded() ? String(Int(n)) : String(n) }
            r.error(
                "'on_track' (\(shown(rules.onTrack))) must not be above 'achieved' (\(shown(rules.achieved)))", at: node,
                hint: "on track means part of the way to achieved: e.g. progress: {achieved: 100, on_track: 80}")
            ok = false
        }
        diagnostics += r.finish()
        return ok ? rules : IndicatorRules()
    }
}
