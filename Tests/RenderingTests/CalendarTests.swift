import Foundation
@testable import Model
@testable import Rendering
import Testing

/// Events of the outputs fixture: stable UIDs, zone-aware times, all-day deadlines, alarms.
@Suite struct CalendarTests {
    func calendar(_ model: SiteModel, _ path: String) -> String {
        let files = CalendarRenderer(model: model, evaluator: TemplateEvaluator(formats: ValueFormats(model: model))).render(.none)
        return String(decoding: files.first { $0.path == path }?.bytes ?? [], as: UTF8.self)
            .replacingOccurrences(of: "\r\n ", with: "")  // unfolded
    }

    func events(_ ics: String) -> [String] {
        ics.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map { $0.components(separatedBy: "END:VEVENT")[0] }
    }

    @Test func uidsComeFromSlugAndSessionAndStayWhenTheBuildDateChanges() throws {
        let november = calendar(try OutputsFixture.model(now: "2026-11-28T00:00"), "renginiai.ics")
        let march = calendar(try OutputsFixture.model(now: "2027-03-01T12:00"), "renginiai.ics")
        let uids = { (ics: String) in ics.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(november) == [
            "UID:renginiai-pavasario-kursai-1@bandymai.example.lt", "UID:renginiai-pavasario-kursai-2@bandymai.example.lt",
            "UID:renginiai-pavasario-kursai-3@bandymai.example.lt", "UID:renginiai-rudens-naktis-1@bandymai.example.lt",
            "UID:renginiai-ziemos-seminaras-1@bandymai.example.lt",
        ])
        #expect(uids(march) == uids(november))
        // DTSTAMP is the build's date: midnight in Vilnius, in UTC.
        #expect(november.contains("DTSTAMP:20261127T220000Z") && march.contains("DTSTAMP:20270228T220000Z"))
    }

    @Test func uidsDoNotDependOnOtherEntries() throws {
        let model = try OutputsFixture.model()
        let evaluator = TemplateEvaluator(formats: ValueFormats(model: model))
        let settings = try #require(model.config.collection("renginiai")?.outputs.calendar)
        let renderer = CalendarRenderer(model: model, evaluator: evaluator)
        let index = OutputsFixture.index(model, "renginiai", "rudens-naktis")
        var site = model.site
        site.entries.removeAll { $0.slug == "pavasario-kursai" }
        let fewer = SiteModel(site: site, now: model.now)
        let moved = CalendarRenderer(model: fewer, evaluator: TemplateEvaluator(formats: ValueFormats(model: fewer)))
        let movedIndex = fewer.site.entries.firstIndex { $0.slug == "rudens-naktis" }!
        #expect(movedIndex != index)
        #expect(moved.events(of: movedIndex, settings: settings, collection: "renginiai").map(\.uid)
            == renderer.events(of: index, settings: settings, collection: "renginiai").map(\.uid))
    }

    @Test func aSessionAcrossTheClockChangeKeepsItsWallClockTimes() throws {
        let ics = calendar(try OutputsFixture.model(), "renginiai.ics")
        let night = try #require(events(ics).first { $0.contains("UID:renginiai-rudens-naktis-1@") })
        #expect(night.contains("DTSTART;TZID=Europe/Vilnius:20261024T180000\r\nDTEND;TZID=Europe/Vilnius:20261025T100000\r\n"))
        #expect(night.contains(#"LOCATION:Šiaulių „Aušros“ biblioteka\, Vilniaus g. 1\; 2 aukštas"#))
        // Numbers keep their no-break spaces (8 akad. val., 12,50 €) as on pages.
        #expect(night.contains("DESCRIPTION:Trukmė: 8\u{A0}akad. val.\\nRegistracija iki: 2026 m. spalio 20 d.\\nKaina: 12\\,50\u{A0}€"))
        #expect(night.contains("CATEGORIES:Seminaras,Skaitmeninės,Kultūrinės"))
        let utc = try #require(events(ics).first { $0.contains("UID:renginiai-pavasario-kursai-3@") })
        #expect(utc.contains("DTSTART:20260701T090000Z\r\nDTEND:20260701T110000Z\r\n"), "a time with its own offset is written in UTC")
        #expect(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Vilnius\r\n"))
        #expect(ics.contains("NAME:Išbandymų žinynas: Renginiai\r\n") && ics.contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n"))
    }

    @Test func deadlinesAreAllDayOrTimedWithAnAlarm() throws {
        let ics = calendar(try OutputsFixture.model(), "terminai.ics")
        let all = events(ics)
        let day = try #require(all.first { $0.contains("UID:kvietimai-kultura-1@") })
        #expect(day.contains("DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\n"), "DTEND is exclusive: the next day")
        #expect(day.contains("SUMMARY:Paraiškų pabaiga: Kultūros kvietimas\\, 2027\r\n"))
        #expect(day.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n") && day.contains("TRIGGER:-P7D\r\n"))
        let timed = try #require(all.first { $0.contains("UID:kvietimai-kultura-2@") })
        #expect(timed.contains("DTSTART;TZID=Europe/Vilnius:20270331T170000\r\nDTEND;TZID=Europe/Vilnius:20270331T170000\r\n"))
        let fallback = try #require(all.first { $0.contains("UID:kvietimai-mainai-1@") })
        #expect(fallback.contains("SUMMARY:Terminas: Mainų programa\r\n"), "a deadline without a label")
    }
}
