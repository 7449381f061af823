import Diagnostics

/// Site-wide settings of the machine-readable outputs (`feeds:` and `api:` in site.yml).
public struct SiteOutputs: Sendable {
    /// URL path of the site-wide Atom feed, which merges every collection with `feed: true`.
    public var feedPath = "/atom.xml"
    /// How many of the newest entries each feed lists.
    public var feedLimit = 50
    /// Folder of the JSON API (`/api/`), one `<collection>.json` per collection; `nil`: no API.
    public var apiPath: String?
    /// Where `feeds` is written, if it is.
    public var feedsLocation: SourceLocation?

    public init() {}
}

/// What a collection publishes besides its pages (`feed`, `calendar`, `jsonld`, `export`).
public struct CollectionOutputs: Sendable {
    /// An Atom feed at `<path>atom.xml`; its entries also go into the site-wide feed.
    public var feed = false
    public var calendar: CalendarSettings?
    /// The schema.org description of each entry; `nil`: a plain `WebPage`.
    public var jsonld: DataTemplate?
    public var export: ExportSettings?

    public init() {}

    /// URL path of the collection's feed.
    public static func feedPath(collectionPath: String) -> String { collectionPath + "atom.xml" }
}

/// An iCalendar file of a collection's events (`calendar:` of a collection).
public struct CalendarSettings: Sendable {
    /// URL path of the calendar (`/mokymai.ics`).
    public var path: String
    /// The calendar's name in calendar apps (RFC 7986 `NAME`).
    public var name: String?
    public var description: String?
    /// Dotted path of the values that are events, one each (`sessions`); `nil`: one event per entry.
    public var events: String?
    /// Date or date-time of an event, inside an `events` item (or of the entry).
    public var start: String
    /// End of an event; `nil`: an all-day event lasts its day, a timed one is a point in time.
    public var end: String?
    public var summary: TextTemplate
    /// `LOCATION` of each event.
    public var eventLocation: TextTemplate?
    /// Fields whose values become `CATEGORIES`.
    public var categories: [String] = []
    /// Fields listed as "Label: value" lines in `DESCRIPTION`.
    public var details: [String] = []
    /// A reminder this many days before each event (`VALARM`).
    public var alarmDays: Int?
    /// Also one `.ics` per entry, at `<collection path><slug>.ics`.
    public var perEntry = false
    /// How often subscribers should reload the calendar (`REFRESH-INTERVAL`).
    public var refreshHours = 12
    public var location: SourceLocation
    /// Where the values of `events`, `start`, `end`, `categories` and `details` are written.
    public var positions: [String: SourceLocation] = [:]

    public init(path: String, start: String, summary: TextTemplate, location: SourceLocation) {
        self.path = path
        self.start = start
        self.summary = summary
        self.location = location
    }

    /// URL path of the calendar of one entry (`/mokymai/x/` → `/mokymai/x.ics`).
    public static func entryPath(entryURL: String) -> String { String(entryURL.dropLast()) + ".ics" }
}

/// Register exports of a collection (`export:`): files beside its pages.
public struct ExportSettings: Sendable {
    /// File name of the spreadsheet export (`registras.csv`).
    public var csv: String?
    /// File name of the JSON export (`registras.json`).
    public var json: String?
    /// Row order; `nil`: the collection's own order.
    public var sortField: String?
    public var sortDescending = false
    public var location: SourceLocation
}
