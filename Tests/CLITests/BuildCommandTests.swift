import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsIntoPublicWithASummary() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = try CLI.run(["build", "--now", "2026-05-01"], in: site)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("reading site…\nparsing 5 files…\n"), "plain progress lines when not a terminal")
        #expect(output.stderr.contains("\nbuilt 5 entries into 16 pages (21 files written) in public/ in "))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/projektai/index.html").path))

        let again = try CLI.run(["build", "--now", "2026-05-01"], in: site)
        #expect(again.stderr.contains("(0 files written, 21 unchanged) in public/"), "an unchanged site rewrites nothing")
        let page = site.appendingPathComponent("content/laikinas.md")
        try "---\ntitle: Laikinas\n---\n".write(to: page, atomically: true, encoding: .utf8)
        let larger = try CLI.run(["build", "--now", "2026-05-01"], in: site)
        #expect(larger.stderr.contains("(2 files written, 20 unchanged)"), "the new page and sitemap.xml")
        try FileManager.default.removeItem(at: page)
        let smaller = try CLI.run(["build", "--now", "2026-05-01"], in: site)
        #expect(smaller.stderr.contains("(1 file written, 20 unchanged, 1 removed)"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/laikinas").path))

        let elsewhere = scratch.appendingPathComponent("out")
        let second = try CLI.run(["build", "--site", site.path, "--output", elsewhere.path, "--now", "2026-05-01"])
        #expect(second.status == 0)
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("index.html").path))
    }

    /// `--timings` prints each stage's time on a line of its own, and what was reused.
    @Test func timingsListEveryStage() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plain = try CLI.run(["build", "--now", "2026-05-01"], in: site)
        #expect(plain.status == 0 && !plain.stderr.contains("\n  load: "))
        let timed = try CLI.run(["build", "--now", "2026-05-01", "--timings"], in: site)
        #expect(timed.status == 0, "\(timed.stderr)")
        let lines = timed.stderr.split(separator: "\n").map(String.init)
        for stage in ["load", "parse", "check", "layouts", "derive", "prepare", "render", "outputs", "write"] {
            #expect(lines.contains { $0.wholeMatch(of: try! Regex("  \(stage): [0-9.]+ m?s")) != nil }, "\(stage)")
        }
        #expect(lines.contains { $0.hasPrefix("  reused: 5 of 5 parses; model kept;") }, "\(timed.stderr)")
    }

    /// `--cache-dir` keeps the caches elsewhere; either folder ignores itself in git.
    @Test func theCacheFolderCanBeElsewhereAndIsIgnoredByGit() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let cache = scratch.appendingPathComponent("cache")
        for _ in 0..<2 {
            let result = try CLI.run(["build", "--now", "2026-05-01", "--cache-dir", cache.path, "--timings"], in: site)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let again = try CLI.run(["build", "--now", "2026-05-01", "--cache-dir", cache.path, "--timings"], in: site)
        #expect(again.stderr.contains("  reused: 5 of 5 parses"), "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(".zinynas-cache").path))
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("parsed").path))
        #expect(try String(contentsOf: cache.appendingPathComponent(".gitignore"), encoding: .utf8) == "*\n")
        _ = try CLI.run(["build", "--now", "2026-05-01"], in: site)
        #expect(try String(contentsOf: site.appendingPathComponent(".zinynas-cache/.gitignore"), encoding: .utf8) == "*\n")
        // A folder that holds other things is not ignored whole.
        let shared = scratch.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        #expect(try CLI.run(["build", "--now", "2026-05-01", "--cache-dir", shared.path], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("parsed").path))
        #expect(!FileManager.default.fileExists(atPath: shared.appendingPathComponent(".gitignore").path))
    }

    /// The cache never goes where the build reads sources or writes the site (whose stale
    /// files it removes, and which is published); relative paths are from the current folder.
    @Test(arguments: [".", "public/cache", "public", "content/cache", "static/.cache", "out/cache", "out/cache, content errors"])
    func aCacheFolderAmongTheSourcesOrTheOutputIsRefused(_ argument: String) throws {
        let folder = String(argument.prefix { $0 != "," })
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var arguments = ["build", "--now", "2026-05-01", "--cache-dir", folder]
        if argument.hasSuffix("content errors") {  // the memos of a failed build are written too
            try "---\ntitle: X\n---\n[x](/nera/)\n".write(to: site.appendingPathComponent("content/nauja.md"), atomically: true, encoding: .utf8)
        }
        if folder == "out/cache" {  // the output named by site.yml
            try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8).appending("\noutput: out\n")
                .write(to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        } else if folder == "public" {
            arguments += ["--output", "public"]
        }
        let result = try CLI.run(arguments, in: site)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("refusing to keep the cache in"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(folder).appendingPathComponent("parsed").path))
    }

    @Test func contentErrorsExitOneAndWriteNothing() throws {
        let (scratch, site) = try CLI.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "---\ntitle: X\n---\n[x](/nera/)\n".write(
            to: site.appendingPathComponent("content/nauja.md"), atomically: true, encoding: .utf8)
        let output = try CLI.run(["build"], in: site)
        #expect(output.status == 1)
        #expect(output.stderr.contains("content/nauja.md:4:1: error: link to a missing page '/nera/'"))
        #expect(output.stderr.hasSuffix("1 error in 1 file; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    @Test func aBadNowIsAUsageError() throws {
        let output = try CLI.run(["build", "--site", CLI.fixtures.appendingPathComponent("valid").path, "--now", "vakar", "--output", "/tmp/zinynas-never"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--now must be a date"))
    }
}

@Suite struct ParallelBuildTests {
    /// Work is split into chunks written into slots by index: the thread count never shows.
    @Test func singleThreadedAndParallelBuildsAreIdentical() throws {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = CLI.repository.path
        var trees: [[String: Data]] = []
        for threads in ["1", "2", "7"] {
            let output = scratch.appendingPathComponent("out-\(threads)")
            // A cache of its own: every stage runs from scratch, and nothing is written into the repository.
            let cache = scratch.appendingPathComponent("cache-\(threads)")
            let result = try CLI.run(
                ["build", "--site", site, "--output", output.path, "--cache-dir", cache.path, "--now", "2026-11-28", "--timings"],
                environment: ["ZINYNAS_THREADS": threads])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("  reused: 0 of "), "nothing came from a cache")
            var tree: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: output.path)
            while let path = enumerator?.nextObject() as? String {
                if let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) { tree[path] = data }
            }
            trees.append(tree)
        }
        #expect(trees[0].count > 100)
        #expect(trees[0] == trees[1])
        #expect(trees[0] == trees[2])
    }
}
