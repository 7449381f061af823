import Diagnostics

/// A scalar resolved by the YAML 1.2 core schema.
package enum Scalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    package var typeMessage: Message {
        switch self {
        case .null: return .shapeEmpty
        case .bool: return .shapeBool
        case .int: return .shapeInteger
        case .float: return .shapeNumber
        case .string: return .shapeText
        }
    }
}

extension YAMLNode {
    static let tagPrefix = "tag:yaml.org,2002:"

    /// The scalar's value under the YAML 1.2 core schema; collections resolve to `.null`.
    ///
    /// Only plain scalars are resolved: quoted and block scalars are always strings, so
    /// `country: NO` and `answer: "true"` stay text, and `yes`/`on` are never booleans.
    package var resolved: Scalar {
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
    /// Scanned in place: copying every text's bytes first was most of resolving it.
    static func int(_ s: String) -> Int? {
        var s = s
        return s.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
                let digits = UnsafeBufferPointer(rebasing: bytes[2...])
                if bytes[1] == UInt8(ascii: "o"), digits.allSatisfy({ (0x30...0x37).contains($0) }) {
                    return Int(String(decoding: digits, as: UTF8.self), radix: 8)
                }
                if bytes[1] == UInt8(ascii: "x"), digits.allSatisfy(isHexDigit) {
                    return Int(String(decoding: digits, as: UTF8.self), radix: 16)
                }
            }
            var body = bytes[...]
            if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { body = body.dropFirst() }
            guard !body.isEmpty, body.allSatisfy(isDigit) else { return nil }
            return Int(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf`, `.nan` in their three spellings.
    /// Scanned in place, as `int`: most texts fail at their first byte that is not a number's.
    static func float(_ s: String) -> Double? {
        var s = s
        return s.withUTF8 { bytes -> Double? in
            var body = bytes[...]
            var sign = 1.0
            if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                sign = first == UInt8(ascii: "-") ? -1 : 1
                body = body.dropFirst()
            }
            if infinities.contains(where: { body.elementsEqual($0.utf8) }) { return sign * .infinity }
            if notANumber.contains(where: { bytes.elementsEqual($0.utf8) }) { return .nan }
            guard isFloat(body) else { return nil }
            // Swift's parser takes no leading "+".
            let digits = bytes.first == UInt8(ascii: "+") ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes
            return Double(String(decoding: digits, as: UTF8.self))
        }
    }

    private static let infinities = [".inf", ".Inf", ".INF"]
    private static let notANumber = [".nan", ".NaN", ".NAN"]

    /// Whether `u` is `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    private static func isFloat(_ u: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var i = u.startIndex
        let end = u.endIndex
        var mantissaDigits = 0
        while i < end, isDigit(u[i]) { i += 1; mantissaDigits += 1 }
        if i < end, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < end, isDigit(u[i]) { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return false }
        if i < end, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i += 1
            if i < end, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
            let start = i
            while i < end, isDigit(u[i]) { i += 1 }
            guard i > start else { return false }
        }
        return i == end
    }

    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    private static func isHexDigit(_ b: UInt8) -> Bool {
        isDigit(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }
}
