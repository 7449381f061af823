import Config
import Content
import Foundation
import Model
import Support

/// iCalendar files (RFC 5545, with RFC 7986 calendar names) of collections with `calendar:`
/// settings: one a calendar app subscribes to, and with `per_entry` one per entry to import.
struct CalendarRenderer {
    /// One event, with every text already filled in.
    struct Event {
        var uid: String
        var start: FieldValue
        var end: FieldValue?
        var summary: String
        var location: String?
        var categories: [String]
        var description: String
        var url: String
        var alarmDays: Int?
    }

    let model: SiteModel
    let evaluator: TemplateEvaluator
    let urls: URLBuilder
    let clock: SiteClock

    init(model: SiteModel, evaluator: TemplateEvaluator) {
        self.model = model
        self.evaluator = evaluator
        urls = URLBuilder(config: model.config)
        clock = SiteClock(timeZone: model.config.timeZone)
    }

    /// An event as the lines of its `VEVENT`, with what the file around it needs: where it
    /// sorts (UTC seconds, then `uid`) and the years of its wall-clock times, which the file's
    /// time zone definition has to cover. Kept from the last build as a row (`FragmentMemo`).
    struct WrittenEvent {
        var sortSeconds: Int
        var uid: String
        var zonedYears: [Int]
        var lines: [UInt8]
    }

    func render(_ reuse: DataReuse) -> [DataFile] {
        var files: [DataFile] = []
        for collection in model.config.collections {
            guard let settings = collection.outputs.calendar else { continue }
            let members = model.collections[collection.name] ?? []
            let path = OutputFile.path(forURL: settings.path)
            // Every event is stamped with the build's date (DTSTAMP): files and rows are keyed by it.
            let stamp = "\(settings.path) on \(model.today.date)"
            let key = reuse.key("calendar \(stamp)", entries: members)
            let kept = reuse.kept(path, key: key)
            let rows = "calendar-events \(stamp)"
            // Each entry's events and own file are independent: made in parallel, kept in order.
            // An entry's events are worked out only for a file that has to be made.
            let perEntry = members.parallelMap { index -> ([WrittenEvent], DataFile?) in
                let entry = model.entry(index)
                let entryPath = OutputFile.path(forURL: CalendarSettings.entryPath(entryURL: entry.url))
                let entryKey = reuse.key("calendar-entry \(stamp)", entries: [index])
                let keptEntry = settings.perEntry ? reuse.kept(entryPath, key: entryKey) : nil
                if kept != nil, !settings.perEntry || keptEntry != nil {
                    reuse.keepRows(rows, of: [index])
                    return ([], keptEntry)
                }
                let events = self.writtenEvents(of: index, settings: settings, collection: collection.name, rows: rows, reuse)
                guard settings.perEntry, !events.isEmpty else { return (events, nil) }
                let file = keptEntry ?? DataFile(
                    self.file(entryPath, name: entry.title, description: nil, pageURL: entry.url, events: events, refreshHours: nil),
                    key: entryKey)
                return (events, file)
            }
            files += perEntry.compactMap(\.1)
            if let kept {
                files.append(kept)
                continue
            }
            var all = perEntry.flatMap(\.0)
            all.sort { a, b in a.sortSeconds != b.sortSeconds ? a.sortSeconds < b.sortSeconds : a.uid < b.uid }
            let name = settings.name ?? "\(model.config.title): \(collection.title)"
            files.append(
                DataFile(
                    file(
                        path, name: name, description: settings.description, pageURL: collection.path, events: all,
                        refreshHours: settings.refreshHours),
                    key: key))
        }
        return files
    }

    /// The entry's events written out: the last build's when its inputs are unchanged.
    private func writtenEvents(
        of index: Int, settings: CalendarSettings, collection: String, rows: String, _ reuse: DataReuse
    ) -> [WrittenEvent] {
        func make() -> [WrittenEvent] { events(of: index, settings: settings, collection: collection).map(written) }
        var made: [WrittenEvent]?
        let row = reuse.row(rows, entry: index) {
            made = make()
            return Self.encode(made!)
        }
        if let made { return made }
        if let decoded = Self.decode(row) { return decoded }
        // Unreadable (a row of another format): made again, and the memo takes the new row.
        let remade = make()
        reuse.replaceRow(rows, entry: index, with: Self.encode(remade))
        return remade
    }

