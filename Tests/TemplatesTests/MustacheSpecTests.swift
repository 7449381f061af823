import Foundation
@testable import Rendering
@testable import Templates
import Testing

/// One case of the Mustache spec (github.com/mustache/spec): `file` is the module
/// (`sections`, `~inheritance`), `name` the case's name in it.
struct SpecCase: CustomTestStringConvertible, Sendable {
    let file: String
    let name: String
    let template: String
    let data: TemplateValue
    let partials: [String: String]
    let expected: String
    var id: String { "\(file): \(name)" }
    var testDescription: String { id }
}

/// Runs every case of the official Mustache spec JSON through the engine.
///
/// The spec lives in `shared/`, the sibling of the repository root, both here and on CI.
@Suite struct MustacheSpecTests {
    /// Cases the engine does not pass, each with why. A listed case that starts passing fails
    /// the test, so the list cannot outlive the deviation it records.
    static let unsupported: [String: String] = Dictionary(
        uniqueKeysWithValues: dynamicNames.map { ("~dynamic-names: \($0)", dynamicNamesReason) })

    /// Every dynamic-names case that fails: the others pass only because they expect what
    /// an unknown partial renders (nothing).
    static let dynamicNames = [
        "Basic Behavior - Name Resolution", "Basic Behavior - Partial", "Context", "Dotted Names", "Dotted Names - Failed Lookup",
        "Dotted names - Context Stacking", "Dotted names - Context Stacking Failed Lookup",
        "Dotted names - Context Stacking Under Repetition", "Inline Indentation", "Padding Whitespace", "Recursion",
        "Standalone Indentation", "Standalone Line Endings", "Standalone Without Newline", "Standalone Without Previous Line",
        "Surrounding Whitespace",
    ]
    static let dynamicNamesReason =
        "dynamic names ({{>*name}}) are not supported: the build checks before rendering that every partial and parent "
        + "exists and gathers the values a page can show through them, which a name known only while rendering would defeat"

    /// `<repository root>/../shared/conformance/mustache-spec`, this file being
    /// `<repository root>/Tests/TemplatesTests/MustacheSpecTests.swift`.
    static let spec = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/mustache-spec")

    /// The spec's modules: every `.json` file of the folder, lambdas being left out of it.
    /// Throws when the folder is missing or holds none.
    static func files() throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: spec.path)) ?? []
        let files = names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        try #require(
            !files.isEmpty, "no Mustache spec at \(spec.path); it must be checked out as shared/ next to the repository")
        return files
    }

    static func cases() throws -> [SpecCase] {
        try files().flatMap { file in
            let json = try Data(contentsOf: spec.appendingPathComponent("\(file).json"))
            let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
            let tests = try #require(root["tests"] as? [[String: Any]], "\(file).json has no tests")
            return try tests.map { test in
                SpecCase(
                    file: file, name: try #require(test["name"] as? String),
                    template: try #require(test["template"] as? String), data: value(test["data"] ?? NSNull()),
                    partials: test["partials"] as? [String: String] ?? [:],
                    expected: try #require(test["expected"] as? String))
            }
        }
    }

    /// A JSON value (as `JSONSerialization` reads it) as a template value. Numbers carry the
    /// type they were read as: `c` for `true` and `false`, `d` for decimals (`1.5`), else whole.
    static func value(_ json: Any) -> TemplateValue {
        switch json {
        case let text as String: return .string(text)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let items as [Any]: return .list(items.map(value))
        case let fields as [String: Any]: return .object(fields.mapValues(value))
        default: return .null
        }
    }

    /// What the engine renders, or why it cannot.
    static func render(_ test: SpecCase) -> String {
        do {
            // The spec names partials freely; the template under test gets a name none uses.
            var templates = ["\u{0}spec": try Template(parsing: test.template)]
            for (name, text) in test.partials { templates[name] = try Template(parsing: text) }
            return String(decoding: try TemplateLibrary(templates).render("\u{0}spec", context: test.data), as: UTF8.self)
        } catch let error as TemplateSyntaxError {
            return "syntax error: \(error.message) at \(error.line):\(error.column)"
        } catch {
            return "render error: \(error)"
        }
    }

    static let all = (try? cases()) ?? []

    @Test(arguments: all)
    func specCase(_ test: SpecCase) {
        let rendered = Self.render(test)
        if let reason = Self.unsupported[test.id] {
            #expect(rendered != test.expected, "now passes (\(reason)): remove it from the list")
        } else {
            #expect(rendered == test.expected, "template: \(String(reflecting: test.template))")
        }
    }

    /// Also fails when the spec is missing, which leaves `specCase` without cases.
    @Test func specIsPresentAndTheListNamesItsCases() throws {
        let cases = try Self.cases()
        let ids = Set(cases.map(\.id))
        for id in Self.unsupported.keys.sorted() where !ids.contains(id) {
            Issue.record("\(id) is listed as unsupported but is no case of the spec")
        }
        for file in try Self.files() {
            let inFile = cases.filter { $0.file == file }
            let passing = inFile.filter { Self.render($0) == $0.expected }.count
            print("Mustache spec \(file): \(passing) of \(inFile.count) cases pass")
        }
    }
}
