import Foundation
import Text

/// Numbers as a chart writes them: Lithuanian `12 500`, `3,5`, `45 %` (no-break spaces, a
/// decimal comma), English `12,500`, `3.5`, `45%`. Rounding is done on whole numbers of the
/// last place, half away from zero, so the text never depends on the platform's printf.
package enum ChartNumbers {
    static let noBreakSpace = "\u{00A0}"

    /// `value` with exactly `places` decimals (negative places count as none).
    package static func fixed(_ value: Double, places: Int, lithuanian: Bool) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(places, 6))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else {
            // Past 2^53 a Double holds no fraction: its whole digits, grouped.
            let digits = String(format: "%.0f", locale: Locale(identifier: "en_US_POSIX"), abs(value))
            return (value < 0 ? "−" : "") + grouped(digits: digits, lithuanian: lithuanian)
        }
        let units = Int(scaled)
        var factor = 1
        for _ in 0..<places { factor *= 10 }
        let whole = units / factor
        let fraction = units % factor
        let negative = value < 0 && units != 0
        var text = grouped(whole, lithuanian: lithuanian)
        if places > 0 {
            var digits = String(fraction)
            while digits.count < places { digits = "0" + digits }
            text += (lithuanian ? "," : ".") + digits
        }
        return negative ? "−" + text : text
    }

    /// Thousands grouped: a no-break space in Lithuanian, a comma in English.
    static func grouped(_ n: Int, lithuanian: Bool) -> String {
        lithuanian ? Lithuanian.integer(n) : (n < 0 ? "-" : "") + grouped(digits: String(n.magnitude), lithuanian: false)
    }

    static func grouped(digits: String, lithuanian: Bool) -> String {
        Lithuanian.grouped(digits: digits, by: lithuanian ? noBreakSpace : ",")
    }

    /// A value in its format; `places` overrides the format's decimals (an axis whose step
    /// needs more of them, `2,5` on an integer axis, never happens: integer axes step by 1+).
    package static func format(_ value: Double, _ format: ChartValueFormat, lithuanian: Bool, places: Int? = nil)
        -> String
    {
        switch format {
        case .integer:
            return fixed(value, places: places ?? 0, lithuanian: lithuanian)
        case .decimal(let p):
            return fixed(value, places: places ?? p, lithuanian: lithuanian)
        case .percent:
            return percent(value, places: places ?? (value == value.rounded() ? 0 : 1), lithuanian: lithuanian)
        }
    }

    /// `45 %` (Lithuanian, a no-break space before the sign) or `45%`.
    package static func percent(_ value: Double, places: Int = 0, lithuanian: Bool) -> String {
        fixed(value, places: places, lithuanian: lithuanian) + (lithuanian ? noBreakSpace + "%" : "%")
    }

    /// The decimals a format shows by itself.
    static func places(of format: ChartValueFormat) -> Int {
        switch format {
        case .integer, .percent: return 0
        case .decimal(let p): return max(0, min(p, 6))
        }
    }
}