    private func written(_ event: Event) -> WrittenEvent {
        var ics = ICalendar()
        write(event, to: &ics)
        let zoned = ([event.start] + (event.end.map { [$0] } ?? [])).compactMap { value -> Int? in
            if case .dateTime(let t) = value, t.offsetMinutes == nil { return t.date.year }
            return nil
        }
        return WrittenEvent(
            sortSeconds: SiteClock.seconds(Self.sortKey(event.start, clock)), uid: event.uid, zonedYears: zoned, lines: ics.bytes)
    }

    static func encode(_ events: [WrittenEvent]) -> [UInt8] {
        var out = ByteWriter()
        out.varint(events.count)
        for event in events {
            out.word(UInt64(bitPattern: Int64(event.sortSeconds)))
            out.string(event.uid)
            out.varint(event.zonedYears.count)
            for year in event.zonedYears { out.word(UInt64(bitPattern: Int64(year))) }
            out.blob(event.lines)
        }
        return out.bytes
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> [WrittenEvent]? {
        bytes.withUnsafeBytes { raw -> [WrittenEvent]? in
            var reader = ByteReader(raw)
            // A count is never trusted beyond the bytes left: each item takes at least one.
            func count() throws(ByteReader.Malformed) -> Int {
                let count = try reader.varint()
                guard count <= raw.count - reader.offset else { throw ByteReader.Malformed() }
                return count
            }
            func read() throws(ByteReader.Malformed) -> [WrittenEvent] {
                try (0..<count()).map { _ throws(ByteReader.Malformed) in
                    let seconds = Int(Int64(bitPattern: try reader.word()))
                    let uid = try reader.string()
                    let years = try (0..<count()).map { _ throws(ByteReader.Malformed) in
                        Int(Int64(bitPattern: try reader.word()))
                    }
                    return WrittenEvent(sortSeconds: seconds, uid: uid, zonedYears: years, lines: try reader.blob())
                }
            }
            guard let events = try? read(), reader.isAtEnd else { return nil }
            return events
        }
    }

    /// The events of one entry: one per item at `events` (or one for the entry), numbered from 1
    /// in the order written, which keeps each `UID` stable across builds.
    func events(of index: Int, settings: CalendarSettings, collection: String) -> [Event] {
        let entry = model.entry(index)
        let scope = evaluator.scope(entry: index)
        let scopes = settings.events.map { scope.values($0).map(scope.entering) } ?? [scope]
        let host = URL(string: model.config.baseURL)?.host ?? "zinynas"
        var events: [Event] = []
        for (n, item) in scopes.enumerated() {
            guard let start = Self.instant(item.values(settings.start)) else { continue }
            let details = settings.details.compactMap { path -> String? in
                let values = item.values(path)
                guard case .value(_, let field)? = values.first else { return nil }
                return "\(field.label): " + values.map(evaluator.display).joined(separator: ", ")
            }
            let url = urls.absolute(entry.url)
            events.append(
                Event(
                    uid: "\(collection)-\(entry.slug)-\(n + 1)@\(host)", start: start,
                    end: settings.end.flatMap { Self.instant(item.values($0)) },
                    summary: evaluator.text(settings.summary, in: item, show: evaluator.display) ?? entry.title,
                    location: settings.eventLocation.flatMap { evaluator.text($0, in: item, show: evaluator.display) },
                    categories: settings.categories.flatMap { item.values($0).map(evaluator.display) },
                    description: (details + ["Daugiau informacijos: \(url)"]).joined(separator: "\n"), url: url,
                    alarmDays: settings.alarmDays))
        }
        return events
    }

    private static func instant(_ values: [Resolved]) -> FieldValue? {
        for case .value(let value, _) in values {
            switch value {
            case .date, .dateTime: return value
            default: continue
            }
        }
        return nil
    }

    private static func sortKey(_ value: FieldValue, _ clock: SiteClock) -> LocalDateTime {
        switch value {
        case .date(let d): return clock.utc(LocalDateTime(date: d, hour: 0, minute: 0))
        case .dateTime(let t): return clock.utc(t)
        default: return LocalDateTime(date: LocalDate(dayNumber: 0), hour: 0, minute: 0)
        }
    }

    /// A calendar file at `path` (in the output folder); `refreshHours` is set for calendars
    /// meant for subscription.
    private func file(
        _ path: String, name: String, description: String?, pageURL: String, events: [WrittenEvent], refreshHours: Int?
    ) -> OutputFile {
        var ics = ICalendar()
        ics.line("BEGIN", "VCALENDAR")
        ics.line("VERSION", "2.0")
        ics.text("PRODID", "-//Zinynas//\(model.config.title)//\(model.config.language.uppercased())")
        ics.line("CALSCALE", "GREGORIAN")
        ics.line("METHOD", "PUBLISH")
        ics.text("NAME", name)
        ics.text("X-WR-CALNAME", name)
        if let description {
            ics.text("DESCRIPTION", description)
            ics.text("X-WR-CALDESC", description)
        }
        ics.line("URL", urls.absolute(pageURL))
        if let refreshHours {
            // Subscribers reload the calendar from SOURCE this often (Outlook reads X-PUBLISHED-TTL).
            let refresh = "PT\(refreshHours)H"
            ics.line("SOURCE;VALUE=URI", urls.absolute("/" + path))
            ics.line("REFRESH-INTERVAL;VALUE=DURATION", refresh)
            ics.line("X-PUBLISHED-TTL", refresh)
        }
        let zoned = events.flatMap(\.zonedYears)
        if let first = zoned.min(), let last = zoned.max() {
            ics.text("X-WR-TIMEZONE", clock.zone.identifier)
            VTimeZone(zone: clock.zone, years: first...last).write(to: &ics)
        }
        for event in events { ics.append(lines: event.lines) }
        ics.line("END", "VCALENDAR")
        return OutputFile(path: path, bytes: ics.bytes)
    }

    private func write(_ event: Event, to ics: inout ICalendar) {
        ics.line("BEGIN", "VEVENT")
        ics.text("UID", event.uid)
        // The build's date (midnight in the site's zone): a calendar rebuilt later the same day
        // is the same file, so a deploy that syncs by content moves nothing.
        ics.line("DTSTAMP", clock.icalUTC(model.today))
        switch event.start {
        case .date(let day):
            // All day: DTEND is exclusive, so the day after the last one.
            var last = day
            if case .date(let end)? = event.end, end > day { last = end }
            ics.line("DTSTART;VALUE=DATE", SiteClock.icalDate(day))
            ics.line("DTEND;VALUE=DATE", SiteClock.icalDate(LocalDate(dayNumber: last.dayNumber + 1)))
        case .dateTime(let start):
            var end = start
            if case .dateTime(let t)? = event.end { end = t }
            ics.line(property("DTSTART", start), value(start))
            ics.line(property("DTEND", end), value(end))
        default:
            break
        }
        ics.text("SUMMARY", event.summary)
        if let location = event.location { ics.text("LOCATION", location) }
        ics.text("DESCRIPTION", event.description)
        if !event.categories.isEmpty { ics.list("CATEGORIES", event.categories) }
        ics.line("URL", event.url)
        if let days = event.alarmDays {
            ics.line("BEGIN", "VALARM")
            ics.line("ACTION", "DISPLAY")
            ics.text("DESCRIPTION", event.summary)
            ics.line("TRIGGER", "-P\(days)D")
            ics.line("END", "VALARM")
        }
        ics.line("END", "VEVENT")
    }

    /// A time with its own offset is written in UTC; a wall-clock time names the site's zone.
    private func property(_ name: String, _ time: LocalDateTime) -> String {
        time.offsetMinutes == nil ? "\(name);TZID=\(clock.zone.identifier)" : name
    }

    private func value(_ time: LocalDateTime) -> String {
        time.offsetMinutes == nil ? SiteClock.icalLocal(time) : clock.icalUTC(time)
    }
}
