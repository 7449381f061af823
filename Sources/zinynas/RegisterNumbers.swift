import Config
import Content
import Foundation
import Support

/// The next free number of a register field (`id: PAVB-2026-004` after `PAVB-2026-003`), for
/// `zinynas new`: the value only a count of the other entries can give, so it is derived.
enum RegisterNumbers {
    /// For each unique text field of `collection` whose example ends in a number (`PAVB-2026-001`),
    /// the example with this year and the next number after those in use with the same start.
    static func next(in collection: CollectionSchema, used: [String: [String]], today: LocalDate) -> [String: String] {
        var derived: [String: String] = [:]
        for field in collection.fields where field.unique {
            guard case .string = field.type, let example = field.example, let value = next(after: used[field.name] ?? [], like: example, year: today.year)
            else { continue }
            if let pattern = field.pattern, !pattern.matches(value) { continue }
            derived[field.name] = value
        }
        return derived
    }

    /// `example` with a four-digit year in its start replaced by `year`, and its final digits by
    /// the next number after the largest of `used` that starts the same way (1 when none does).
    static func next(after used: [String], like example: String, year: Int) -> String? {
        let digits = example.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < example.count else { return nil }
        var start = String(example.dropLast(digits))
        if let range = start.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression) {
            start.replaceSubrange(range, with: String(year))
        }
        let numbers = used.compactMap { value -> Int? in
            guard value.hasPrefix(start) else { return nil }
            let rest = value.dropFirst(start.count)
            return rest.allSatisfy { $0.isASCII && $0.isNumber } ? Int(rest) : nil
        }
        let number = String((numbers.max() ?? 0) + 1)
        return start + String(repeating: "0", count: max(0, digits - number.count)) + number
    }

    /// The values of `collection`'s unique fields in the site's content files, by field name.
    static func used(in collection: CollectionSchema, siteFolder: URL) -> [String: [String]] {
        guard let source = try? SiteSource.read(siteFolder: siteFolder) else { return [:] }
        let parsed = SiteParser.parse(source)
        var used: [String: [String]] = [:]
        for entry in parsed.files.compactMap(\.entry) where entry.collection == collection.name {
            for field in collection.fields where field.unique {
                if case .string(let text)? = entry.fields[field.name] { used[field.name, default: []].append(text) }
            }
        }
        return used
    }
}
