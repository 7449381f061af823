import Foundation
import Support

/// The `VTIMEZONE` of a zone, read from the system's zone data, so calendar apps place
/// `TZID=` times correctly even without their own copy of the zone.
///
/// Transitions that recur on the same weekday rule every year become one observance with a
/// yearly `RRULE` (Europe/Vilnius: last Sunday of March and of October); irregular ones are
/// listed with `RDATE`. A zone without transitions gets one fixed `STANDARD` observance.
struct VTimeZone {
    /// One change of offset.
    struct Transition {
        /// The wall-clock time before the change.
        var local: LocalDateTime
        /// The moment of the change, in UTC.
        var utc: LocalDateTime
        var from: Int
        var to: Int
        var daylight: Bool
        /// `BYMONTH` and `BYDAY` of a yearly rule (`-1SU`: the last Sunday).
        var month: Int { local.date.month }
        var byDay: String {
            let date = local.date
            let nth = date.day + 7 > LocalDate.days(inMonth: date.month, year: date.year) ? -1 : (date.day - 1) / 7 + 1
            return "\(nth)\(Self.weekdays[(date.dayNumber % 7 + 11) % 7])"
        }
        var ruleKey: String { "\(daylight) \(from) \(to) \(month) \(byDay) \(local.hour):\(local.minute):\(local.second)" }

        /// 1970-01-01 was a Thursday.
        static let weekdays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
    }

    let zone: TimeZone
    /// The years the calendar's events fall in; rules are read from a year before to a year after.
    let years: ClosedRange<Int>

    func transitions() -> [Transition] {
        let start = LocalDate(year: years.lowerBound - 1, month: 1, day: 1)!
        let end = LocalDate(year: years.upperBound + 2, month: 1, day: 1)!
        var moment = Date(timeIntervalSince1970: TimeInterval(start.dayNumber * 86400))
        let limit = Date(timeIntervalSince1970: TimeInterval(end.dayNumber * 86400))
        var result: [Transition] = []
        while let next = zone.nextDaylightSavingTimeTransition(after: moment), next < limit {
            let from = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let to = zone.secondsFromGMT(for: next)
            let seconds = Int(next.timeIntervalSince1970)
            result.append(
                Transition(
                    local: SiteClock.wallClock(seconds + from), utc: SiteClock.wallClock(seconds), from: from, to: to,
                    daylight: zone.isDaylightSavingTime(for: next)))
            moment = next
        }
        return result
    }

    func write(to calendar: inout ICalendar) {
        calendar.line("BEGIN", "VTIMEZONE")
        calendar.line("TZID", zone.identifier)
        let all = transitions()
        if all.isEmpty {
            let offset = SiteClock.offset(zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)))
            observance("STANDARD", start: "19700101T000000", from: offset, to: offset, rule: nil, to: &calendar)
        }
        var groups: [(key: String, items: [Transition])] = []
        for transition in all {
            if let i = groups.firstIndex(where: { $0.key == transition.ruleKey }) {
                groups[i].items.append(transition)
            } else {
                groups.append((transition.ruleKey, [transition]))
            }
        }
        let lastYear = all.last?.local.date.year ?? years.upperBound
        for group in groups {
            let first = group.items[0]
            let yearly = group.items.count > 1
                && zip(group.items, group.items.dropFirst()).allSatisfy { $1.local.date.year == $0.local.date.year + 1 }
            var rule: (String, String)?
            if yearly {
                var rrule = "FREQ=YEARLY;BYMONTH=\(first.month);BYDAY=\(first.byDay)"
                if let last = group.items.last, last.local.date.year < lastYear {
                    // The rule stopped: UNTIL is its last change, in UTC.
                    rrule += ";UNTIL=" + SiteClock.icalLocal(last.utc) + "Z"
                }
                rule = ("RRULE", rrule)
            } else if group.items.count > 1 {
                rule = ("RDATE", group.items.dropFirst().map { SiteClock.icalLocal($0.local) }.joined(separator: ","))
            }
            observance(
                first.daylight ? "DAYLIGHT" : "STANDARD", start: SiteClock.icalLocal(first.local),
                from: SiteClock.offset(first.from), to: SiteClock.offset(first.to), rule: rule, to: &calendar)
        }
        calendar.line("END", "VTIMEZONE")
    }

    private func observance(
        _ kind: String, start: String, from: String, to: String, rule: (String, String)?, to calendar: inout ICalendar
    ) {
        calendar.line("BEGIN", kind)
        calendar.line("DTSTART", start)
        calendar.line("TZOFFSETFROM", from)
        calendar.line("TZOFFSETTO", to)
        if let rule { calendar.line(rule.0, rule.1) }
        calendar.line("END", kind)
    }
}
