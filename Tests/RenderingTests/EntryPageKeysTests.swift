@testable import Rendering
import Testing

/// Entry pages are kept by keys of their inputs: those must change with every entry the page
/// shows, and only with those.
@Suite struct EntryPageKeysTests {
    /// How a file changed: in its body only, below the excerpt (its source), in a field that
    /// summaries of the entries naming it do not show (a library's city), or in how it shows
    /// everywhere (its title).
    enum Change { case body, unnamed, listing }

    static func keys(changing changed: String? = nil, _ change: Change = .listing, global: String = "g") throws -> EntryPageKeys {
        let model = try OutputsFixture.model(
            retitled: change == .listing ? changed : nil, relocated: change == .unnamed ? changed : nil)
        var fingerprints: [String: String] = [:]
        for entry in model.site.entries { fingerprints[entry.sourcePath] = entry.sourcePath == changed ? "changed" : "same" }
        return EntryPageKeys(model: model, fingerprints: fingerprints, global: global)
    }

    func key(_ keys: EntryPageKeys, _ collection: String, _ slug: String) -> String? {
        keys.key(entry: OutputsFixture.index(keys.model, collection, slug), template: "_default/entry")
    }

    @Test func aProjectPageFollowsTheLibrariesItNamesAndNothingElse() throws {
        let before = try key(Self.keys(), "projektai", "skaitymo-tiltai")
        #expect(before != nil)
        #expect(try key(Self.keys(changing: "content/projektai/skaitymo-tiltai.md", .body), "projektai", "skaitymo-tiltai") != before)
        #expect(try key(Self.keys(changing: "content/bibliotekos/zarasu.md"), "projektai", "skaitymo-tiltai") != before, "a partner")
        #expect(try key(Self.keys(changing: "content/bibliotekos/zarasu.md", .body), "projektai", "skaitymo-tiltai") == before,
            "a partner's body does not show")
        #expect(try key(Self.keys(changing: "content/bibliotekos/zarasu.md", .unnamed), "projektai", "skaitymo-tiltai") != before,
            "the page's JSON-LD follows its refs")
        #expect(try key(Self.keys(changing: "content/kvietimai/kultura.md"), "projektai", "skaitymo-tiltai") == before)
        #expect(try key(Self.keys(changing: "content/projektai/trecias.md"), "projektai", "skaitymo-tiltai") == before)
    }

    @Test func aLibraryPageFollowsTheProjectsThatNameIt() throws {
        let before = try key(Self.keys(), "bibliotekos", "zarasu")
        #expect(try key(Self.keys(changing: "content/projektai/skaitymo-tiltai.md"), "bibliotekos", "zarasu") != before)
        #expect(try key(Self.keys(changing: "content/projektai/skaitymo-tiltai.md", .body), "bibliotekos", "zarasu") == before,
            "the project shows by its summary")
        #expect(try key(Self.keys(changing: "content/bibliotekos/siauliu.md"), "bibliotekos", "zarasu") != before,
            "the coordinator's title shows in the partner project's summary")
        #expect(try key(Self.keys(changing: "content/bibliotekos/siauliu.md", .unnamed), "bibliotekos", "zarasu") == before,
            "the coordinator's city does not")
        #expect(try key(Self.keys(changing: "content/renginiai/rudens-naktis.md"), "bibliotekos", "zarasu") == before)
    }

    @Test func aListFollowsWhatItsEntriesReferToButNotWhatRefersToThem() throws {
        func list(_ keys: EntryPageKeys, _ slug: String, in collection: String = "bibliotekos") -> String? {
            keys.key("list", entries: [OutputsFixture.index(keys.model, collection, slug)], showing: .summaries)
        }
        let before = try list(Self.keys(), "zarasu")
        #expect(before != nil)
        #expect(try list(Self.keys(changing: "content/bibliotekos/zarasu.md"), "zarasu") != before)
        #expect(try list(Self.keys(changing: "content/bibliotekos/zarasu.md", .body), "zarasu") == before,
            "a body edit below the excerpt does not show in lists")
        // A project naming the library changes the library's page (it lists the project), not its summary.
        #expect(try list(Self.keys(changing: "content/projektai/skaitymo-tiltai.md"), "zarasu") == before)
        #expect(try list(Self.keys(global: "other"), "zarasu") != before)
        let project = try list(Self.keys(), "skaitymo-tiltai", in: "projektai")
        #expect(try list(Self.keys(changing: "content/bibliotekos/zarasu.md"), "skaitymo-tiltai", in: "projektai") != project,
            "a project's summary shows its partner's title")
        #expect(try list(Self.keys(changing: "content/bibliotekos/zarasu.md", .unnamed), "skaitymo-tiltai", in: "projektai") == project,
            "and nothing else of it")
    }

    /// Rows (exports, the API, calendars) may follow refs as far as their templates ask.
    @Test func rowsFollowEverythingTheirRefsReach() throws {
        func row(_ keys: EntryPageKeys) -> String? {
            keys.key("export", entries: [OutputsFixture.index(keys.model, "projektai", "skaitymo-tiltai")], showing: .rows)
        }
        let before = try row(Self.keys())
        #expect(before != nil)
        #expect(try row(Self.keys(changing: "content/bibliotekos/zarasu.md", .unnamed)) != before, "a partner's city")
        #expect(try row(Self.keys(changing: "content/bibliotekos/zarasu.md", .body)) == before)
    }

    /// A search document holds the whole entry and the titles of what it names.
    @Test func aSearchDocumentFollowsItsEntryAndWhatItNames() throws {
        func whole(_ keys: EntryPageKeys) -> String? { keys.whole[OutputsFixture.index(keys.model, "projektai", "skaitymo-tiltai")] }
        let before = try whole(Self.keys())
        #expect(before != nil)
        #expect(try whole(Self.keys(changing: "content/projektai/skaitymo-tiltai.md", .body)) != before)
        #expect(try whole(Self.keys(changing: "content/bibliotekos/zarasu.md")) != before)
        #expect(try whole(Self.keys(changing: "content/bibliotekos/zarasu.md", .body)) == before)
    }

    @Test func layoutsSiteYmlAndNowChangeEveryKey() throws {
        #expect(try key(Self.keys(global: "other"), "bibliotekos", "zarasu") != key(Self.keys(), "bibliotekos", "zarasu"))
    }
}
