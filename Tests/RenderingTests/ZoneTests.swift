import Foundation
@testable import Rendering
@testable import Support
import Testing

/// Wall-clock times of the site's zone on the timeline, and the VTIMEZONE written for them.
@Suite struct ZoneTests {
    let vilnius = SiteClock(timeZone: "Europe/Vilnius")

    func time(_ text: String) -> LocalDateTime { LocalDateTime(iso: Substring(text))! }

    @Test func offsetsFollowDaylightSavingTime() {
        #expect(vilnius.rfc3339(time("2026-01-15T10:00")) == "2026-01-15T10:00:00+02:00")
        #expect(vilnius.rfc3339(time("2026-07-01T10:00")) == "2026-07-01T10:00:00+03:00")
        // The last Sunday of October: 04:00 EEST becomes 03:00 EET.
        #expect(vilnius.rfc3339(time("2026-10-25T02:30")) == "2026-10-25T02:30:00+03:00")
        #expect(vilnius.rfc3339(time("2026-10-25T05:00")) == "2026-10-25T05:00:00+02:00")
        #expect(vilnius.rfc3339(time("2026-07-01T09:00Z")) == "2026-07-01T09:00:00+00:00", "an own offset wins")
    }

    @Test func utcStampsForICalendar() {
        #expect(vilnius.icalUTC(time("2026-11-28T00:00")) == "20261127T220000Z")
        #expect(vilnius.icalUTC(time("2026-06-01T01:30")) == "20260531T223000Z")
        #expect(SiteClock.icalLocal(time("2026-03-29T08:05")) == "20260329T080500")
        #expect(SiteClock.offset(-12600) == "-0330")
    }

    @Test func vilniusHasYearlyRulesForTheLastSundays() {
        var ics = ICalendar()
        VTimeZone(zone: TimeZone(identifier: "Europe/Vilnius")!, years: 2026...2027).write(to: &ics)
        let text = String(decoding: ics.bytes, as: UTF8.self)
        #expect(text == """
            BEGIN:VTIMEZONE\r
            TZID:Europe/Vilnius\r
            BEGIN:DAYLIGHT\r
            DTSTART:20250330T030000\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0300\r
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
            END:DAYLIGHT\r
            BEGIN:STANDARD\r
            DTSTART:20251026T040000\r
            TZOFFSETFROM:+0300\r
            TZOFFSETTO:+0200\r
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
            END:STANDARD\r
            END:VTIMEZONE\r

            """)
    }

    @Test func otherRulesAndZonesWithoutDaylightSavingTime() {
        func vtimezone(_ zone: String, _ years: ClosedRange<Int>) -> String {
            var ics = ICalendar()
            VTimeZone(zone: TimeZone(identifier: zone)!, years: years).write(to: &ics)
            return String(decoding: ics.bytes, as: UTF8.self)
        }
        let newYork = vtimezone("America/New_York", 2026...2026)
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"))
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"))
        let tokyo = vtimezone("Asia/Tokyo", 2026...2026)
        #expect(tokyo.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"))
        // Moscow left daylight saving time in 2011: the old rules must stop, not run on.
        let moscow = vtimezone("Europe/Moscow", 2010...2012)
        #expect(moscow.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20100327T230000Z\r\n"))
        #expect(moscow.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20101030T230000Z\r\n"))
        #expect(moscow.contains("DTSTART:20110327T020000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0400\r\nEND:STANDARD"))
    }
}
