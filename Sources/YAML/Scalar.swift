/// A scalar resolved by the YAML 1.2 core schema.
public enum Scalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    /// How the value is named in messages to editors.
    public var typeDescription: String {
        switch self {
        case .null: return "an empty value"
        case .bool: return "true/false"
        case .int: return "a whole number"
        case .float: return "a number"
        case .string: return "text"
        }
    }
}

extension YAMLNode {
    static let tagPrefix = "tag:yaml.org,2002:"

    /// The scalar's value under the YAML 1.2 core schema; collections resolve to `.null`.
    ///
    /// Only plain scalars are resolved: quoted and block scalars are always strings, so
    /// `country: NO` and `answer: "true"` stay text, and `yes`/`on` are never booleans.
    public var resolved: Scalar {
        guard case .scalar(let text, let style) = kind else { return .null }
        switch tag {
        case "!", Self.tagPrefix + "str": return .string(text)
        case Self.tagPrefix + "null": return .null
        case Self.tagPrefix + "bool": return CoreSchema.bool(text).map(Scalar.bool) ?? .string(text)
        case Self.tagPrefix + "int": return CoreSchema.int(text).map(Scalar.int) ?? .string(text)
        case Self.tagPrefix + "float":
            return CoreSchema.float(text).map(Scalar.float) ?? CoreSchema.int(text).map { .float(Double($0)) }
                ?? .string(text)
        case nil: break
        default: return .string(text)
        }
        return style == .plain ? CoreSchema.resolve(plain: text) : .string(text)
    }
}

/// The YAML 1.2.2 core schema's tag resolution rules for plain scalars (spec §10.3.2).
enum CoreSchema {
    static func resolve(plain text: String) -> Scalar {
        if isNull(text) { return .null }
        if let b = bool(text) { return .bool(b) }
        // Every int and float starts with a digit, a sign or a dot: other text (titles,
        // names, most values) is a string without being scanned as a number.
        guard let first = text.utf8.first, isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")
        else { return .string(text) }
        if let i = int(text) { return .int(i) }
        if let f = float(text) { return .float(f) }
        return .string(text)
    }

    static func isNull(_ s: String) -> Bool {
        s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    static func bool(_ s: String) -> Bool? {
        switch s {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; `nil` when the text is not one or overflows.
    static func int(_ s: String) -> Int? {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = String(decoding: bytes[2...], as: UTF8.self)
            if bytes[1] == UInt8(ascii: "o"), bytes[2...].allSatisfy({ (0x30...0x37).contains($0) }) {
                return Int(digits, radix: 8)
            }
            if bytes[1] == UInt8(ascii: "x"), bytes[2...].allSatisfy(isHexDigit) {
                return Int(digits, radix: 16)
            }
        }
        var body = bytes[...]
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy(isDigit) else { return nil }
        return Int(s)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf`, `.nan` in their three spellings.
    static func float(_ s: String) -> Double? {
        var body = Substring(s)
        var sign = 1.0
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            body = body.dropFirst()
        }
        if [".inf", ".Inf", ".INF"].contains(body) { return sign * .infinity }
        if s == ".nan" || s == ".NaN" || s == ".NAN" { return .nan }
        let u = Array(body.utf8)
        var i = 0
        var mantissaDigits = 0
        while i < u.count, isDigit(u[i]) { i += 1; mantissaDigits += 1 }
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, isDigit(u[i]) { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i += 1
            if i < u.count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
            let start = i
            while i < u.count, isDigit(u[i]) { i += 1 }
            guard i > start else { return nil }
        }
        guard i == u.count else { return nil }
        return Double(s.hasPrefix("+") ? String(s.dropFirst()) : s)
    }

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    private static func isHexDigit(_ b: UInt8) -> Bool {
        isDigit(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }
}
