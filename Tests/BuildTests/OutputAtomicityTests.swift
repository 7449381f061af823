import Build
import Diagnostics
import Foundation
import Testing

/// The output folder changes all at once or not at all: whichever file operation of a rebuild
/// fails, the last site stays byte for byte, and no temporary file is left.
@Suite struct OutputAtomicityTests {
    /// Everything below `folder`, hidden files included: a file's bytes, a folder, a link's target.
    static func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder.path) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            let type = try fm.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?: result[relative] = "folder"
            case .typeSymbolicLink?: result[relative] = "link to " + (try fm.destinationOfSymbolicLink(atPath: path))
            default: result[relative] = try Data(contentsOf: URL(fileURLWithPath: path)).base64EncodedString()
            }
        }
        return result
    }

    /// What a build of ours may leave behind only while it runs.
    static func leftovers(_ snapshot: [String: String]) -> [String] {
        snapshot.keys.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.hasSuffix(".zinynas-tmp") || name == ".zinynas-staging" || name == ".zinynas-lock"
        }.sorted()
    }

    /// A copy of the valid fixture built into `public`, then changed so that a rebuild
    /// rewrites every page (the site's title), adds entries, folders and a static file, and
    /// removes a page (a stale file and its folder).
    static func changedSite() throws -> (site: URL, output: URL) {
        let (site, output, page) = try BuildFixture.builtWithPageToRemove()
        let fm = FileManager.default
        let config = site.appendingPathComponent("site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Bandomasis žinynas", with: "title: Pakeistas žinynas")
            .write(to: config, atomically: true, encoding: .utf8)
        let library = try String(contentsOf: site.appendingPathComponent("content/bibliotekos/pavb.md"), encoding: .utf8)
        try library.replacingOccurrences(of: "Panevėžio apskrities", with: "Naujoji")
            .write(to: site.appendingPathComponent("content/bibliotekos/nauja.md"), atomically: true, encoding: .utf8)
        try fm.removeItem(at: page)
        try fm.createDirectory(at: site.appendingPathComponent("static/naujas"), withIntermediateDirectories: true)
        try Data("naujas".utf8).write(to: site.appendingPathComponent("static/naujas/failas.txt"))
        return (site, output)
    }

    /// Fails the 1st, 2nd, … operation until the rebuild succeeds: each failure leaves the
    /// last site as it was, says what happened, and leaves no temporary file.
    @Test(arguments: [ENOSPC, EIO])
    func everyFailingOperationLeavesTheLastSite(_ code: Int32) throws {
        let (site, output) = try Self.changedSite()
        let before = try Self.snapshot(output)
        #expect(Self.leftovers(before).isEmpty)
        var failing = 1
        while true {
            OutputFaults.inject(into: output, failing: failing, code: code)
            defer { _ = OutputFaults.operations(in: output) }
            do {
                let report = try BuildFixture.build(site, into: output)
                #expect(report.diagnostics.isEmpty)
                break
            } catch {
                let message = (error as? DiagnosticsError)?.diagnostics.map(\.message).joined(separator: "\n") ?? "\(error)"
                let meaning = code == ENOSPC ? "no space left on the device (ENOSPC) at " : "input/output error (EIO) at "
                #expect(message.contains("cannot write the site to \(output.path): " + meaning), "\(message)")
                let after = try Self.snapshot(output)
                #expect(after == before, "operation \(failing): \(Set(after.keys).symmetricDifference(before.keys).sorted())")
                #expect(Self.leftovers(after).isEmpty, "operation \(failing)")
            }
            failing += 1
            try #require(failing < 1000)
        }
        #expect(failing > 40, "every kind of operation was failed: files staged, folders made, links and renames")
        var clean = try BuildFixture.builtTree(site)
        var built = try BuildFixture.tree(output)
        #expect(clean.removeValue(forKey: "sitemap.xml") != nil)
        #expect(built.removeValue(forKey: "sitemap.xml") != nil)
        #expect(built == clean, "the build that succeeded wrote the whole changed site")
        #expect(Self.leftovers(try Self.snapshot(output)).isEmpty)
    }

    /// A fresh output folder is not left behind by a build that fails.
    @Test func aFailedFirstBuildLeavesNoOutputFolder() throws {
        let site = try BuildFixture.copy("valid")
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        for failing in [1, 10, 30] {
            OutputFaults.inject(into: output, failing: failing)
            #expect(throws: DiagnosticsError.self) { try BuildFixture.build(site, into: output) }
            _ = OutputFaults.operations(in: output)
            #expect(!FileManager.default.fileExists(atPath: output.path), "operation \(failing)")
        }
    }
}
