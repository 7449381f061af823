/// What a dataset's cell may hold.
package enum ColumnType: Sendable, Equatable {
    case string, integer, decimal, percent, date, year
    /// The slug of an entry of a collection (`pavb`).
    case ref(collection: String)

    package static let names = ["string", "integer", "decimal", "percent", "date", "year", "ref"]

    package var name: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .decimal: "decimal"
        case .percent: "percent"
        case .date: "date"
        case .year: "year"
        case .ref: "ref"
        }
    }

    /// Numbers are right-aligned in tables and charted.
    package var isNumber: Bool {
        switch self {
        case .integer, .decimal, .percent: true
        default: false
        }
    }
}
