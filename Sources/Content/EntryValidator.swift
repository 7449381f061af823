import Config
import Diagnostics
import Foundation
import Support
import Text
import YAML

/// A reference from one entry to another, checked once every entry is known.
package struct RefUse: Sendable, Hashable {
    package var field: String
    package var collection: String
    package var slug: String
    package var location: SourceLocation
    package var length: Int
}

/// A term of a taxonomy as written in an entry, checked for URL collisions across the site.
package struct TermUse: Sendable {
    package var taxonomy: String
    package var term: String
    /// The term page's URL segment, made once here (in parallel with the file's parsing).
    package var slug: String
    package var location: SourceLocation
    package var length: Int
}

/// A value of a `unique` field, checked against the other entries of its collection.
package struct UniqueValue: Sendable {
    package var field: String
    package var value: String
    package var location: SourceLocation
    package var length: Int
}

/// Validates one entry's front matter against its collection's fields and types the values.
///
/// Every problem is collected; checks that need other entries (refs, `unique`) are left
/// to `SiteValidator` through `refs` and `uniqueValues`.
package struct EntryValidator {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var refs: [RefUse] = []
    /// Values of `unique` top-level fields: (field, value, where).
    private(set) var uniqueValues: [UniqueValue] = []
    private(set) var terms: [TermUse] = []
    /// Values of `file` fields, checked against the files by the attachment stage.
    var files: [FileUse] = []
    /// The values of `image` fields, checked against the site's files once all are known.
    var images: [ImageUse] = []

    init(file: String) { self.file = file }

    /// Types every field of a mapping node; `missingAt` is where a missing required field is reported.
    mutating func validate(
        _ node: YAMLNode, fields: [FieldSchema], path: String = "", missingAt: SourceLocation
    ) -> FieldValues {
        var values = FieldValues()
        guard let pairs = node.pairs else {
            report(node, path.isEmpty ? .frontMatterNotMapping(found: node.shape) : .fieldNotMapping(field: path, found: node.shape))
            return values
        }
        let names = fields.map(\.name)
        for pair in pairs {
            let key = pair.key.text ?? ""
            if !names.contains(key) {
                let hint = Suggestion.closest(to: key, in: names).map(Message.didYouMean) ?? .fieldsAllowed(names)
                report(pair.key, .unknownField(qualified(path, key)), hint: hint)
            }
        }
        let present = Dictionary(pairs.compactMap { p in p.key.text.map { ($0, p.value) } }, uniquingKeysWith: { a, _ in a })
        for field in fields {
            let name = qualified(path, field.name)
            if let node = present[field.name], !node.isNull {
                if node.isBlankText, isRequired(field, siblings: present) {
                    reportBlank(node, field: field, path: name, required: true)
                } else if let value = value(of: node, field: field, path: name) {
                    values[field.name] = value
                    if let taxonomy = field.taxonomy, path.isEmpty {
                        for termNode in node.items ?? [node]
                        where termNode.text != nil && termNode.text != Placeholder.unfilled && !termNode.isNull && !termNode.isBlankText {
                            let term = termNode.text!
                            terms.append(
                                TermUse(
                                    taxonomy: taxonomy, term: term, slug: Slug.make(term), location: termNode.location,
                                    length: termNode.length))
                        }
                    }
                    if field.unique, path.isEmpty {
                        uniqueValues.append(UniqueValue(field: field.name, value: value.plainText, location: node.location, length: node.length))
                    }
                }
            } else if let defaultNode = field.defaultValue {
                var defaults = EntryValidator(file: defaultNode.location.file)
                values[field.name] = defaults.value(of: defaultNode, field: field, path: name)
                diagnostics += defaults.diagnostics
            } else if isRequired(field, siblings: present) {
                let example = Placeholder.example(for: field)
                diagnostics.append(
                    .error(
                        .missingField(field: name, label: field.label, unless: field.requiredUnless.map { [$0.field, $0.value] }),
                        at: missingAt, hint: .addLine(field: field.name, example: example)))
            }
        }
        checkRules(fields, values: values, nodes: present, path: path)
        return values
    }

    private func isRequired(_ field: FieldSchema, siblings: [String: YAMLNode]) -> Bool {
        if field.requiredUnless.isEmpty { return field.required }
        let excused = field.requiredUnless.allSatisfy { siblings[$0.field]?.text == $0.value }
        return !excused
    }

    // MARK: - Values by type

    private mutating func value(of node: YAMLNode, field: FieldSchema, path: String) -> FieldValue? {
        let value: FieldValue?
        switch field.type {
        case .list(let item):
            guard let items = node.items else {
                return fail(node, field, path, .expectList, hint: .writeList(field: field.name, item: Placeholder.example(for: item)))
            }
            var values: [FieldValue] = []
            for (index, itemNode) in items.enumerated() {
                let itemPath = "\(path)[\(index + 1)]"
                if itemNode.isNull {
                    report(itemNode, .emptyItem(index: index + 1, field: path), hint: .emptyItemHint)
                } else if itemNode.isBlankText {
                    // An item of a list is written because it is wanted: its line goes, not the value.
                    reportBlank(itemNode, field: item, path: itemPath, required: true)
                } else if let v = self.value(of: itemNode, field: item, path: itemPath) {
                    values.append(v)
                }
            }
            if let bound = field.min, case .number(let n) = bound, Double(items.count) < n {
                return fail(node, field, path, .expectListAtLeast(Int(n)), found: .items(items.count))
            }
            if let bound = field.max, case .number(let n) = bound, Double(items.count) > n {
                return fail(node, field, path, .expectListAtMost(Int(n)), found: .items(items.count))
            }
            return .list(values)
        case .object(let fields):
            guard node.pairs != nil else {
                return fail(node, field, path, .expectMapping)
            }
            return .object(validate(node, fields: fields, path: path, missingAt: node.location))
        case .file(let rule):
            return fileValue(node, rule: rule, field: field, path: path)
        case .image:
            return image(node, field: field, path: path)
        case .indicator:
            return indicators(node, field: field, path: path)
        default:
            guard let text = node.text else {
                return fail(node, field, path, Placeholder.describe(field.type))
            }
            if text == Placeholder.unfilled { return reportUnfilled(node, field: field, path: path) }
            value = scalar(text, node: node, field: field, path: path)
        }
        guard let value else { return nil }
        return checkBounds(value, node: node, field: field, path: path) ? value : nil
    }

    private mutating func scalar(_ text: String, node: YAMLNode, field: FieldSchema, path: String) -> FieldValue? {
        let resolved = node.resolved
        switch field.type {
        case .string, .text:
            if let pattern = field.pattern, !pattern.matches(text) {
                let hint = field.example.map(Message.forExample) ?? .matchPattern(pattern.source)
                return fail(node, field, path, .expectPattern(pattern.source), hint: hint)
            }
            return .string(text)
        case .url:
            guard Self.isURL(text) else {
                return fail(node, field, path, .expectURL, hint: .forExample("https://www.pavb.lt/"))
            }
            return .string(text)
        case .email:
            guard Self.isEmail(text) else {
                return fail(node, field, path, .expectEmail, hint: .forExample("info@pavb.lt"))
            }
            return .string(text)
        case .date(let timeAllowed):
            if let date = LocalDate(iso: Substring(text)) { return .date(date) }
            if timeAllowed, let dateTime = LocalDateTime(iso: Substring(text)) { return .dateTime(dateTime) }
            return fail(
                node, field, path, timeAllowed ? .expectDateOrTime : .expectDate, hint: Self.dateHint(text) ?? .forExample("2026-11-28"))
        case .datetime:
            if let dateTime = LocalDateTime(iso: Substring(text)) { return .dateTime(dateTime) }
            let hint = LocalDate(iso: Substring(text)) != nil
                ? .addTime("\(text)T10:00") : Self.dateHint(String(text.prefix(10))) ?? .forExample("2026-11-28T10:00")
            return fail(node, field, path, .expectDateTime, hint: hint)
        case .integer:
            if case .int(let i) = resolved { return .integer(i) }
            return fail(node, field, path, .expectInteger, hint: Self.numberHint(node))
        case .number:
            if case .int(let i) = resolved { return .number(Double(i)) }
            if case .float(let f) = resolved, f.isFinite { return .number(f) }
            return fail(node, field, path, .expectNumber, hint: Self.numberHint(node))
        case .money:
            switch resolved {
            case .int, .float:
                guard let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), amount.isFinite else { break }
                if let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count > 2 {
                    return fail(node, field, path, .expectCents)
                }
                return .money(amount)
            default: break
            }
            return fail(node, field, path, .expectMoney, hint: .writeMoney)
        case .boolean:
            if case .bool(let b) = resolved { return .bool(b) }
            let lower = text.lowercased()
            let guess = ["yes", "taip", "on", "y"].contains(lower) ? "true" : ["no", "ne", "off", "n"].contains(lower) ? "false" : nil
            return fail(node, field, path, .expectBoolean, hint: guess.map { .writeBoolean(field: field.name, value: $0) } ?? .writeTrueFalse)
        case .enumeration(let allowed):
            if allowed.contains(where: { $0.key == text }) { return .enumeration(text) }
            let keys = allowed.map(\.key)
            let byLabel = allowed.first { $0.label.compare(text, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
            let hint: Message
            if let byLabel {
                hint = .writeValueFor(value: byLabel.key, label: byLabel.label)
            } else if let close = Suggestion.closest(to: text, in: keys) {
                hint = .didYouMean(close)
            } else {
                hint = .allowedValues(allowed.map { "\($0.key) (\($0.label))" })
            }
            return fail(node, field, path, .expectOneOf(keys), hint: hint)
        case .ref(let collection):
            refs.append(RefUse(field: path, collection: collection, slug: text, location: node.location, length: node.length))
            return .ref(text)
        case .list, .object, .file, .image, .indicator:
            return nil
        }
    }

    private mutating func checkBounds(_ value: FieldValue, node: YAMLNode, field: FieldSchema, path: String) -> Bool {
        func check(_ bound: Bound?, isMin: Bool) -> Bool {
            guard let bound else { return true }
            switch (bound, value) {
            case (.number(let limit), .string(let s)):
                let ok = isMin ? Double(s.count) >= limit : Double(s.count) <= limit
                if !ok {
                    fail(
                        node, field, path, isMin ? .expectLengthAtLeast(Int(limit)) : .expectLengthAtMost(Int(limit)),
                        found: .characters(s.count), hint: isMin ? nil : .shortenBy(s.count - Int(limit)))
                }
                return ok
            case (.number(let limit), _):
                guard let n = value.numeric else { return true }
                let ok = isMin ? n >= limit : n <= limit
                if !ok { fail(node, field, path, isMin ? .expectAtLeast(Self.format(limit)) : .expectAtMost(Self.format(limit))) }
                return ok
            case (.date(let limit), _):
                guard let instant = value.instant else { return true }
                let ok = isMin ? instant.date >= limit : instant.date <= limit
                if !ok { fail(node, field, path, isMin ? .expectDateFrom("\(limit)") : .expectDateUntil("\(limit)")) }
                return ok
            }
        }
        if case .list = value { return true }  // list bounds count items, checked above
        return check(field.min, isMin: true) && check(field.max, isMin: false)
    }

    // MARK: - Rules between fields

    private mutating func checkRules(_ fields: [FieldSchema], values: FieldValues, nodes: [String: YAMLNode], path: String) {
        for field in fields {
            guard let value = values[field.name], let node = nodes[field.name] else { continue }
            let name = qualified(path, field.name)
            if let other = field.notBefore, let instant = value.instant,
                let limit = Self.resolve(other, in: values).compactMap(\.instant).max(), Self.compare(instant, limit) < 0
            {
                fail(node, field, name, .expectNotBefore(field: other, value: limit.display))
            }
            if let other = field.notAfter, let instant = value.instant,
                let limit = Self.resolve(other, in: values).compactMap(\.instant).min(), Self.compare(instant, limit) > 0
            {
                fail(node, field, name, .expectNotAfter(field: other, value: limit.display))
            }
            if let other = field.atMost, let n = value.numeric,
                let limit = Self.resolve(other, in: values).compactMap(\.numeric).min(), n > limit
            {
                fail(node, field, name, .expectNotAbove(field: other, value: Self.format(limit)))
            }
        }
    }

    /// Every value at a dotted path (`sessions.start` collects the start of each session).
    package static func resolve(_ path: String, in values: FieldValues) -> [FieldValue] {
        // Most paths are one name: not split, since every sort and date asks for every entry.
        guard path.utf8.contains(UInt8(ascii: ".")) else {
            guard let value = values[path] else { return [] }
            if case .list(let items) = value { return items }
            return [value]
        }
        var current: [FieldValue] = []
        let parts = path.split(separator: ".").map(String.init)
        guard let first = parts.first, let root = values[first] else { return [] }
        current = [root]
        for part in parts.dropFirst() {
            current = current.flatMap { value -> [FieldValue] in
                switch value {
                case .object(let fields): return fields[part].map { [$0] } ?? []
                case .list(let items): return items.compactMap { if case .object(let f) = $0 { return f[part] } else { return nil } }
                default: return []
                }
            }
        }
        return current.flatMap { if case .list(let items) = $0 { return items } else { return [$0] } }
    }

    /// Compares two instants; when either is a plain date, only the dates are compared.
    package static func compare(_ a: LocalDateTime, _ b: LocalDateTime) -> Int {
        if a.date != b.date { return a.date < b.date ? -1 : 1 }
        return a < b ? -1 : (b < a ? 1 : 0)
    }

    // MARK: - Reporting

    @discardableResult
    mutating func fail(
        _ node: YAMLNode, _ field: FieldSchema, _ path: String, _ expected: Message, found: Message? = nil,
        hint: Message? = nil
    ) -> FieldValue? {
        let shown = found ?? (node.text.map(Message.quoted) ?? node.shape)
        report(node, .fieldMust(field: path, label: field.label, expected: expected, found: shown), hint: hint)
        return nil
    }

    /// A quoted empty text (`location: ""`) where a value is needed. `required` is whether the
    /// field must be there (`required_unless` decides it by the other fields): only an optional
    /// one may lose its line.
    private mutating func reportBlank(_ node: YAMLNode, field: FieldSchema, path: String, required: Bool) {
        report(node, .blankField(field: path, label: field.label), hint: required ? .blankRequiredHint : .blankOptionalHint)
    }

    /// What a field takes, for hints: an enum's values, else its type's description.
    static func expectation(_ field: FieldSchema) -> Message {
        if case .enumeration(let values) = field.type { return .expectOneOf(values.map(\.key)) }
        return Placeholder.describe(field.type)
    }

    /// `zinynas new`'s mark of a value only the editor knows, left as it was written.
    private mutating func reportUnfilled(_ node: YAMLNode, field: FieldSchema, path: String) -> FieldValue? {
        report(
            node, .unfilledField(field: path, label: field.label),
            hint: .unfilledHint(
                placeholder: Placeholder.unfilled, expected: Self.expectation(field),
                field: String(path.split(separator: ".").last ?? ""), example: Placeholder.example(for: field)))
        return nil
    }

    /// A message without a key yet (English in every language); prefer a `Message`.
    mutating func report(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        report(node, .verbatim(message), hint: hint.map(Message.verbatim))
    }

    mutating func report(_ node: YAMLNode, _ message: Message, hint: Message? = nil) {
        diagnostics.append(.error(message, at: node.location, length: node.length, hint: hint))
    }

    private func qualified(_ path: String, _ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

}

extension YAMLNode {
    /// An empty value (`key:` with nothing after it, or `~`/`null`).
    var isNull: Bool { text != nil && resolved == .null }

    /// Text that is empty or only spaces (`""`).
    var isBlankText: Bool {
        guard let text, case .string = resolved else { return false }
        return text.allSatisfy(\.isWhitespace)
    }
}

extension LocalDateTime {
    /// A date alone when the time is midnight from a plain date, else the full value.
    var display: String { hour == 0 && minute == 0 && second == 0 ? date.description : description }
}
