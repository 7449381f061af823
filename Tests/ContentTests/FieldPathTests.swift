@testable import Content
@testable import Model
@testable import Support
import Testing

/// Field paths as sorts, dates and timelines read them: a name, or names through objects and
/// lists; lists give their items.
@Suite struct FieldPathTests {
    static let fields: FieldValues = {
        var session = FieldValues()
        session["start"] = .date(LocalDate(year: 2026, month: 12, day: 1)!)
        var other = FieldValues()
        other["start"] = .date(LocalDate(year: 2027, month: 1, day: 5)!)
        var fields = FieldValues()
        fields["title"] = .string("Mokymai")
        fields["tags"] = .list([.string("a"), .string("b")])
        fields["sessions"] = .list([.object(session), .object(other)])
        fields["place"] = .object(session)
        return fields
    }()

    @Test func oneNameGivesItsValueOrItsItems() {
        #expect(SiteModel.values("title", in: Self.fields) == [.string("Mokymai")])
        #expect(SiteModel.values("tags", in: Self.fields) == [.string("a"), .string("b")])
        #expect(SiteModel.values("nera", in: Self.fields).isEmpty)
        #expect(SiteModel.values("", in: Self.fields).isEmpty)
    }

    @Test func dottedPathsGoThroughObjectsAndLists() {
        let first = FieldValue.date(LocalDate(year: 2026, month: 12, day: 1)!)
        #expect(SiteModel.values("sessions.start", in: Self.fields) == [first, .date(LocalDate(year: 2027, month: 1, day: 5)!)])
        #expect(SiteModel.values("place.start", in: Self.fields) == [first])
        #expect(SiteModel.values("title.start", in: Self.fields).isEmpty)
        #expect(SiteModel.values("title.", in: Self.fields) == [.string("Mokymai")], "an empty last name is dropped")
    }
}
