import Config
import Content
import Testing

/// The derived progress of indicators: percent of the final target, the expected value of the
/// latest reported year, and the state by the field's thresholds.
@Suite struct IndicatorProgressTests {
    let rules = IndicatorRules(achieved: 100, onTrack: 80)

    func simple(target: Double?, actual: Double?, baseline: Double? = nil) -> FieldValue {
        var fields = FieldValues()
        fields["name"] = .string("Renginiai")
        fields["unit"] = .string("vnt.")
        if let baseline { fields["baseline"] = .number(baseline) }
        if let target { fields["target"] = .number(target) }
        if let actual { fields["actual"] = .number(actual) }
        return .object(fields)
    }

    func byYear(_ years: [(Int, Double?, Double?)]) -> FieldValue {
        var values = FieldValues()
        for (year, target, actual) in years {
            var pair = FieldValues()
            if let target { pair["target"] = .number(target) }
            if let actual { pair["actual"] = .number(actual) }
            values[String(year)] = .object(pair)
        }
        var fields = FieldValues()
        fields["name"] = .string("Iniciatyvos")
        fields["values"] = .object(values)
        return .object(fields)
    }

    @Test func aSingleTargetIsAchievedOnTrackOrBehind() throws {
        let achieved = try #require(IndicatorProgress(simple(target: 24, actual: 26), rules: rules))
        #expect(achieved.state == .achieved && achieved.stateLabel == "pasiekta")
        let onTrack = try #require(IndicatorProgress(simple(target: 10, actual: 8), rules: rules))
        #expect(onTrack.state == .onTrack && onTrack.percent == 80 && onTrack.stateLabel == "vykdoma pagal planą")
        let behind = try #require(IndicatorProgress(simple(target: 10, actual: 7.9), rules: rules))
        #expect(behind.state == .behind && behind.stateLabel == "atsiliekama")
        let none = try #require(IndicatorProgress(simple(target: 10, actual: nil), rules: rules))
        #expect(none.state == .noData && none.percent == nil)
    }

    @Test func theThresholdsComeFromTheField() throws {
        let lenient = IndicatorRules(achieved: 90, onTrack: 50)
        #expect(IndicatorProgress(simple(target: 10, actual: 9), rules: lenient)?.state == .achieved)
        #expect(IndicatorProgress(simple(target: 10, actual: 5), rules: lenient)?.state == .onTrack)
        #expect(IndicatorProgress(simple(target: 10, actual: 4), rules: lenient)?.state == .behind)
    }

    @Test func progressCountsFromTheBaseline() throws {
        let progress = try #require(IndicatorProgress(simple(target: 150, actual: 125, baseline: 100), rules: rules))
        #expect(progress.percent == 50 && progress.state == .behind)
        // A falling target (waiting days from 10 down to 4): 7 is half way.
        #expect(IndicatorProgress(simple(target: 4, actual: 7, baseline: 10), rules: rules)?.percent == 50)
    }

    @Test func valuesByYearCompareTheLatestActualWithItsYearsTarget() throws {
        let progress = try #require(IndicatorProgress(byYear([(2025, 10, 9), (2026, 25, 22), (2027, 40, nil)]), rules: rules))
        #expect(progress.target == 40 && progress.actual == 22 && progress.actualYear == 2026 && progress.expected == 25)
        #expect(progress.percent == 55)
        #expect(progress.state == .onTrack, "22 of the 25 due by 2026 is 88 %")
        let behind = try #require(IndicatorProgress(byYear([(2025, 10, 4), (2026, 20, nil)]), rules: rules))
        #expect(behind.state == .behind && behind.expected == 10)
        let done = try #require(IndicatorProgress(byYear([(2025, 10, 12), (2026, 20, 21)]), rules: rules))
        #expect(done.state == .achieved)
        #expect(IndicatorProgress(byYear([(2026, 20, nil)]), rules: rules)?.state == .noData)
    }

    @Test func urgencyPutsBehindFirst() {
        let sorted = IndicatorProgress.State.allCases.sorted { $0.urgency < $1.urgency }
        #expect(sorted == [.behind, .onTrack, .noData, .achieved])
    }
}
