import Foundation
import Support

/// A front-matter value after validation against its field's type.
package indirect enum FieldValue: Sendable, Hashable {
    /// string, text, url and email fields.
    case string(String)
    case date(LocalDate)
    case dateTime(LocalDateTime)
    case integer(Int)
    case number(Double)
    /// Euros, kept exact (`12500.50` is never rounded through binary floating point).
    case money(Decimal)
    case bool(Bool)
    /// The stored key of an enum value (`ongoing`), not its label.
    case enumeration(String)
    /// The slug of an entry in the field's target collection.
    case ref(String)
    case list([FieldValue])
    case object(FieldValues)

    /// The value as a plain string, for uniqueness checks, taxonomy terms and sorting.
    package var plainText: String {
        switch self {
        case .string(let s), .enumeration(let s), .ref(let s): return s
        case .date(let d): return d.description
        case .dateTime(let d): return d.description
        case .integer(let i): return String(i)
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .money(let m): return "\(m)"
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return items.map(\.plainText).joined(separator: ", ")
        case .object(let fields): return fields.values.map { "\($0.name): \($0.value.plainText)" }.joined(separator: ", ")
        }
    }

    /// Numeric value for `min`/`max`/`at_most` comparisons and percentages.
    package var numeric: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let n): return n
        case .money(let m): return NSDecimalNumber(decimal: m).doubleValue
        default: return nil
        }
    }

    /// A point in time for `not_before`/`not_after`; dates count as their midnight.
    package var instant: LocalDateTime? {
        switch self {
        case .date(let d): return LocalDateTime(date: d, hour: 0, minute: 0)
        case .dateTime(let d): return d
        default: return nil
        }
    }
}

/// Field values of an entry or object, in schema order.
package struct FieldValues: Sendable, Hashable {
    package var values: [(name: String, value: FieldValue)] {
        get { storage.map { ($0.name, $0.value) } }
    }
    private var storage: [NamedValue]

    private struct NamedValue: Sendable, Hashable {
        var name: String
        var value: FieldValue
    }

    package init() { storage = [] }

    package subscript(name: String) -> FieldValue? {
        // Indexing in place: `first(where:)` would copy (and reference-count) every value it passes.
        get {
            for index in storage.indices where storage[index].name == name { return storage[index].value }
            return nil
        }
        set {
            if let index = storage.firstIndex(where: { $0.name == name }) {
                if let newValue { storage[index].value = newValue } else { storage.remove(at: index) }
            } else if let newValue {
                storage.append(NamedValue(name: name, value: newValue))
            }
        }
    }

    package var isEmpty: Bool { storage.isEmpty }

    package var count: Int { storage.count }

    /// Calls `body` with each field in order, making no array of them.
    package func forEach(_ body: (_ name: String, _ value: FieldValue) -> Void) {
        for index in storage.indices { body(storage[index].name, storage[index].value) }
    }

    mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }

    /// Adds a field read back from a cache, which never holds a name twice: appended without
    /// looking for the name among those before it.
    mutating func appendRead(_ name: String, _ value: FieldValue) {
        storage.append(NamedValue(name: name, value: value))
    }
}
