import Diagnostics

/// Site-wide settings of the machine-readable outputs (`feeds:` and `api:` in site.yml).
package struct SiteOutputs: Sendable {
    /// URL path of the site-wide Atom feed, which merges every collection with `feed: true`.
    package var feedPath = "/atom.xml"
    /// How many of the newest entries each feed lists.
    package var feedLimit = 50
    /// Folder of the JSON API (`/api/`), one `<collection>.json` per collection; `nil`: no API.
    package var apiPath: String?
    /// Where `api` is written, if it is.
    package var apiLocation: SourceLocation?
    /// Where `feeds` is written, if it is.
    package var feedsLocation: SourceLocation?

    package init() {}
}

/// What a collection publishes besides its pages (`feed`, `calendar`, `jsonld`, `export`).
package struct CollectionOutputs: Sendable {
    /// An Atom feed at `<path>atom.xml`; its entries also go into the site-wide feed.
    package var feed = false
    package var calendar: CalendarSettings?
    /// The schema.org description of each entry; `nil`: a plain `WebPage`.
    package var jsonld: DataTemplate?
    package var export: ExportSettings?

    package init() {}

    /// URL path of the collection's feed.
    package static func feedPath(collectionPath: String) -> String { collectionPath + "atom.xml" }
}

/// An iCalendar file of a collection's events (`calendar:` of a collection).
package struct CalendarSettings: Sendable {
    /// URL path of the calendar (`/mokymai.ics`).
    package var path: String
    /// The calendar's name in calendar apps (RFC 7986 `NAME`).
    package var name: String?
    package var description: String?
    /// Dotted path of the values that are events, one each (`sessions`); `nil`: one event per entry.
    package var events: String?
    /// Date or date-time of an event, inside an `events` item (or of the entry).
    package var start: String
    /// End of an event; `nil`: an all-day event lasts its day, a timed one is a point in time.
    package var end: String?
    package var summary: TextTemplate
    /// `LOCATION` of each event.
    package var eventLocation: TextTemplate?
    /// Fields whose values become `CATEGORIES`.
    package var categories: [String] = []
    /// Fields listed as "Label: value" lines in `DESCRIPTION`.
    package var details: [String] = []
    /// A reminder this many days before each event (`VALARM`).
    package var alarmDays: Int?
    /// Also one `.ics` per entry, at `<collection path><slug>.ics`.
    package var perEntry = false
    /// How often subscribers should reload the calendar (`REFRESH-INTERVAL`).
    package var refreshHours = 12
    package var location: SourceLocation
    /// Where the values of `events`, `start`, `end`, `categories` and `details` are written.
    package var positions: [String: SourceLocation] = [:]

    package init(path: String, start: String, summary: TextTemplate, location: SourceLocation) {
        self.path = path
        self.start = start
        self.summary = summary
        self.location = location
    }

    /// URL path of the calendar of one entry (`/mokymai/x/` → `/mokymai/x.ics`).
    package static func entryPath(entryURL: String) -> String { String(entryURL.dropLast()) + ".ics" }
}

/// Register exports of a collection (`export:`): files beside its pages.
package struct ExportSettings: Sendable {
    /// File name of the spreadsheet export (`registras.csv`).
    package var csv: String?
    /// File name of the JSON export (`registras.json`).
    package var json: String?
    /// Row order; `nil`: the collection's own order.
    package var sortField: String?
    package var sortDescending = false
    package var location: SourceLocation
}
