import Diagnostics
import Foundation
import Support

/// Lithuanian formatting of counts, dates, money and sort order (see shared/guide/lithuanian.md).
package enum Lithuanian {
    package typealias PluralCategory = Diagnostics.PluralCategory

    /// CLDR `lt` cardinal rule (kept in Diagnostics, whose messages count too).
    package static func pluralCategory(_ n: Int) -> PluralCategory { PluralCategory.lithuanian(n) }

    /// `21 projektas`, `2 projektai`, `10 projektų`.
    package static func count(_ n: Int, _ forms: CountForms) -> String {
        let noun: String
        switch pluralCategory(n) {
        case .one: noun = forms.one
        case .few: noun = forms.few
        case .other: noun = forms.other
        }
        return "\(integer(n)) \(noun)"
    }

    package static let genitiveMonths = [
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio",
    ]

    /// `2026 m. lapkričio 28 d.`
    package static func longDate(_ date: LocalDate) -> String {
        "\(date.year) m. \(genitiveMonths[date.month - 1]) \(date.day) d."
    }

    /// `2026 m. lapkričio 28 d. 10:00`
    package static func longDateTime(_ value: LocalDateTime) -> String {
        "\(longDate(value.date)) \(time(value))"
    }

    /// `10:00`
    package static func time(_ value: LocalDateTime) -> String {
        "\(value.hour < 10 ? "0" : "")\(value.hour):\(value.minute < 10 ? "0" : "")\(value.minute)"
    }

    static let noBreakSpace = "\u{00A0}"

    /// `12 500` with a no-break space between thousands.
    package static func integer(_ n: Int) -> String { (n < 0 ? "−" : "") + grouped(digits: String(n.magnitude), by: noBreakSpace) }

    /// `digits` (a run of them, no sign) with `separator` between each three from the right.
    package static func grouped(digits: String, by separator: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return out
    }

    /// `12 500,50 €`; whole amounts without cents (`3 000 €`).
    package static func money(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        let negative = rounded < 0
        let absolute = negative ? -rounded : rounded
        var whole = Decimal()
        var copy = absolute
        NSDecimalRound(&whole, &copy, 0, .down)
        let cents = NSDecimalNumber(decimal: (absolute - whole) * 100).intValue
        let units = integer(NSDecimalNumber(decimal: whole).intValue)
        let sign = negative ? "−" : ""
        let fraction = cents == 0 ? "" : ",\(cents < 10 ? "0" : "")\(cents)"
        return "\(sign)\(units)\(fraction)\(noBreakSpace)€"
    }

    /// A number with a decimal comma: `12,5`, `1 200`.
    package static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return integer(Int(value)) }
        let text = String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value)
        var parts = text.split(separator: ".")
        while parts.count == 2, parts[1].hasSuffix("0") { parts[1] = parts[1].dropLast() }
        let whole = integer(Int(parts[0]) ?? 0)
        return parts.count == 2 && !parts[1].isEmpty ? "\(whole),\(parts[1])" : whole
    }

    /// `80 %`
    package static func percent(_ value: Double) -> String { "\(number(value))\(noBreakSpace)%" }

    /// A number with its unit: `8 akad. val.`, `90 %`.
    package static func quantity(_ value: Double, unit: String?) -> String {
        guard let unit else { return number(value) }
        return unit == "%" ? percent(value) : "\(number(value))\(noBreakSpace)\(unit)"
    }
}
