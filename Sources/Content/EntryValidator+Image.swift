import Config
import Diagnostics
import Markdown
import YAML

/// An `image` field's file as written in an entry, checked against the site's files (`Checks`).
package struct ImageUse: Sendable, Hashable {
    package var field: String
    package var src: String
    package var location: SourceLocation
    package var length: Int
}

extension ImageUse {
    /// An image's URL: relative to the entry's page (`nuotrauka.jpg` beside it), or from the
    /// site root (`/logotipai/pavb.svg`, a static file).
    package static func url(_ src: String, entryURL: String) -> String {
        src.hasPrefix("/") ? src : LinkResolver.normalize(entryURL + src).map { "/" + $0 } ?? src
    }

    /// `values` with each image's `src` made its site path, so pages, feeds and data files
    /// need not know where the entry is.
    static func resolving(_ values: FieldValues, fields: [FieldSchema], entryURL: String) -> FieldValues {
        var result = values
        for field in fields {
            guard let value = values[field.name] else { continue }
            result[field.name] = resolving(value, type: field.type, entryURL: entryURL)
        }
        return result
    }

    private static func resolving(_ value: FieldValue, type: FieldType, entryURL: String) -> FieldValue {
        switch (type, value) {
        case (.image, .object(var image)):
            if case .string(let src)? = image["src"] { image["src"] = .string(url(src, entryURL: entryURL)) }
            return .object(image)
        case (.list(let item), .list(let items)):
            return .list(items.map { resolving($0, type: item.type, entryURL: entryURL) })
        case (.object(let fields), .object(let values)):
            return .object(resolving(values, fields: fields, entryURL: entryURL))
        default:
            return value
        }
    }
}

extension EntryValidator {
    /// An `image` field: `{src: nuotrauka.jpg, alt: "…"}`, the alt text required (`""`:
    /// decorative). A bare file name is refused for its missing alt text.
    mutating func image(_ node: YAMLNode, field: FieldSchema, path: String) -> FieldValue? {
        if let src = node.text, !node.isNull {
            report(node, .imageFieldNoAlt(field: path, label: field.label), hint: ImageField.altHint(src: src, field: field.name))
            return nil
        }
        guard let pairs = node.pairs else { return fail(node, field, path, Placeholder.describe(.image)) }
        let names = ImageField.members.map(\.name)
        for pair in pairs where !names.contains(pair.key.text ?? "") {
            report(pair.key, .imageUnknownKey(key: pair.key.text ?? "", field: path), hint: .imageOnlySrcAlt)
        }
        let srcNode = pairs.first { $0.key.text == "src" }?.value
        guard let srcNode, let src = srcNode.text, !srcNode.isNull, !srcNode.isBlankText else {
            report(srcNode ?? node, .imageNoSrc(field: path, label: field.label), hint: .imageSrcHint)
            return nil
        }
        guard let altNode = pairs.first(where: { $0.key.text == "alt" })?.value, let alt = altNode.text, !altNode.isNull else {
            report(node, .imageFieldNoAlt(field: path, label: field.label), hint: ImageField.altHint(src: src, field: field.name))
            return nil
        }
        if !alt.isEmpty, alt.allSatisfy(\.isWhitespace) {
            report(altNode, .altBlank(field: path), hint: ImageField.altHint(src: src, field: field.name))
            return nil
        }
        images.append(ImageUse(field: path, src: src, location: srcNode.location, length: srcNode.length))
        var values = FieldValues()
        values["src"] = .string(src)
        values["alt"] = .string(alt)
        return .object(values)
    }
}

extension SiteParser {
    /// A body image without alt text, unless its title marks it decorative (WCAG 1.1.1).
    static func altTextDiagnostics(_ image: MarkdownImage) -> [Diagnostic] {
        if !image.alt.allSatisfy(\.isWhitespace) { return [] }
        if image.alt.isEmpty, image.title == ImageField.decorativeTitle { return [] }
        return [
            .error(
                .noAltText(image: image.destination), at: image.location, length: 2,
                hint: ImageField.altHint(src: image.destination))
        ]
    }
}
