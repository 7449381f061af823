import Config
import Foundation
import Support

/// Reads one cell as its column's type: numbers as people write them in Lithuania
/// (`1 234,5`, with plain, no-break or narrow spaces between thousands) or as programs do
/// (`1234.5`), percentages with or without `%`, ISO dates (or `2025.03.01`), four-digit years.
enum CellParser {
    /// The problem with a cell: a message and hint, both naming the cell.
    struct Problem: Error {
        var message: DatasetText
        var hint: DatasetText
    }

    /// `nil` for an empty cell (a missing value).
    static func parse(_ cell: String, column: DatasetColumn) -> Result<DatasetValue?, Problem> {
        let text = cell.trimmingCharacters(in: .whitespacesAndSpaces)
        if text.isEmpty { return .success(nil) }
        let name = column.name
        switch column.type {
        case .string, .ref:
            return .success(.text(text))
        case .integer:
            guard let number = number(text) else {
                return .failure(Problem(message: DatasetMessages.notAWholeNumber(text, name), hint: DatasetMessages.wholeNumberHint))
            }
            guard number == number.rounded(), abs(number) < 1e15 else {
                return .failure(Problem(message: DatasetMessages.fractionInInteger(text, name), hint: DatasetMessages.fractionHint))
            }
            return .success(.integer(Int(number)))
        case .decimal:
            guard let number = number(text) else {
                return .failure(Problem(message: DatasetMessages.notANumber(text, name), hint: DatasetMessages.numberHint))
            }
            return .success(.number(number))
        case .percent:
            var body = text
            if body.hasSuffix("%") { body = String(body.dropLast()).trimmingCharacters(in: .whitespacesAndSpaces) }
            guard let number = number(body) else {
                return .failure(Problem(message: DatasetMessages.notAPercent(text, name), hint: DatasetMessages.percentHint))
            }
            return .success(.number(number))
        case .date:
            let iso = text.replacingOccurrences(of: ".", with: "-")
            let trimmed = iso.hasSuffix("-") ? String(iso.dropLast()) : iso
            guard trimmed.count == 10, let date = LocalDate(iso: Substring(trimmed)) else {
                return .failure(Problem(message: DatasetMessages.notADate(text, name), hint: DatasetMessages.dateHint))
            }
            return .success(.date(date))
        case .year:
            // `2025 m.` is how a year is often written in Lithuanian.
            var digits = Substring(text)
            if digits.hasSuffix("m.") { digits = digits.dropLast(2) }
            digits = Substring(String(digits).trimmingCharacters(in: .whitespacesAndSpaces))
            guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let year = Int(digits), year >= 1000 else {
                return .failure(Problem(message: DatasetMessages.notAYear(text, name), hint: DatasetMessages.yearHint))
            }
            return .success(.integer(year))
        }
    }

    /// Spaces that may stand between thousands: plain, no-break, narrow no-break, thin.
    static let groupSpaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// `1 234,5`, `1234.5`, `-12`, `−12`: a sign, digit groups (spaces only between digits),
    /// one decimal comma or point.
    static func number(_ text: String) -> Double? {
        var chars = Array(text)
        var negative = false
        if let first = chars.first, first == "-" || first == "−" || first == "+" {
            negative = first != "+"
            chars.removeFirst()
        }
        var digits = ""
        var seenSeparator = false
        for (i, c) in chars.enumerated() {
            if c.isASCIIDigit {
                digits.append(c)
            } else if groupSpaces.contains(c) {
                // Between digits of the whole part only.
                guard !seenSeparator, i > 0, i + 1 < chars.count, chars[i - 1].isASCIIDigit, chars[i + 1].isASCIIDigit else { return nil }
            } else if c == "," || c == "." {
                guard !seenSeparator, i > 0, i + 1 < chars.count, chars[i + 1].isASCIIDigit else { return nil }
                seenSeparator = true
                digits.append(".")
            } else {
                return nil
            }
        }
        guard let first = digits.first, first.isASCIIDigit, let value = Double(digits) else { return nil }
        return negative ? -value : value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension CharacterSet {
    /// Whitespace with the no-break and narrow spaces a spreadsheet may leave around a cell.
    static let whitespacesAndSpaces = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}\u{2009}"))
}
