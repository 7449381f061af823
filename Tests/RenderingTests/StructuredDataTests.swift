import Foundation
@testable import Rendering
import Testing

/// `jsonld:` templates filled from entries of the outputs fixture.
@Suite struct StructuredDataTests {
    @Test func aCourseAcrossTheAutumnClockChange() throws {
        let model = try OutputsFixture.model()
        let course = try OutputsFixture.jsonld(model, "renginiai", "rudens-naktis")
        #expect(course["@context"] as? String == "https://schema.org")
        #expect(course["@type"] as? String == "Course")
        let instance = try #require(course["hasCourseInstance"] as? [String: Any])
        #expect(instance["startDate"] as? String == "2026-10-24T18:00:00+03:00")
        #expect(instance["endDate"] as? String == "2026-10-25T10:00:00+02:00")
        #expect(instance["courseWorkload"] as? String == "PT6H", "8 academic hours of 45 minutes")
        #expect(instance["courseMode"] as? String == "onsite")
        #expect((instance["location"] as? [String: Any])?["@type"] as? String == "Place")
        let offers = try #require(course["offers"] as? [[String: Any]])
        #expect(offers.count == 1 && (offers[0]["price"] as? NSNumber)?.doubleValue == 12.5)
        #expect(offers[0]["validThrough"] as? String == "2026-10-20")
    }

    @Test func firstAndLastSessionsAndCasesByStoredValue() throws {
        let model = try OutputsFixture.model()
        let course = try OutputsFixture.jsonld(model, "renginiai", "pavasario-kursai")
        let instance = try #require(course["hasCourseInstance"] as? [String: Any])
        #expect(instance["startDate"] as? String == "2026-03-28T20:00:00+02:00")
        #expect(instance["endDate"] as? String == "2026-07-01T11:00:00+00:00")
        #expect(instance["courseMode"] as? String == "online")
        #expect((instance["location"] as? [String: Any])?["@type"] as? String == "VirtualLocation")
    }

    @Test func objectsForAbsentValuesAreLeftOut() throws {
        let model = try OutputsFixture.model()
        let course = try OutputsFixture.jsonld(model, "renginiai", "ziemos-seminaras")
        #expect(course["offers"] == nil, "no fee, no Offer")
        let project = try OutputsFixture.jsonld(model, "projektai", "be-partneriu")
        let funding = try #require(project["funding"] as? [String: Any])
        #expect(funding["amount"] == nil, "no grant, no MonetaryAmount")
        #expect((funding["funder"] as? [String: Any])?["name"] as? String == "Savivaldybė")
    }

    @Test func refsLeadIntoTheReferredEntries() throws {
        let model = try OutputsFixture.model()
        let project = try OutputsFixture.jsonld(model, "projektai", "skaitymo-tiltai")
        let members = try #require(project["member"] as? [[String: Any]])
        #expect(members.map { $0["name"] as? String } == ["Šiaulių „Aušros“ biblioteka; filialas", "Zarasų viešoji biblioteka"])
        #expect(members.map { $0["url"] as? String } == [
            "https://bandymai.example.lt/zinynas/bibliotekos/siauliu/", "https://bandymai.example.lt/zinynas/bibliotekos/zarasu/",
        ])
    }

    @Test func entriesWithoutATemplateAreWebPagesAndScriptsCannotBeClosedEarly() throws {
        let model = try OutputsFixture.model()
        let home = model.site.entries.firstIndex { $0.collection == nil }!
        let page = PageContexts(model: model).jsonld(home)
        #expect(page.hasPrefix(#"{"@context":"https://schema.org","@type":"WebPage","name":"Išbandymų žinynas""#))
        #expect(!page.contains("<"))
    }
}
