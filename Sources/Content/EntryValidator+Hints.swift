import Config
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
    static func dateHint(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            if text.contains(".") || text.contains("/") { return "write dates as YYYY-MM-DD, e.g. 2026-11-28" }
            return nil
        }
        guard (1...12).contains(m) else { return "there is no month \(m); months are 01–12" }
        let days = LocalDate.days(inMonth: m, year: y)
        if d > days || d < 1 { return "\(Placeholder.monthNames[m - 1]) \(y) has \(days) days" }
        return "write the date with two-digit month and day, e.g. \(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func numberHint(_ node: YAMLNode) -> String? {
        guard let text = node.text else { return nil }
        if node.resolved != .string(text) || text.isEmpty { return nil }
        if Double(text) != nil || Double(text.replacingOccurrences(of: ",", with: ".")) != nil {
            return text.contains(",") ? "use a decimal point, not a comma: \(text.replacingOccurrences(of: ",", with: "."))" : "remove the quotes around the number"
        }
        return nil
    }
}
