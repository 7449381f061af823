import Config
import Diagnostics
import Foundation
import Support
import YAML

/// The checks of text values and the hints of messages about them.
extension EntryValidator {
    static func format(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    }

    static func isURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = components.host, host.contains(".")
        else { return false }
        return !text.contains(" ")
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }

    /// Explains why a date-shaped text is not a date (`2025-02-30`: February has 28 days).
    static func dateHint(_ text: String) -> Message? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            if text.contains(".") || text.contains("/") { return .writeDates }
            return nil
        }
        guard (1...12).contains(m) else { return .noSuchMonth(m) }
        let days = LocalDate.days(inMonth: m, year: y)
        if d > days || d < 1 { return .monthDays(month: m, year: y, days: days) }
        return .twoDigits("\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)")
    }

    static func numberHint(_ node: YAMLNode) -> Message? {
        guard let text = node.text else { return nil }
        if node.resolved != .string(text) || text.isEmpty { return nil }
        if Double(text) != nil || Double(text.replacingOccurrences(of: ",", with: ".")) != nil {
            return text.contains(",") ? .decimalPoint(text.replacingOccurrences(of: ",", with: ".")) : .removeQuotes
        }
        return nil
    }
}
