import Diagnostics
import Foundation
import Text

/// Status of an entry relative to the build's "now", from its dates: `planned` before `opens`,
/// `open` while a date of `deadlines` is ahead, `closed` after the last one.
package struct Timeline: Sendable {
    package enum Status: String, Sendable, CaseIterable { case planned, open, closed }
    /// Dotted path of the opening date (optional).
    package var opens: String?
    /// Dotted path of the deadline dates.
    package var deadlines: String
    package var labels: [Status: String]
    /// Whether pages count the days left to the next date ("liko 5 d."): true for calls, not for events.
    package var countdown: Bool
    /// Dotted path of the start dates (`sessions.start`): once the first has passed while a
    /// deadline remains, the entry is running (`labels.running`: "Vyksta").
    package var starts: String? = nil
    /// Dotted path of the registration deadline: once it has passed, registration is closed
    /// (`labels.registration_closed`: "Registracija baigėsi").
    package var registration: String? = nil
    /// What readers see while running, and once registration has closed; required with `starts`
    /// and `registration`.
    package var runningLabel: String? = nil
    package var registrationClosedLabel: String? = nil

    /// What readers see for a status; site.yml must name every one, so the key is only a fallback.
    package func label(of status: Status) -> String { labels[status] ?? status.rawValue }
}

/// A generated list page: entries of one collection filtered and sorted (`/finansavimas/atviri/`).
package struct ViewSchema: Sendable {
    package var name: String
    package var title: String
    package var description: String?
    package var path: String
    package var collection: String
    /// Field (or `timeline`) → required value, all of which must hold.
    package var filter: [(field: String, value: String)]
    package var sortField: String
    package var sortDescending: Bool
    /// Columns of a table layout; empty for a list.
    package var columns: [String]
    /// How many entries the home page shows (0: none).
    package var homeCount: Int
    package var location: SourceLocation
    /// An `indicator` field whose indicators, of every entry the view holds, the view lists
    /// in one table, behind schedule first (`indicators: indicators`).
    package var indicators: String? = nil
}

/// A link of the main navigation.
package struct MenuItem: Sendable, Hashable {
    package var title: String
    package var path: String
}

/// A taxonomy: the terms of every field that declares `taxonomy: <name>`.
package struct TaxonomySchema: Sendable {
    package var name: String
    package var title: String
    package var path: String
    package var counts: CountForms?
    /// Display names of terms stored as slugs (`skaitmeninis-rastingumas: Skaitmeninis raštingumas`).
    package var labels: [String: String] = [:]

    /// Whether entries may use terms `labels` does not name (`open: true`); a taxonomy with
    /// labels is closed by default, so a misspelt term is an error, not a new page.
    package var isOpen = true

    /// The name a term is shown by: its label, found by the term or by its slug
    /// (`savivaldybės` is labelled as `savivaldybes`), else the term as written.
    package func label(of term: String) -> String {
        guard !labels.isEmpty else { return term }
        return labels[term] ?? labels[Slug.make(term)] ?? term
    }

    /// `label(of:)` for a term whose slug the caller has made already.
    package func label(of term: String, slug: String) -> String {
        labels[term] ?? labels[slug] ?? term
    }
    package var location: SourceLocation

    /// Whether `term` may be used: any term in an open taxonomy, a labelled one (by the term or
    /// its slug) in a closed one.
    package func allows(_ term: String) -> Bool { isOpen || labels[term] != nil || labels[Slug.make(term)] != nil }
}
