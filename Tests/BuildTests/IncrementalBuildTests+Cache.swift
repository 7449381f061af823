import Foundation
import Testing

/// A damaged, foreign or older cache is ignored, never trusted: the build equals a clean one.
extension IncrementalBuildTests {
    @Test(arguments: ["truncated", "altered", "garbage"])
    func aDamagedCacheIsIgnored(_ damage: String) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let first = try build(site, into: output)
        try Self.edit(site, "content/bibliotekos/deichmanske.md") { $0 + "\nPakeitimas.\n" }
        try Self.damage(site.appendingPathComponent(".zinynas-cache/pages"), damage)
        let second = try build(site, into: output)
        #expect(second.pagesRendered == first.pages, "a damaged cache renders every page again")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
    }

    @Test(arguments: ["truncated", "altered", "garbage"])
    func aDamagedParseMemoIsIgnored(_ damage: String) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        try Self.edit(site, "content/bibliotekos/deichmanske.md") { $0 + "\nPakeitimas.\n" }
        try Self.damage(site.appendingPathComponent(".zinynas-cache/parsed"), damage)
        let second = try build(site, into: output)
        #expect(second.sourcesReused == 0, "a damaged memo is not read at all")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        let third = try build(site, into: output)
        #expect(third.sourcesReused == third.entries, "the next build writes a sound memo again")
    }

    @Test(arguments: ["truncated", "altered", "garbage"])
    func aDamagedModelMemoIsIgnored(_ damage: String) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(site, into: output)
        #expect(try build(site, into: output).modelReused, "an unchanged site keeps its model")
        try Self.damage(site.appendingPathComponent(".zinynas-cache/model"), damage)
        let second = try build(site, into: output)
        #expect(!second.modelReused, "a damaged memo is not read at all, though made for the same entries")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        #expect(try build(site, into: output).modelReused, "the next build writes a sound memo again")
    }


    @Test(arguments: ["truncated", "altered", "garbage"])
    func aDamagedSearchIndexMemoIsIgnored(_ damage: String) throws {
        let (site, output, article) = try searchSite()
        _ = try build(site, into: output)
        try Self.edit(site, article) { $0 + "\nPakeitimas.\n" }
        try Self.damage(site.appendingPathComponent(".zinynas-cache/search-index"), damage)
        #expect(try !build(site, into: output).searchIndexPatched, "a damaged merged index is not read at all")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
        try Self.edit(site, article) { $0 + "\nDar vienas.\n" }
        #expect(try build(site, into: output).searchIndexPatched, "the next build patches the index the last one wrote")
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
    }

    @Test(arguments: ["truncated", "altered", "garbage"])
    func aDamagedRowMemoIsIgnored(_ damage: String) throws {
        func site() throws -> (site: URL, output: URL) {
            let site = try BuildFixture.copy("outputs")
            let output = site.deletingLastPathComponent().appendingPathComponent("public")
            _ = try build(site, into: output)
            try Self.referenceChanges[0].apply(site)
            return (site, output)
        }
        let intact = try site()
        let expected = try build(intact.site, into: intact.output).dataRowsMade
        let (damaged, output) = try site()
        try Self.damage(damaged.appendingPathComponent(".zinynas-cache/fragments"), damage)
        let second = try build(damaged, into: output)
        #expect(second.dataRowsMade > expected, "no row is read from a damaged memo")
        #expect(try BuildFixture.tree(output) == cleanTree(of: damaged))
    }

    /// Every cache file, cut short or with one byte changed anywhere, is ignored: the build
    /// equals a clean one. The files are listed from the folder, so a new cache is covered too.
    /// A site with a search index, and one with data files (whose rows are kept).
    @Test(arguments: [
        ("search", ["analyses", "cross-checked", "model", "pages", "parsed", "search-index"]),
        ("outputs", ["cross-checked", "fragments", "model", "pages", "parsed"]),
    ])
    func everyDamagedCacheFileIsIgnored(_ fixture: String, _ files: [String]) throws {
        let pristine: URL
        let change: (URL) throws -> Void
        if fixture == "search" {
            let (site, _, article) = try searchSite()
            pristine = site
            change = { try Self.edit($0, article) { $0 + "\nPakeitimas.\n" } }
        } else {
            pristine = try BuildFixture.copy(fixture)
            change = Self.referenceChanges[0].apply
        }
        let output = pristine.deletingLastPathComponent().appendingPathComponent("public")
        _ = try build(pristine, into: output)
        let cacheFolder = pristine.appendingPathComponent(".zinynas-cache")
        let names = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == files)
        try change(pristine)
        let expected = try cleanTree(of: pristine)
        for name in names {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: cacheFolder.appendingPathComponent(name).path)[.size] as? Int)
            // The start (magic, context), the middle and the end (record table, checksum).
            for damage in ["truncated", "altered at 3", "altered at \(size / 2)", "altered at \(size - 3)"] {
                let copy = try BuildFixture.scratch().appendingPathComponent("site")
                try FileManager.default.copyItem(at: pristine, to: copy)
                let copiedOutput = copy.deletingLastPathComponent().appendingPathComponent("public")
                try FileManager.default.copyItem(at: output, to: copiedOutput)
                let file = copy.appendingPathComponent(".zinynas-cache/" + name)
                var bytes = [UInt8](try Data(contentsOf: file))
                if damage == "truncated" {
                    bytes.removeLast(bytes.count / 3)
                } else {
                    bytes[Int(damage.split(separator: " ").last!)!] ^= 0x20
                }
                try Data(bytes).write(to: file)
                _ = try build(copy, into: copiedOutput)
                #expect(try BuildFixture.tree(copiedOutput) == expected, "\(name) \(damage)")
            }
        }
    }

    /// An older cache, intact but from before the last build (restored from a CI cache, say),
    /// describes neither the sources nor the output folder: it is used only where it matches.
    @Test(arguments: changes)
    func anOlderCacheServesNothingStale(_ change: Change) throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let cache = site.appendingPathComponent(".zinynas-cache")
        let older = site.deletingLastPathComponent().appendingPathComponent("older-cache")
        _ = try build(site, into: output)
        try FileManager.default.copyItem(at: cache, to: older)
        try change.apply(site)
        _ = try build(site, into: output)
        try FileManager.default.removeItem(at: cache)
        try FileManager.default.moveItem(at: older, to: cache)
        _ = try build(site, into: output)
        #expect(try BuildFixture.tree(output) == cleanTree(of: site))
    }
}
