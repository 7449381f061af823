import Checks
import Content
import Diagnostics
import Foundation

/// Paths of the fixture sites and the default portal, found from this file's location.
enum Fixtures {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let root = tests.appendingPathComponent("Fixtures")
    static let repository = tests.deletingLastPathComponent()

    /// Set `ZINYNAS_RECORD=1` to rewrite expected outputs instead of comparing against them.
    static var recording: Bool { ProcessInfo.processInfo.environment["ZINYNAS_RECORD"] == "1" }

    static var invalidCases: [String] {
        let folder = root.appendingPathComponent("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }

    /// An invalid case: its files over the shared base content, with the shared schema unless it has its own.
    static func invalidSite(_ name: String) throws -> SiteSource {
        let folder = root.appendingPathComponent("invalid/\(name)")
        let ownConfig = folder.appendingPathComponent("site.yml")
        let configURL = FileManager.default.fileExists(atPath: ownConfig.path)
            ? ownConfig : root.appendingPathComponent("schema.yml")
        var files: [String: SourceFile] = [:]
        var assets: Set<String> = [], staticFiles: Set<String> = [], layouts: [SourceFile] = []
        for base in [root.appendingPathComponent("invalid/_base"), folder] {
            for file in try contentFiles(in: base) { files[file.path] = file }
            assets.formUnion(otherFiles(in: base, "content").filter { !$0.hasSuffix(".md") })
            staticFiles.formUnion(otherFiles(in: base, "static"))
            for path in otherFiles(in: base, "layouts") {
                layouts.append(SourceFile(path: path, bytes: Array(try Data(contentsOf: base.appendingPathComponent(path)))))
            }
        }
        return SiteSource(
            config: SourceFile(path: "site.yml", bytes: Array(try Data(contentsOf: configURL))),
            content: Array(files.values), layouts: layouts, assets: Array(assets), staticFiles: Array(staticFiles))
    }

    /// Paths (from the site folder) of the files under one of its folders.
    static func otherFiles(in site: URL, _ folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: site.appendingPathComponent(folder).path)
        var paths: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = site.appendingPathComponent(folder).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                paths.append(folder + "/" + relative)
            }
        }
        return paths
    }

    static func contentFiles(in site: URL) throws -> [SourceFile] {
        let content = site.appendingPathComponent("content")
        guard let enumerator = FileManager.default.enumerator(atPath: content.path) else { return [] }
        var files: [SourceFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let data = try Data(contentsOf: content.appendingPathComponent(relative))
            files.append(SourceFile(path: "content/" + relative, bytes: Array(data)))
        }
        return files
    }

    /// Diagnostics as the CLI prints them, with source lines, carets and hints.
    static func render(_ result: CheckedSite) -> String {
        let texts = result.texts
        let printer = DiagnosticPrinter(format: .human) { texts[$0] }
        return result.diagnostics.map(printer.render).joined(separator: "\n") + "\n"
    }
}
