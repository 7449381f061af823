import Foundation
import Support
import Text

/// Places the site's wall-clock values on the timeline: UTC stamps for iCalendar, RFC 3339
/// with the zone's offset for feeds, JSON and the sitemap.
struct SiteClock: Sendable {
    let zone: TimeZone

    init(timeZone identifier: String) {
        // The build already refused unknown zones (BuildClock); UTC only keeps tests simple.
        zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
    }

    /// Seconds east of UTC in effect at a wall-clock time; a value's own offset wins.
    func offsetSeconds(_ value: LocalDateTime) -> Int {
        if let minutes = value.offsetMinutes { return minutes * 60 }
        let wall = Self.seconds(value)
        // Guess with the wall time read as UTC, then correct once: exact except inside DST gaps.
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - guess)))
    }

    /// The same instant in UTC.
    func utc(_ value: LocalDateTime) -> LocalDateTime {
        var utc = Self.wallClock(Self.seconds(value) - offsetSeconds(value))
        utc.offsetMinutes = 0
        return utc
    }

    /// `2026-12-03T10:00:00+02:00`
    func rfc3339(_ value: LocalDateTime) -> String {
        "\(value.date)T\(Self.clock(value))\(Self.offset(offsetSeconds(value), separator: ":"))"
    }

    /// Midnight of a date in the site's zone.
    func rfc3339(_ date: LocalDate) -> String { rfc3339(LocalDateTime(date: date, hour: 0, minute: 0)) }

    /// `20261203T080000Z`, the UTC form of iCalendar.
    func icalUTC(_ value: LocalDateTime) -> String { Self.icalLocal(utc(value)) + "Z" }

    /// `20261203T100000`, a wall-clock time for `TZID=` properties.
    static func icalLocal(_ value: LocalDateTime) -> String {
        icalDate(value.date) + "T" + clock(value).replacingASCII(":", with: "")
    }

    /// `20261203`
    static func icalDate(_ date: LocalDate) -> String { date.description.replacingASCII("-", with: "") }

    /// `+0200` (iCalendar) or `+02:00` (RFC 3339).
    static func offset(_ seconds: Int, separator: String = "") -> String {
        let minutes = abs(seconds) / 60
        return "\(seconds < 0 ? "-" : "+")\(pad(minutes / 60))\(separator)\(pad(minutes % 60))"
    }

    private static func clock(_ value: LocalDateTime) -> String {
        "\(pad(value.hour)):\(pad(value.minute)):\(pad(value.second))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The wall-clock reading `seconds` after 1970-01-01T00:00.
    static func wallClock(_ seconds: Int) -> LocalDateTime {
        let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - day * 86400
        return LocalDateTime(date: LocalDate(dayNumber: day), hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    /// Seconds since 1970 of the wall-clock reading, as if it were UTC.
    static func seconds(_ value: LocalDateTime) -> Int {
        value.date.dayNumber * 86400 + value.hour * 3600 + value.minute * 60 + value.second
    }
}
