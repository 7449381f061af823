/// One message in English (what diagnostics print for now) and in Lithuanian (for the
/// message catalogue that will replace these): kept together so they move as one.
package struct DatasetText: Sendable {
    package let en: String
    package let lt: String

    init(_ en: String, lt: String) {
        self.en = en
        self.lt = lt
    }
}
