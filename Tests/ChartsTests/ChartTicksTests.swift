import Testing

@testable import Charts

@Suite struct ChartTicksTests {
    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        #expect(ChartTicks.nice(low: 0, high: 12_500, maxIntervals: 5).values == [0, 5_000, 10_000, 15_000])
        #expect(ChartTicks.nice(low: 0, high: 100, maxIntervals: 5).values == [0, 20, 40, 60, 80, 100])
        #expect(ChartTicks.nice(low: 0, high: 7, maxIntervals: 5).values == [0, 2, 4, 6, 8])
        #expect(ChartTicks.nice(low: 0, high: 1, maxIntervals: 5).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        for high in [3.0, 17, 99, 1234, 0.07, 5e6] {
            let ticks = ChartTicks.nice(low: 0, high: high, maxIntervals: 5)
            var mantissa = ticks.step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            #expect([1.0, 2, 5].contains((mantissa * 1e9).rounded() / 1e9), "step \(ticks.step) for \(high)")
            #expect(ticks.values.count - 1 <= 5)
            #expect(ticks.lower <= 0 && ticks.upper >= high)
        }
    }

    @Test func ticksAreExactDecimals() {
        let ticks = ChartTicks.nice(low: 0, high: 0.7, maxIntervals: 7)
        #expect(ticks.values == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        #expect(ticks.places == 1)
        #expect(ChartTicks.nice(low: 0, high: 0.05, maxIntervals: 5).places == 2)
    }

    @Test func integralAxesNeverStepByFractions() {
        let ticks = ChartTicks.nice(low: 0, high: 3, maxIntervals: 6, integral: true)
        #expect(ticks.values == [0, 1, 2, 3])
        #expect(ticks.places == 0)
        #expect(ChartTicks.nice(low: 0, high: 0.4, integral: true).values == [0, 1])
    }

    @Test func negativeAndDegenerateDomainsStillHaveALength() {
        #expect(ChartTicks.nice(low: -3, high: 8, maxIntervals: 6).values == [-4, -2, 0, 2, 4, 6, 8])
        #expect(ChartTicks.nice(low: 0, high: 0).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ChartTicks.nice(low: 5, high: 5).lower == 0)
        #expect(ChartTicks.nice(low: -5, high: -5).upper == 0)
        #expect(ChartTicks.nice(low: .nan, high: .infinity).values.count >= 2)
        #expect(!ChartTicks.nice(low: -0.0001, high: 0).values.contains { $0.sign == .minus && $0 == 0 })
    }

    @Test func aDomainFarFromZeroKeepsItsOwnRange() {
        let ticks = ChartTicks.nice(low: 150_000, high: 201_250, maxIntervals: 5)
        #expect(ticks.lower == 140_000 && ticks.upper == 220_000)
        #expect(ticks.fraction(180_000) == 0.5)
    }
}
