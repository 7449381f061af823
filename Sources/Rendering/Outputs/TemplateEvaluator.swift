import Config
import Content

/// Fills the templates of site.yml (`jsonld`, calendar texts) with an entry's values.
/// A class, like `ValueFormats`: its recursion and closures pass one reference.
final class TemplateEvaluator: Sendable {
    let formats: ValueFormats
    private let site: ValueScope.Site

    init(formats: ValueFormats) {
        self.formats = formats
        site = ValueScope.Site(formats.model)
    }

    /// Where placeholders of a template for the entry at `index` find their values.
    func scope(entry index: Int) -> ValueScope { ValueScope(site: site, entry: index) }

    /// The template's text, each value shown by `show`; `nil` when a placeholder without a
    /// fallback has no value, so a half-filled text is never published.
    func text(_ template: TextTemplate, in scope: ValueScope, show: (Resolved) -> String) -> String? {
        var out = ""
        for part in template.parts {
            switch part {
            case .text(let text): out += text
            case .field(let path, let fallback):
                let values = scope.values(path)
                if values.isEmpty {
                    guard let fallback else { return nil }
                    out += fallback
                } else {
                    out += values.map(show).joined(separator: ", ")
                }
            }
        }
        return out
    }

    /// Lithuanian text for people (calendar summaries and locations).
    func display(_ resolved: Resolved) -> String {
        switch resolved {
        case .value(let value, let field): return formats.display(value, field)
        case .text(let text): return text
        }
    }

    /// JSON with the names readers see.
    func labelled(_ resolved: Resolved) -> JSONValue {
        switch resolved {
        case .value(let value, let field): return formats.labelled(value, field)
        case .text(let text): return .string(text)
        }
    }

    /// The JSON value of a `jsonld` template, or `nil` when it has nothing to say.
    func json(_ template: DataTemplate, in scope: ValueScope) -> JSONValue? {
        switch template {
        case .literal(.string(let s)): return .string(s)
        case .literal(.number(let n)): return .number(n)
        case .literal(.bool(let b)): return .bool(b)
        case .text(let text):
            guard let single = text.single else {
                return self.text(text, in: scope) { Self.plain(labelled($0)) }.map(JSONValue.string)
            }
            let values = scope.values(single.path).map(labelled)
            if values.isEmpty { return single.fallback.map(JSONValue.string) }
            return values.count == 1 ? values[0] : .array(values)
        case .object(let members):
            var result: [(key: String, value: JSONValue)] = []
            var filled = false
            for member in members {
                guard let value = json(member.value, in: scope) else { continue }
                result.append((member.key, value))
                if !member.value.isStatic { filled = true }
            }
            // An object made for values the entry lacks (an Offer without a price) is left out.
            let dynamic = members.contains { !$0.value.isStatic }
            return dynamic && !filled ? nil : .object(result)
        case .array(let items):
            let values = items.compactMap { json($0, in: scope) }.flatMap { value -> [JSONValue] in
                if case .array(let inner) = value { return inner }
                return [value]
            }
            return values.isEmpty ? nil : .array(values)
        case .each(let path, let value, _):
            let values = scope.values(path).compactMap { json(value, in: scope.entering($0)) }
            return values.isEmpty ? nil : .array(values)
        case .cases(let path, let map, let otherwise, _):
            guard let first = scope.values(path).first else { return otherwise.flatMap { json($0, in: scope) } }
            let key: String
            switch first {
            case .value(let value, _): key = value.plainText
            case .text(let text): key = text
            }
            guard let match = map.first(where: { $0.key == key })?.value ?? otherwise else { return nil }
            return json(match, in: scope)
        case .duration(let path, let minutes, _):
            guard case .value(let value, _)? = scope.values(path).first, let count = value.numeric else { return nil }
            return .string(Self.duration(minutes: Int((count * Double(minutes)).rounded())))
        }
    }

    /// ISO 8601 duration: `PT6H`, `PT1H30M`, `PT0M`.
    static func duration(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if minutes == 0 { return "PT0M" }
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 ? "\(rest)M" : "")
    }

    /// A JSON value inside text: strings as they are, lists joined.
    static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return s
        case .array(let items): return items.map(plain).joined(separator: ", ")
        case .object, .raw: return ""
        }
    }
}

extension DataTemplate {
    /// Whether the template yields the same value for every entry (no placeholders or directives).
    var isStatic: Bool {
        switch self {
        case .literal: return true
        case .object(let members): return members.allSatisfy(\.value.isStatic)
        case .array(let items): return items.allSatisfy(\.isStatic)
        default: return false
        }
    }
}
