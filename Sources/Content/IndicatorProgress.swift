import Config

/// An indicator's progress, derived from its values alone (never from the build date, so a
/// page's keys stay those of its content):
///
/// - the final target is `target`, or the target of the last year under `values`;
/// - the actual value is `actual`, or that of the last year that has one;
/// - the expected value is the target of that same year (in the simple form, the final target):
///   targets by year are the plan's milestones, so they say what was due by then;
/// - progress towards a target counts from `baseline` when there is one:
///   (actual − baseline) / (target − baseline);
/// - the state is `achieved` when progress towards the final target reaches the field's
///   `progress.achieved` % (100 by default), `on_track` when progress towards the expected
///   value reaches `progress.on_track` % (80), `behind` otherwise, and `no_data` without an
///   actual value.
package struct IndicatorProgress: Sendable, Equatable {
    package enum State: String, Sendable, CaseIterable {
        case achieved
        case onTrack = "on_track"
        case behind
        case noData = "no_data"

        /// Behind first, then on track, not yet reported, achieved: what needs attention first.
        package var urgency: Int {
            switch self {
            case .behind: return 0
            case .onTrack: return 1
            case .noData: return 2
            case .achieved: return 3
            }
        }
    }

    package struct Year: Sendable, Equatable {
        package var year: Int
        package var target: Double?
        package var actual: Double?
    }

    package var name: String
    package var unit: String?
    package var baseline: Double?
    /// The values by year, in year order (empty in the simple form).
    package var years: [Year]
    package var target: Double?
    package var actual: Double?
    /// The year of `actual`, in the form by year.
    package var actualYear: Int?
    package var expected: Double?
    /// Progress towards the final target, in percent (nil without an actual value or target).
    package var percent: Double?
    package var state: State

    /// The progress of one indicator value as `EntryValidator` stores it.
    package init?(_ value: FieldValue, rules: IndicatorRules) {
        guard case .object(let fields) = value, let name = fields["name"]?.plainText else { return nil }
        self.name = name
        unit = fields["unit"]?.plainText
        baseline = fields["baseline"]?.numeric
        years = []
        if case .object(let byYear)? = fields["values"] {
            for (key, value) in byYear.values {
                guard let year = Int(key), case .object(let pair) = value else { continue }
                years.append(Year(year: year, target: pair["target"]?.numeric, actual: pair["actual"]?.numeric))
            }
            target = years.last { $0.target != nil }?.target
            let latest = years.last { $0.actual != nil }
            actual = latest?.actual
            actualYear = latest?.year
            expected = latest?.target ?? target
        } else {
            target = fields["target"]?.numeric
            actual = fields["actual"]?.numeric
            expected = target
        }
        percent = nil
        state = .noData
        guard let actual, let target else { return }
        let percent = Self.progress(actual, towards: target, from: baseline)
        self.percent = percent
        if percent >= rules.achieved {
            state = .achieved
        } else if Self.progress(actual, towards: expected ?? target, from: baseline) >= rules.onTrack {
            state = .onTrack
        } else {
            state = .behind
        }
    }

    /// Every indicator of an `indicator` field's value.
    package static func all(_ value: FieldValue, rules: IndicatorRules) -> [IndicatorProgress] {
        guard case .list(let items) = value else { return [] }
        return items.compactMap { IndicatorProgress($0, rules: rules) }
    }

    /// Progress from `baseline` (or 0) to `target`, in percent; a target equal to the baseline
    /// counts as reached when the value is at it or past it.
    package static func progress(_ value: Double, towards target: Double, from baseline: Double?) -> Double {
        let start = baseline ?? 0
        guard target != start else { return value >= target ? 100 : 0 }
        // Rounded to millionths, so 8 of 10 is exactly 80 % against a threshold of 80.
        return ((value - start) / (target - start) * 100 * 1e6).rounded() / 1e6
    }

    package var stateLabel: String { IndicatorMessages.label(of: state) }
}
