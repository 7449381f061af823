import Build
import Foundation
import Testing

/// An incremental build (reusing .zinynas-cache and the previous output) must equal a clean
/// build of the same sources, byte for byte, after every kind of change.
@Suite struct IncrementalBuildTests {
    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (URL) throws -> Void
        var testDescription: String { name }
    }

    static func edit(_ site: URL, _ path: String, _ transform: (String) -> String) throws {
        let url = site.appendingPathComponent(path)
        try transform(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    static let changes: [Change] = [
        Change(name: "editing a body") { site in
            try edit(site, "content/bibliotekos/deichmanske.md") { $0 + "\nNaujas sakinys.\n" }
        },
        Change(name: "changing a taxonomy value") { site in
            try edit(site, "content/projektai/skaitymo-iskis/index.md") {
                $0.replacingOccurrences(of: "topics: [skaitymo-skatinimas, vaikai]", with: "topics: [skaitymo-skatinimas, senjorai]")
            }
        },
        Change(name: "retitling an entry") { site in
            try edit(site, "content/projektai/nuotoliniai-mokymai.md") {
                $0.replacingOccurrences(of: "title: Nuotoliniai mokymai", with: "title: Nuotoliniai kursai")
            }
        },
        Change(name: "moving an entry to another file") { site in
            let folder = site.appendingPathComponent("content/projektai")
            try FileManager.default.moveItem(
                at: folder.appendingPathComponent("nuotoliniai-mokymai.md"), to: folder.appendingPathComponent("nuotoliniai-kursai.md"))
            try edit(site, "content/projektai/skaitymo-iskis/index.md") {
                $0.replacingOccurrences(of: "../nuotoliniai-mokymai.md", with: "../nuotoliniai-kursai.md")
            }
        },
        // Added, built, then deleted (see `incrementalEqualsClean`): a project on lists, term
        // pages and its coordinator's page.
        Change(name: "deleting an entry") { site in
            try """
            ---
            id: PAVB-2026-099
            title: Laikinas projektas
            status: planned
            coordinator: pavb
            start_date: 2026-03-01
            budget_total: 100
            mode: online
            topics: [vaikai, senjorai]
            ---
            Greitai ištrinsimas.
            """.write(to: site.appendingPathComponent(Self.deletedEntry), atomically: true, encoding: .utf8)
        },
        Change(name: "editing a layout") { site in
            try edit(site, "layouts/partials/item.mustache") { $0.replacingOccurrences(of: "<li>", with: "<li class=\"i\">") }
        },
        // A field's label: a view's title would reach every page (the footer may list views).
        Change(name: "editing site.yml") { site in
            try edit(site, "site.yml") { $0.replacingOccurrences(of: "label: Koordinatorius", with: "label: Koordinatorė") }
        },
    ]

    static let deletedEntry = "content/projektai/laikinas.md"

    /// Damages a cache file: cuts it in half, flips one bit, or replaces it with garbage.
    static func damage(_ file: URL, _ how: String) throws {
        var bytes = [UInt8](try Data(contentsOf: file))
        switch how {
        case "truncated": bytes.removeLast(bytes.count / 2)
        case "altered": bytes[bytes.count / 2] ^= 0x01
        default: bytes = [0xFF, 0x00, 0x13]
        }
        try Data(bytes).write(to: file)
    }

    func build(_ site: URL, into output: URL, now: String = "2026-05-01") throws -> SiteBuilder.Report {
        let report = try SiteBuilder(options: .init(siteFolder: site, output: output, now: now)).run()
        #expect(report.succeeded, "\(report.diagnostics)")
        return report
    }

    /// Builds a fresh copy of `site` without its cache: the reference result.
    func cleanTree(of site: URL, now: String = "2026-05-01") throws -> [String: Data] {
        let copy = try BuildFixture.scratch().appendingPathComponent("clean")
        try FileManager.default.copyItem(at: site, to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent(".zinynas-cache"))
        let output = copy.deletingLastPathComponent().appendingPathComponent("out")
        _ = try build(copy, into: output, now: now)
        return try BuildFixture.tree(output)
    }

    @Test(arguments: changes)
    func incrementalEqualsClean(_ change: Change) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output)
        try change.apply(site)
        if change.name == "deleting an entry" {  // add, build, then delete
            _ = try build(site, into: output)
            try FileManager.default.removeItem(at: site.appendingPathComponent(Self.deletedEntry))
        }
        let second = try build(site, into: output)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        if change.name != "editing a layout" {
            #expect(second.pagesRendered < first.pagesRendered, "unaffected pages are kept, not rendered again")
        }
        if change.name == "editing a body" || change.name == "editing a layout" {
            #expect(second.sourcesReused == second.entries - (change.name == "editing a body" ? 1 : 0), "unchanged files are not parsed again")
        }
    }

    /// A change renders its entry's page again and exactly the pages that show the entry: its
    /// collection's list pages and views, its term pages and the taxonomy's index, the pages
    /// of the entries it refers to and that refer to it, and the home page where it shows.
    /// Pages that show an entry referring to it do not count: they show only its title.
    @Test(arguments: [
        ("editing a body", [  // the excerpt changes; two projects name the library
            "bibliotekos/deichmanske/index.html", "bibliotekos/index.html", "projektai/nuotoliniai-mokymai/index.html",
            "projektai/skaitymo-iskis/index.html",
        ]),
        ("changing a taxonomy value", [  // `vaikai` loses its only entry: its page is removed
            "projektai/skaitymo-iskis/index.html", "projektai/index.html", "projektai/registras/index.html",
            "bibliotekos/pavb/index.html", "bibliotekos/deichmanske/index.html", "temos/index.html",
            "temos/senjorai/index.html", "temos/skaitymo-skatinimas/index.html",
        ]),
        ("retitling an entry", [
            "projektai/nuotoliniai-mokymai/index.html", "projektai/index.html", "projektai/registras/index.html",
            "bibliotekos/deichmanske/index.html", "index.html",
        ]),
    ])
    func aChangeRendersExactlyThePagesThatShowIt(_ name: String, _ expected: [String]) throws {
        let change = try #require(Self.changes.first { $0.name == name })
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        try change.apply(site)
        let second = try build(site, into: output)
        #expect(second.renderedPages.sorted() == expected.sorted())
    }

    /// Lists, term pages, data files and other entries' pages show an entry's excerpt, not its
    /// whole body: an edit further down reaches only the entry's own page and search document.
    @Test func aBodyEditBelowTheExcerptRendersOnlyItsPage() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let paragraph = String(repeating: "Biblioteka kviečia skaitytojus į naujus renginius. ", count: 12)
        try Self.edit(site, "content/bibliotekos/deichmanske.md") { $0 + "\n" + paragraph + "\n" }
        _ = try build(site, into: output)
        try Self.edit(site, "content/bibliotekos/deichmanske.md") { $0 + "\nNaujas sakinys pabaigoje.\n" }
        let below = try build(site, into: output)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        #expect(below.pagesRendered == 1, "the entry's page")
        #expect(below.modelReused, "orders, terms and references are kept")
        #expect(below.crossChecksSkipped)
        #expect(below.dataRowsMade == 0, "no export, API or calendar row shows the body's end")
        try Self.edit(site, "content/bibliotekos/deichmanske.md") {
            $0.replacingOccurrences(of: "Oslo viešoji biblioteka", with: "Oslo miesto biblioteka")
        }
        let top = try build(site, into: output)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        #expect(top.pagesRendered > 1, "the excerpt changed: lists that show it are rendered again")
        #expect(top.modelReused && top.crossChecksSkipped, "the front matter did not change")
    }

    @Test func anUnchangedSiteRendersNothing() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output)
        let second = try build(site, into: output)
        #expect(first.pagesRendered == first.pages)
        #expect(second.pagesRendered == 0)
        #expect(second.filesWritten == 0)
    }

    /// The checks across files are skipped only for files that show what they showed when
    /// the checks last found nothing: an edit that breaks one is reported.
    @Test(arguments: [
        ("coordinator: deichmanske", "coordinator: deichman", "refers to 'deichman'"),
        ("id: PAVB-2025-014", "id: ID_OF_THE_OTHER", "duplicate value"),
    ])
    func anErrorAcrossFilesIsReportedAfterACleanBuild(_ edit: (String, String, String)) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        #expect(try build(site, into: output).crossChecksSkipped, "an unchanged site is not checked across files again")
        let other = try String(contentsOf: site.appendingPathComponent("content/projektai/skaitymo-iskis/index.md"), encoding: .utf8)
        let otherID = try #require(other.split(separator: "\n").first { $0.hasPrefix("id: ") }).dropFirst(4)
        try Self.edit(site, "content/projektai/nuotoliniai-mokymai.md") {
            $0.replacingOccurrences(of: edit.0, with: edit.1.replacingOccurrences(of: "ID_OF_THE_OTHER", with: String(otherID)))
        }
        let report = try SiteBuilder(options: .init(siteFolder: site, output: output, now: "2026-05-01")).run()
        #expect(!report.succeeded && !report.crossChecksSkipped)
        #expect(report.diagnostics.contains { $0.message.contains(edit.2) }, "\(report.diagnostics)")
    }

    /// The link checks are skipped only while every link, its target's place and headings
    /// are what they were when the checks last found nothing: an edit that breaks a link,
    /// in the file that has it or in the file it points to, is reported.
    @Test(arguments: [
        ("content/projektai/nuotoliniai-mokymai.md", "## Apie", "## Apžvalga", "missing heading '#apie'"),
        ("content/projektai/nuotoliniai-mokymai.md", "(/bibliotekos/pavb/)", "(/bibliotekos/nera/)", "missing page"),
    ])
    func aBrokenLinkIsReportedAfterACleanBuild(_ edit: (String, String, String, String)) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        #expect(try !build(site, into: output).linkChecksSkipped)
        #expect(try build(site, into: output).linkChecksSkipped, "an unchanged site's links are not checked again")
        try Self.edit(site, edit.0) { $0.replacingOccurrences(of: edit.1, with: edit.2) }
        let report = try SiteBuilder(options: .init(siteFolder: site, output: output, now: "2026-05-01")).run()
        #expect(!report.succeeded && !report.linkChecksSkipped)
        #expect(report.diagnostics.contains { $0.message.contains(edit.3) }, "\(report.diagnostics)")
    }

    /// A site's own file where a page is rendered (`static/404.html`) is what stays; the
    /// next build keeps it rather than rendering the page and copying the file again.
    @Test(arguments: 0..<3)
    func aSiteOwnFileOverARenderedPageIsKeptByTheNextBuild(_ round: Int) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        try "<!doctype html><title>Nerasta</title><p>Savas 404 puslapis.</p>\n"
            .write(to: site.appendingPathComponent("static/404.html"), atomically: true, encoding: .utf8)
        _ = try build(site, into: output)
        for _ in 0..<2 {
            let again = try build(site, into: output)
            #expect(again.filesWritten == 0, "written \(again.filesWritten), rendered \(again.pagesRendered)")
        }
        #expect(try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8).contains("Savas 404"))
    }

    /// The search fixture with the portal's layouts, which have a search page.
    func searchSite() throws -> (site: URL, output: URL, article: String) {
        let site = try BuildFixture.copy("search")
        for item in ["layouts", "static"] {
            try FileManager.default.copyItem(
                at: BuildFixture.repository.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        let articles = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/straipsniai").path)
        return (site, site.deletingLastPathComponent().appendingPathComponent("public"), "content/straipsniai/" + articles.sorted()[0])
    }

    @Test func anEditedEntryIsPatchedIntoTheSearchIndex() throws {
        let (site, output, article) = try searchSite()
        #expect(try !build(site, into: output).searchIndexPatched)
        for text in ["Visiškai naujas žodis bibliotekininkams.", "Kitas sakinys apie skaitymą."] {
            try Self.edit(site, article) { $0 + "\n" + text + "\n" }
            #expect(try build(site, into: output).searchIndexPatched, "the edited entry's postings are replaced")
            #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        }
    }

    /// Index files are named by their content, so one the last build wrote is kept without
    /// being compared; unless it was changed by hand.
    @Test func searchIndexFilesAreKeptByNameUnlessChangedByHand() throws {
        let (site, output, article) = try searchSite()
        let first = try build(site, into: output)
        // A word of the entry's title: its postings change, its display row (passages too) does
        // not, so the display files, in one folder named by them all, are kept as well.
        try Self.edit(site, article) { $0 + "\nLaiškai.\n" }
        let second = try build(site, into: output)
        #expect(second.dataFilesMade < first.dataFilesMade / 2, "index files of the same name are kept")
        let index = output.appendingPathComponent("paieska/index")
        let shard = try #require(
            FileManager.default.subpathsOfDirectory(atPath: index.path).sorted().first { $0.hasPrefix("t-") })
        try "sugadinta".write(to: index.appendingPathComponent(shard), atomically: true, encoding: .utf8)
        _ = try build(site, into: output)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
    }

    @Test func aFolderRemovedByHandIsMadeAgain() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        try FileManager.default.removeItem(at: output.appendingPathComponent("apie"))
        let second = try build(site, into: output)
        #expect(second.pagesRendered == 1, "the page's record no longer matches a file")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
    }

    @Test func anOutputFileChangedByHandIsRenderedAgain() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        let page = output.appendingPathComponent("apie/index.html")
        try "sugadinta".write(to: page, atomically: true, encoding: .utf8)
        let second = try build(site, into: output)
        #expect(second.pagesRendered == 1)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
    }

    /// Changes that reach other entries' pages only through refs: entry pages are kept by
    /// keys of their inputs, so these check that the keys follow refs both ways.
    static let referenceChanges: [Change] = [
        Change(name: "retitling a library that projects name") { site in
            try edit(site, "content/bibliotekos/zarasu.md") { $0.replacingOccurrences(of: "title: Zarasų viešoji biblioteka", with: "title: Zarasų rajono biblioteka") }
        },
        Change(name: "editing a project a library page lists") { site in
            try edit(site, "content/projektai/skaitymo-tiltai.md") { $0.replacingOccurrences(of: "start: 2026-02-01", with: "start: 2026-03-01") }
        },
        Change(name: "adding a project that names a library") { site in
            try "---\nid: ZAR-2026-009\ntitle: Naujas projektas\ncoordinator: zarasu\nstart: 2026-06-01\nfunder: LKT\nbudget: 100\n---\n"
                .write(to: site.appendingPathComponent("content/projektai/naujas.md"), atomically: true, encoding: .utf8)
        },
        Change(name: "dropping a partner") { site in
            try edit(site, "content/projektai/skaitymo-tiltai.md") { $0.replacingOccurrences(of: "partners: [zarasu]", with: "partners: []") }
        },
        // What the summaries of projects naming the library do not show.
        Change(name: "moving a library that projects name to another city") { site in
            try edit(site, "content/bibliotekos/zarasu.md") { $0.replacingOccurrences(of: "city: Zarasai", with: "city: Dusetos") }
        },
        Change(name: "making a library that projects name a draft") { site in
            try edit(site, "content/bibliotekos/zarasu.md") { $0.replacingOccurrences(of: "city: Zarasai", with: "city: Zarasai\ndraft: true") }
        },
        Change(name: "renaming a library's file and the refs to it") { site in
            let folder = site.appendingPathComponent("content/bibliotekos")
            try FileManager.default.moveItem(at: folder.appendingPathComponent("zarasu.md"), to: folder.appendingPathComponent("zarasu-rajono.md"))
            try edit(site, "content/projektai/be-partneriu.md") { $0.replacingOccurrences(of: "coordinator: zarasu", with: "coordinator: zarasu-rajono") }
            try edit(site, "content/projektai/skaitymo-tiltai.md") { $0.replacingOccurrences(of: "partners: [zarasu]", with: "partners: [zarasu-rajono]") }
        },
    ]

    @Test(arguments: referenceChanges)
    func incrementalEqualsCleanAcrossReferences(_ change: Change) throws {
        let site = try BuildFixture.copy("outputs")
        // The portal's layouts: they show back-references with each entry's summary.
        let layouts = site.appendingPathComponent("layouts")
        try FileManager.default.removeItem(at: layouts)
        try FileManager.default.copyItem(at: BuildFixture.repository.appendingPathComponent("layouts"), to: layouts)
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output)
        try change.apply(site)
        let second = try build(site, into: output)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        #expect(second.pagesRendered < first.pagesRendered, "unaffected pages are kept, not rendered again")
        #expect(second.dataFilesMade < first.dataFilesMade, "unaffected calendars, exports and API files are kept")
        #expect(
            second.dataRowsMade > 0 && second.dataRowsMade < first.dataRowsMade,
            "the files made again take the rows of unaffected entries from the last build")
    }

    /// Each output file's inode and modification time, to the nanosecond: what a write changes.
    static func writeStamps(_ folder: URL) throws -> [String: [Int]] {
        try BuildFixture.tree(folder).keys.reduce(into: [:]) { stamps, path in
            var info = stat()
            guard lstat(folder.appendingPathComponent(path).path, &info) == 0 else { return }
            stamps[path] = [Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
        }
    }

    /// Only files whose bytes change are written (a deploy that syncs by time or content moves
    /// only those); an unchanged site writes none.
    @Test func onlyChangedFilesAreWritten() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        let (firstTree, firstStamps) = (try BuildFixture.tree(output), try Self.writeStamps(output))
        _ = try build(site, into: output)
        #expect(try Self.writeStamps(output) == firstStamps, "nothing is written again")
        try Self.changes[0].apply(site)
        _ = try build(site, into: output)
        let (tree, stamps) = (try BuildFixture.tree(output), try Self.writeStamps(output))
        let changed = Set(tree.keys.filter { tree[$0] != firstTree[$0] })
        #expect(changed.count >= 2, "the entry's page and its collection's list")
        #expect(Set(stamps.keys.filter { stamps[$0] != firstStamps[$0] }) == changed)
    }
}
