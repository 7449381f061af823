/// Axis ticks on "nice" steps (1, 2 or 5 times a power of ten) covering a domain, with the
/// decimals their labels need. Ticks are computed as whole multiples of the step, so
/// `0,3` is never `0,30000000000000004`.
package struct ChartTicks: Sendable, Equatable {
    package var values: [Double]
    package var step: Double
    /// Decimals the step needs: 0 for 5, 1 for 0,5, 2 for 0,25 (never: steps are 1-2-5).
    package var places: Int

    package var lower: Double { values.first ?? 0 }
    package var upper: Double { values.last ?? 1 }

    /// Ticks covering `low…high` with at most `maxIntervals` steps; `integral` forbids
    /// fractional steps (counts of people are never 2,5). An empty or one-point domain is
    /// widened so the axis still has a length.
    package static func nice(low: Double, high: Double, maxIntervals: Int = 6, integral: Bool = false) -> ChartTicks {
        var low = low.isFinite ? low : 0
        var high = high.isFinite ? high : 1
        if low > high { swap(&low, &high) }
        if low == high {
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        let span = high - low
        let intervals = max(1, maxIntervals)
        // The smallest 1-2-5 step giving at most `intervals` steps; starts a power below so
        // rounding in log10 never skips a candidate.
        var exponent = Int((span / Double(intervals)).log10Floor) - 1
        if integral { exponent = max(0, exponent) }
        while true {
            for mantissa in [1, 2, 5] {
                let step = Double(mantissa) * power(exponent)
                let first = (low / step).rounded(.down)
                let last = (high / step).rounded(.up)
                if last - first <= Double(intervals) {
                    let places = max(0, -exponent)
                    let count = Int(last - first)
                    let values = (0...count).map { i in roundTo((first + Double(i)) * step, places: places) }
                    return ChartTicks(values: values, step: step, places: places)
                }
            }
            exponent += 1
        }
    }

    /// Where `value` falls between the first and last tick, 0…1.
    package func fraction(_ value: Double) -> Double {
        let span = upper - lower
        guard span > 0 else { return 0 }
        return (value - lower) / span
    }

    static func power(_ exponent: Int) -> Double {
        var out = 1.0
        if exponent >= 0 { for _ in 0..<exponent { out *= 10 } } else { for _ in 0..<(-exponent) { out /= 10 } }
        return out
    }

    static func roundTo(_ value: Double, places: Int) -> Double {
        let scale = power(places)
        let rounded = (value * scale).rounded() / scale
        return rounded == 0 ? 0 : rounded  // no −0 on an axis
    }
}

extension Double {
    /// ⌊log10⌋ of a positive number, 0 for anything else.
    fileprivate var log10Floor: Double {
        guard self > 0, isFinite else { return 0 }
        var exponent = 0.0
        var value = self
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }
}
