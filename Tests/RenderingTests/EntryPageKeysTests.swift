import Content
import Testing

@testable import Rendering

/// Entry pages are kept by keys of their inputs: those must change with every entry the page
/// shows, and only with those.
@Suite struct EntryPageKeysTests {
    /// How a file changed: in its body only, below the excerpt (its source), or in how it
    /// shows elsewhere too (its title).
    enum Change { case body, listing }

    static func keys(changing changed: String? = nil, _ change: Change = .listing, global: String = "g") throws -> EntryPageKeys {
        let model = try OutputsFixture.model(retitled: change == .listing ? changed : nil)
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
        #expect(try key(Self.keys(changing: "content/renginiai/rudens-naktis.md"), "bibliotekos", "zarasu") == before)
    }

    @Test func aListFollowsWhatItsEntriesReferToButNotWhatRefersToThem() throws {
        func list(_ keys: EntryPageKeys, _ slug: String) -> String? {
            keys.key("list", entries: [OutputsFixture.index(keys.model, "bibliotekos", slug)])
        }
        let before = try list(Self.keys(), "zarasu")
        #expect(before != nil)
        #expect(try list(Self.keys(changing: "content/bibliotekos/zarasu.md"), "zarasu") != before)
        #expect(try list(Self.keys(changing: "content/bibliotekos/zarasu.md", .body), "zarasu") == before,
            "a body edit below the excerpt does not show in lists")
        // A project naming the library changes the library's page (it lists the project), not its summary.
        #expect(try list(Self.keys(changing: "content/projektai/skaitymo-tiltai.md"), "zarasu") == before)
        #expect(try list(Self.keys(global: "other"), "zarasu") != before)
        let project = try Self.keys().key("list", entries: [OutputsFixture.index(Self.keys().model, "projektai", "skaitymo-tiltai")])
        let retitled = try Self.keys(changing: "content/bibliotekos/zarasu.md")
        #expect(retitled.key("list", entries: [OutputsFixture.index(retitled.model, "projektai", "skaitymo-tiltai")]) != project,
            "a project's summary shows its partner's title")
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
