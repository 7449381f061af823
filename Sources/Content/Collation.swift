import Foundation

/// Lithuanian alphabetical order through ICU (`lt`: c < č < d, s < š < t, y with i, z < ž).
public enum Collation {
    static let locale = Locale(identifier: "lt")

    public static func isOrderedBefore(_ a: String, _ b: String) -> Bool {
        let result = a.compare(b, options: [.caseInsensitive], range: nil, locale: locale)
        if result == .orderedSame { return a < b }
        return result == .orderedAscending
    }
}
