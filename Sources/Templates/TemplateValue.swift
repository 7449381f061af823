/// A value a template can show: what page contexts are made of.
///
/// A closed set of cases, so rendering switches on a tag instead of casting `Any` at
/// every name lookup (which cost swift-mustache most of its time, see docs/benchmarks.md).
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// Converts a context built from dictionaries, arrays, strings, numbers and booleans.
    /// Optionals are unwrapped (`nil` becomes `.null`); anything else shows as its description.
    public init(_ any: Any) {
        // Most frequent first: every cast that fails costs a runtime type check.
        switch any {
        case let value as TemplateValue: self = value
        case let text as String: self = .string(text)
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init))
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .int(number)
        case let values as [TemplateValue]: self = .list(values)
        case let objects as [[String: Any]]: self = .list(objects.map { .object($0.mapValues(TemplateValue.init)) })
        case let texts as [String]: self = .list(texts.map(TemplateValue.string))
        case let number as Double: self = .double(number)
        case let values as [Any]: self = .list(values.map(TemplateValue.init))
        case let optional as any OptionalValue: self = optional.wrapped.map(TemplateValue.init) ?? .null
        default: self = .string(String(describing: any))
        }
    }

    /// Whether a section over the value renders: `false`, `null` and empty lists do not;
    /// everything else does (also `""` and `0`, as in the Mustache spec and swift-mustache).
    public var isTruthy: Bool {
        switch self {
        case .bool(let flag): return flag
        case .null: return false
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }
}

/// Lets `TemplateValue.init` see through `Optional` stored as `Any`.
protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 as Any } }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
