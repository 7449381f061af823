import Diagnostics
import Foundation
import Support

/// Where the build's "now" comes from: `--now`, else `SOURCE_DATE_EPOCH`, else the clock;
/// never file modification times. The result is wall-clock time in the site's time zone.
package enum BuildClock {
    /// Parses `--now` (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`).
    package static func parse(_ text: String) -> LocalDateTime? {
        if let date = LocalDate(iso: Substring(text)) { return LocalDateTime(date: date, hour: 0, minute: 0) }
        return LocalDateTime(iso: Substring(text))
    }

    /// Checks `--now`, else `SOURCE_DATE_EPOCH`, before any work: a usage error should not
    /// wait for the content to be parsed (the time zone, from site.yml, is checked later).
    package static func check(
        flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(DiagnosticsError) {
        if let flag { _ = try value(of: flag) } else { _ = try epoch(environment) }
    }

    package static func now(
        flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment, timeZone: String,
        clock: () -> Date = Date.init
    ) throws(DiagnosticsError) -> LocalDateTime {
        if let flag { return try value(of: flag) }
        let date = try epoch(environment) ?? clock()
        guard let zone = TimeZone(identifier: timeZone) else {
            throw DiagnosticsError([.error(.unknownTimeZone(timeZone), at: nil, hint: .timeZoneExample("time_zone"))])
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let day = LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) else {
            throw DiagnosticsError([.error(.outputs(.cannotReadDate), at: nil)])
        }
        return LocalDateTime(date: day, hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0)
    }

    private static func value(of flag: String) throws(DiagnosticsError) -> LocalDateTime {
        guard let value = parse(flag) else {
            throw DiagnosticsError([.error(.nowFlag(flag), at: nil)])
        }
        return value
    }

    /// `SOURCE_DATE_EPOCH` as a date; `nil` when it is not set.
    private static func epoch(_ environment: [String: String]) throws(DiagnosticsError) -> Date? {
        guard let epoch = environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = Int(epoch) else {
            throw DiagnosticsError([.error(.sourceDateEpoch(epoch), at: nil)])
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
