import Content
import Foundation
import Support
import Testing
import Text

@Suite struct LithuanianTests {
    let projects = CountForms(one: "projektas", few: "projektai", other: "projektų")

    /// CLDR `lt`: one for 1, 21, 31…101 (not 11); few for 2–9, 22–29… (not 12–19); other for 0, 10–20, 30…
    @Test func pluralFormsFrom0To111() {
        var expected: [Int: String] = [:]
        for n in 0...111 {
            let (n10, n100) = (n % 10, n % 100)
            if (11...19).contains(n100) { expected[n] = "projektų" }
            else if n10 == 1 { expected[n] = "projektas" }
            else if n10 >= 2 { expected[n] = "projektai" }
            else { expected[n] = "projektų" }
        }
        for n in 0...111 {
            #expect(Lithuanian.count(n, projects) == "\(Lithuanian.integer(n)) \(expected[n]!)")
        }
        // Spot checks written out, independent of the loop's rule.
        let cases: [(Int, String)] = [
            (0, "0 projektų"), (1, "1 projektas"), (2, "2 projektai"), (9, "9 projektai"), (10, "10 projektų"),
            (11, "11 projektų"), (12, "12 projektų"), (19, "19 projektų"), (20, "20 projektų"), (21, "21 projektas"),
            (22, "22 projektai"), (101, "101 projektas"), (111, "111 projektų"),
        ]
        for (n, text) in cases { #expect(Lithuanian.count(n, projects) == text) }
    }

    @Test func longDatesUseTheGenitiveMonth() {
        let months = [
            "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
            "lapkričio", "gruodžio",
        ]
        for (i, month) in months.enumerated() {
            #expect(Lithuanian.longDate(LocalDate(year: 2026, month: i + 1, day: 28)!) == "2026 m. \(month) 28 d.")
        }
        let session = LocalDateTime(date: LocalDate(year: 2026, month: 6, day: 10)!, hour: 9, minute: 5)
        #expect(Lithuanian.longDateTime(session) == "2026 m. birželio 10 d. 09:05")
    }

    /// Foundation's own Lithuanian long date agrees with ours (the guide's reference).
    @Test func matchesFoundationsLongDate() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "lt_LT")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateStyle = .long
        let date = try #require(ISO8601DateFormatter().date(from: "2026-11-28T12:00:00Z"))
        #expect(formatter.string(from: date) == Lithuanian.longDate(LocalDate(year: 2026, month: 11, day: 28)!))
    }

    @Test func ranges() {
        let d = { (m: Int, day: Int) in FieldValue.date(LocalDate(year: 2025, month: m, day: day)!) }
        #expect(Lithuanian.range(d(3, 12), d(3, 14)) == "2025 m. kovo 12–14 d.")
        #expect(Lithuanian.range(d(3, 30), d(4, 2)) == "2025 m. kovo 30 d. – 2025 m. balandžio 2 d.")
        let day = LocalDate(year: 2026, month: 6, day: 10)!
        let start = FieldValue.dateTime(LocalDateTime(date: day, hour: 10, minute: 0))
        let end = FieldValue.dateTime(LocalDateTime(date: day, hour: 14, minute: 30))
        #expect(Lithuanian.range(start, end) == "2026 m. birželio 10 d. 10:00–14:30")
    }

    @Test func moneyAndNumbers() {
        let nbsp = "\u{00A0}"
        #expect(Lithuanian.money(Decimal(string: "12500.50")!) == "12\(nbsp)500,50\(nbsp)€")
        #expect(Lithuanian.money(Decimal(string: "3000")!) == "3\(nbsp)000\(nbsp)€")
        #expect(Lithuanian.money(Decimal(string: "0.05")!) == "0,05\(nbsp)€")
        #expect(Lithuanian.money(Decimal(string: "1234567.8")!) == "1\(nbsp)234\(nbsp)567,80\(nbsp)€")
        #expect(Lithuanian.money(Decimal(string: "999")!) == "999\(nbsp)€")
        #expect(Lithuanian.percent(80) == "80\(nbsp)%")
        #expect(Lithuanian.number(12.5) == "12,5")
        #expect(Lithuanian.number(1200) == "1\(nbsp)200")
    }

    @Test func collationFollowsTheLithuanianAlphabet() {
        let words = ["žuvis", "zebras", "šaltinis", "sala", "tiltas", "čiobrelis", "cukrus", "dėžė", "ąžuolas", "anykštėnai", "yla", "ieva", "jonas"]
        let sorted = words.sorted(by: Collation.isOrderedBefore)
        #expect(sorted == ["anykštėnai", "ąžuolas", "cukrus", "čiobrelis", "dėžė", "ieva", "yla", "jonas", "sala", "šaltinis", "tiltas", "zebras", "žuvis"])
    }
}
