import Content
import Text

/// Field values as Lithuanian text: the rules of `Lithuanian` applied to what entries hold.
extension Lithuanian {
    /// A range with an en dash: `2026 m. birželio 10 d. 10:00–14:00` within a day, else both ends in full.
    package static func range(_ start: FieldValue, _ end: FieldValue) -> String {
        switch (start, end) {
        case let (.dateTime(a), .dateTime(b)) where a.date == b.date:
            return "\(longDate(a.date)) \(time(a))–\(time(b))"
        case let (.date(a), .date(b)):
            if a == b { return longDate(a) }
            if a.year == b.year, a.month == b.month {
                return "\(a.year) m. \(genitiveMonths[a.month - 1]) \(a.day)–\(b.day) d."
            }
            return "\(longDate(a)) – \(longDate(b))"
        default:
            return "\(display(start)) – \(display(end))"
        }
    }

    /// A field value as plain display text (dates long, money with €, booleans Taip/Ne).
    package static func display(_ value: FieldValue) -> String {
        switch value {
        case .date(let d): return longDate(d)
        case .dateTime(let d): return longDateTime(d)
        case .integer(let i): return integer(i)
        case .number(let n): return number(n)
        case .money(let m): return money(m)
        case .bool(let b): return b ? "Taip" : "Ne"
        case .string(let s), .enumeration(let s), .ref(let s): return s
        case .list(let items): return items.map(display).joined(separator: ", ")
        case .object(let fields): return fields.values.map { display($0.value) }.joined(separator: ", ")
        }
    }
}
