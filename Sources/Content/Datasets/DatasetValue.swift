import Support

/// One cell's value, as its column's type reads it.
package enum DatasetValue: Sendable, Hashable {
    /// `string` cells, and `ref` cells (an entry's slug).
    case text(String)
    /// `integer` and `year` cells.
    case integer(Int)
    /// `decimal` and `percent` cells (`45,5 %` is 45.5).
    case number(Double)
    case date(LocalDate)

    /// The value as plain text in machine-readable form: `1234.5`, `2025-03-01`.
    package var raw: String {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .date(let d): d.description
        }
    }

    /// The value as a number, for charts and sums.
    package var number: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }
}
