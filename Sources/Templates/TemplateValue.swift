/// A value a template can show: what page contexts are made of.
///
/// A closed set of cases, so rendering switches on a tag instead of casting `Any` at
/// every name lookup (which cost swift-mustache most of its time, see docs/benchmarks.md);
/// page contexts are built as template values from the start.
package enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// Whether a section over the value renders: `false`, `null` and empty lists do not;
    /// everything else does (also `""` and `0`, as in the Mustache spec and swift-mustache).
    package var isTruthy: Bool {
        switch self {
        case .bool(let flag): return flag
        case .null: return false
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
