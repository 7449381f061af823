import Diagnostics
import Foundation
import Text

/// A collection declared under `collections:` in site.yml.
///
/// A class: schemas are looked up for every entry in every stage and never change after
/// site.yml is read, so a lookup costs one reference count, not one per property.
package final class CollectionSchema: Sendable {
    package let name: String
    /// Folder under `content/`.
    package let folder: String
    /// URL path of the collection index, with leading and trailing slash (`/projektai/`).
    package let path: String
    /// Heading of the collection (`Projektų registras`).
    package let title: String
    package let singular: String
    package let counts: CountForms
    package let description: String?
    /// Field to sort by, descending when `sortDescending`.
    package let sortField: String
    package let sortDescending: Bool
    package let pageSize: Int
    package let fields: [FieldSchema]
    /// The date that places an entry in time (feeds, "newest" lists); a dotted path.
    package let dateField: String?
    /// The text field shown as an entry's excerpt in lists.
    package let excerptField: String?
    /// Fields shown with each entry in lists.
    package let metaFields: [String]
    /// How many newest entries the home page shows (0: none).
    package let homeCount: Int
    package let timeline: Timeline?
    package let location: SourceLocation
    /// Feed, calendar, structured data and exports (see OutputSettings.swift).
    package let outputs: CollectionOutputs


    package init(
        name: String, folder: String, path: String, title: String, singular: String, counts: CountForms,
        description: String?, sortField: String, sortDescending: Bool, pageSize: Int, fields: [FieldSchema],
        dateField: String?, excerptField: String?, metaFields: [String] = [], homeCount: Int = 0,
        timeline: Timeline?, location: SourceLocation, outputs: CollectionOutputs = CollectionOutputs()
    ) {
        self.name = name
        self.folder = folder
        self.path = path
        self.title = title
        self.singular = singular
        self.counts = counts
        self.description = description
        self.sortField = sortField
        self.sortDescending = sortDescending
        self.pageSize = pageSize
        self.fields = fields
        self.dateField = dateField
        self.excerptField = excerptField
        self.metaFields = metaFields
        self.homeCount = homeCount
        self.timeline = timeline
        self.location = location
        self.outputs = outputs
    }

    package func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }
}
