import Content
import Foundation
import Testing
import YAML
@testable import zinynas

@Suite struct SchemaExportTests {
    static let repository = CLI.repository

    /// The committed reference in docs/schema is what `zinynas schema` generates now.
    @Test func committedReferenceIsUpToDate() throws {
        let scratch = try CLI.temporaryFolder()
        let names = try SchemaWriter.write(siteFolder: Self.repository, into: scratch)
        #expect(names.count == 12)  // the field reference and a JSON Schema for each of the portal's 11 collections
        for name in names {
            let fresh = try String(contentsOf: scratch.appendingPathComponent(name), encoding: .utf8)
            let committed = try? String(contentsOf: Self.repository.appendingPathComponent("docs/schema/\(name)"), encoding: .utf8)
            #expect(committed == fresh, "docs/schema/\(name) is stale: run zinynas schema")
        }
    }

    /// The JSON Schemas accept every bundled entry's front matter and reject a broken one,
    /// as checked by the `jsonschema` package from PyPI.
    @Test func jsonSchemasValidateTheBundledContent() throws {
        // scripts/test sets ZINYNAS_PYTHON; a plain `swift test` after it finds the same venv.
        let venv = Self.repository.appendingPathComponent(".venv-test/bin/python").path
        let python = try #require(
            ProcessInfo.processInfo.environment["ZINYNAS_PYTHON"] ?? (FileManager.default.isExecutableFile(atPath: venv) ? venv : nil),
            "no Python with jsonschema: run the tests through scripts/test, which installs it in .venv-test")
        let scratch = try CLI.temporaryFolder()
        let schemas = scratch.appendingPathComponent("schemas")
        _ = try SchemaWriter.write(siteFolder: Self.repository, into: schemas)
        let source = try SiteSource.read(siteFolder: Self.repository)
        let instances = scratch.appendingPathComponent("instances")
        var count = 0
        for file in source.content where file.path.split(separator: "/").count == 3 {
            let collection = String(file.path.split(separator: "/")[1])
            try writeInstance(try frontMatterJSON(file), to: instances.appendingPathComponent("\(collection)/\(count).json"))
            count += 1
        }
        #expect(count >= 40)
        let clean = try run(python, [validator, schemas.path, instances.path])
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.hasSuffix("\(count) passed, 0 failed\n"))

        var broken = try #require(try frontMatterJSON(source.content.first { $0.path.hasPrefix("content/mokymai/") }!) as? [String: Any])
        broken["mode"] = "kontaktinis"
        broken["hours"] = "8"
        broken.removeValue(forKey: "location")
        try writeInstance(broken, to: instances.appendingPathComponent("mokymai/broken.json"))
        let dirty = try run(python, [validator, schemas.path, instances.path])
        #expect(dirty.status == 1)
        #expect(dirty.output.contains("INVALID mokymai/broken.json"))
    }

    var validator: String { Self.repository.appendingPathComponent("Tests/Support/validate_json_schema.py").path }

    func frontMatterJSON(_ file: SourceFile) throws -> Any {
        let text = String(decoding: file.bytes, as: UTF8.self)
        guard case .success(let parts) = FrontMatter.split(text, path: file.path) else { throw CocoaError(.fileReadCorruptFile) }
        return json(try YAMLParser().parseDocument(parts.yaml, file: file.path))
    }

    /// YAML 1.2 core-schema values as JSON, as an editor's YAML tooling would see them.
    func json(_ node: YAMLNode) -> Any {
        switch node.kind {
        case .sequence(let items): return items.map(json)
        case .mapping(let pairs): return Dictionary(pairs.map { ($0.key.text ?? "", json($0.value)) }, uniquingKeysWith: { a, _ in a })
        case .scalar:
            switch node.resolved {
            case .null: return NSNull()
            case .bool(let b): return b
            case .int(let i): return i
            case .float(let f): return f
            case .string(let s): return s
            }
        }
    }

    func writeInstance(_ value: Any, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: value).write(to: url)
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
