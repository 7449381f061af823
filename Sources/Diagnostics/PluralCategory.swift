/// The CLDR plural categories of Lithuanian cardinals, the one rule every count goes through:
/// the messages' (`2 klaidos`) here, and the pages' (`Text`'s `Lithuanian.count`) on top of it.
public enum PluralCategory: Sendable, Equatable {
    case one, few, other

    /// CLDR `lt` cardinal rule for whole numbers (fractions are not shown with nouns here):
    /// 1, 21, 101 → one; 2–9, 22 → few; 0, 10–20, 30 → other.
    public static func lithuanian(_ n: Int) -> PluralCategory {
        let n10 = abs(n) % 10
        let n100 = abs(n) % 100
        if (11...19).contains(n100) { return .other }
        if n10 == 1 { return .one }
        if n10 >= 2 { return .few }
        return .other
    }

    /// `forms` (one, few, other) picked for `n`: `Lithuanian.plural(21, "klaida", "klaidos", "klaidų")`.
    public static func pick(_ n: Int, _ one: String, _ few: String, _ other: String) -> String {
        switch lithuanian(n) {
        case .one: one
        case .few: few
        case .other: other
        }
    }
}
