/// A calendar date without time zone, as written in front matter (`2026-11-28`).
package struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int

    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; `nil` for other shapes or impossible dates.
    package init?(iso text: Substring) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
            let y = LocalDate.number(u[0..<4]), let m = LocalDate.number(u[5..<7]), let d = LocalDate.number(u[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    package var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    package static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    package static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    package static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without Foundation.
    package var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    package init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard (0x30...0x39).contains(b) else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}

/// A date with a time of day (`2026-11-28T10:00`), optionally with a UTC offset.
package struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var date: LocalDate
    package var hour: Int
    package var minute: Int
    package var second: Int
    /// Minutes east of UTC when the text carried an offset (`+02:00`, `Z`); `nil` means the site's zone.
    package var offsetMinutes: Int?

    package init(date: LocalDate, hour: Int, minute: Int, second: Int = 0, offsetMinutes: Int? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` (a space may stand for `T`).
    package init?(iso text: Substring) {
        let u = Array(text.utf8)
        guard u.count >= 16, let date = LocalDate(iso: text.prefix(10)),
            u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "), u[13] == UInt8(ascii: ":"),
            let h = LocalDate.number(u[11..<13]), let m = LocalDate.number(u[14..<16]), h < 24, m < 60
        else { return nil }
        var i = 16
        var s = 0
        if i + 3 <= u.count, u[i] == UInt8(ascii: ":") {
            guard let sec = LocalDate.number(u[(i + 1)..<(i + 3)]), sec < 60 else { return nil }
            s = sec
            i += 3
        }
        var offset: Int?
        if i < u.count {
            if u[i] == UInt8(ascii: "Z"), i + 1 == u.count {
                offset = 0
            } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-"), i + 6 == u.count,
                u[i + 3] == UInt8(ascii: ":"), let oh = LocalDate.number(u[(i + 1)..<(i + 3)]),
                let om = LocalDate.number(u[(i + 4)..<(i + 6)]), oh < 24, om < 60
            {
                offset = (oh * 60 + om) * (u[i] == UInt8(ascii: "-") ? -1 : 1)
            } else {
                return nil
            }
        }
        self.init(date: date, hour: h, minute: m, second: s, offsetMinutes: offset)
    }

    package var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = "\(date)T\(pad(hour)):\(pad(minute))"
        if second != 0 { text += ":\(pad(second))" }
        if let offset = offsetMinutes {
            text += offset == 0 ? "Z" : "\(offset < 0 ? "-" : "+")\(pad(abs(offset) / 60)):\(pad(abs(offset) % 60))"
        }
        return text
    }

    /// Compares wall-clock values; offsets are not applied (front matter rarely mixes them).
    package static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.hour, a.minute, a.second) < (b.date, b.hour, b.minute, b.second)
    }
}
