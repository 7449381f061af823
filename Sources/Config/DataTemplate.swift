import Diagnostics
import YAML

/// A JSON value described in site.yml and filled in from an entry (`jsonld:` of a collection).
///
/// Plain YAML values are JSON literals; quoted text with `{field}` placeholders takes values
/// from the entry; a mapping with `@type` is an object; three directives cover the rest.
package indirect enum DataTemplate: Sendable {
    case literal(JSONLiteral)
    /// Text with placeholders; a lone placeholder (`"{price}"`) keeps the value's type.
    case text(TextTemplate)
    case object([Member])
    /// Items that are themselves lists (from `each`) are spliced in.
    case array([DataTemplate])
    /// One value per item at `path` (a single value is one item). Inside, placeholders
    /// name the item's fields first (a ref's: the referred entry's), then the outer ones.
    case each(path: String, value: DataTemplate, location: SourceLocation)
    /// The template that `map` gives for the field's stored value, else `otherwise`.
    case cases(path: String, map: [Member], otherwise: DataTemplate?, location: SourceLocation)
    /// An ISO 8601 duration from a number of units of `minutes` each (8 × 45 min → `PT6H`).
    case duration(path: String, minutes: Int, location: SourceLocation)

    package struct Member: Sendable {
        package var key: String
        package var value: DataTemplate
    }
}

/// A JSON scalar written literally in site.yml; numbers keep their text.
package enum JSONLiteral: Sendable, Hashable {
    case string(String)
    case number(String)
    case bool(Bool)
}

extension DataTemplate {
    /// Decodes a `jsonld:` value; problems are reported at their place in site.yml.
    static func decode(_ node: YAMLNode, context: Message, _ diagnostics: inout [Diagnostic]) -> DataTemplate? {
        switch node.kind {
        case .scalar:
            switch node.resolved {
            case .string(let value) where value.contains("{"):
                switch TextTemplate.parse(value, at: node.location, length: node.length) {
                case .success(let template): return .text(template)
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                    return nil
                }
            case .string(let value): return .literal(.string(value))
            case .int(let n): return .literal(.number(String(n)))
            case .float(let x) where x.isFinite: return .literal(.number(String(x)))
            case .bool(let b): return .literal(.bool(b))
            default:
                diagnostics.append(
                    .error(
                        .templates(.notAValue(context: context, found: node.shape)), at: node.location,
                        length: node.length, hint: .templates(.notAValueHint)))
                return nil
            }
        case .sequence(let items):
            return .array(items.compactMap { decode($0, context: context, &diagnostics) })
        case .mapping(let pairs):
            if pairs.count == 1, pairs[0].value.text != nil, case .null = pairs[0].value.resolved {
                let name = pairs[0].key.text ?? ""
                diagnostics.append(
                    .error(
                        .templates(.placeholderAsMapping(name: name, context: context)), at: node.location,
                        length: node.length, hint: .templates(.placeholderAsMappingHint(name))))
                return nil
            }
            if node["each"] != nil { return decodeEach(node, context: context, &diagnostics) }
            if node["field"] != nil { return decodeCases(node, context: context, &diagnostics) }
            if node["duration"] != nil { return decodeDuration(node, context: context, &diagnostics) }
            guard node["@type"] != nil else {
                diagnostics.append(
                    .error(
                        .templates(.notAnObject(context)), at: node.location, length: node.length,
                        hint: .templates(.notAnObjectHint)))
                return nil
            }
            var members: [Member] = []
            for pair in pairs {
                let key = pair.key.text ?? ""
                if let value = decode(pair.value, context: context, &diagnostics) {
                    members.append(Member(key: key, value: value))
                }
            }
            return .object(members)
        }
    }

    private static func decodeEach(_ node: YAMLNode, context: Message, _ diagnostics: inout [Diagnostic]) -> DataTemplate? {
        guard var r = MappingReader(node, context: .contextOf(key: "each", of: context), diagnostics: &diagnostics) else { return nil }
        let path = r.string("each", required: true)
        let valueNode = r.value("value")
        if valueNode == nil { r.missing("value") }
        diagnostics += r.finish()
        guard let path, let valueNode, let value = decode(valueNode, context: context, &diagnostics) else { return nil }
        return .each(path: path, value: value, location: node.location)
    }

    private static func decodeCases(_ node: YAMLNode, context: Message, _ diagnostics: inout [Diagnostic]) -> DataTemplate? {
        guard var r = MappingReader(node, context: .contextOf(key: "field", of: context), diagnostics: &diagnostics) else { return nil }
        let path = r.string("field", required: true)
        var map: [Member] = []
        if let mapNode = r.value("map") {
            if let pairs = mapNode.pairs {
                for pair in pairs {
                    if let value = decode(pair.value, context: context, &diagnostics) {
                        map.append(Member(key: pair.key.text ?? "", value: value))
                    }
                }
            } else {
                r.error(.templates(.mapNotMapping), at: mapNode)
            }
        } else {
            r.missing("map")
        }
        let otherwise = r.value("default").flatMap { decode($0, context: context, &diagnostics) }
        diagnostics += r.finish()
        guard let path else { return nil }
        return .cases(path: path, map: map, otherwise: otherwise, location: node.location)
    }

    private static func decodeDuration(_ node: YAMLNode, context: Message, _ diagnostics: inout [Diagnostic]) -> DataTemplate? {
        guard var r = MappingReader(node, context: .contextOf(key: "duration", of: context), diagnostics: &diagnostics) else { return nil }
        let path = r.string("duration", required: true)
        let minutes = r.int("minutes") ?? 60
        if minutes < 1, let n = r.value("minutes") { r.error(.atLeastOne("minutes"), at: n) }
        diagnostics += r.finish()
        guard let path else { return nil }
        return .duration(path: path, minutes: max(1, minutes), location: node.location)
    }
}
