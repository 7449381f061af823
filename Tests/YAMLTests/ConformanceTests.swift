import Foundation
import Testing
import YAML

/// Runs every case of the YAML test suite through the parser.
///
/// The suite lives in `shared/`, the sibling of the repository root, both here and on CI.
@Suite struct ConformanceTests {
    /// Cases libyaml 0.2.5 gets wrong, each with what it trips over. The test fails when one of
    /// these starts passing, so the list cannot outlive the deviation it records.
    static let libyamlDeviations: [String: String] = [
        "2JQS": "libyaml rejects block mapping entries with an empty key (': a')",
        "2LFX": "libyaml rejects a reserved directive (%FOO) instead of ignoring it",
        "2SXE": "libyaml ends an anchor name at ':' (&a: is a valid name)",
        "4ABK": "libyaml rejects ':' directly followed by ',' in a flow mapping ('omitted value:,')",
        "4MUZ/00": "libyaml rejects a flow mapping ':' on the line after its quoted key",
        "4MUZ/01": "libyaml rejects a flow mapping ':' on the line after its quoted key",
        "4MUZ/02": "libyaml rejects a flow mapping ':' on the line after its plain key",
        "58MP": "libyaml rejects a flow value starting with ':' ({x: :x})",
        "5MUD": "libyaml rejects a flow ':' on the line after its quoted key, adjacent to the value",
        "5T43": "libyaml rejects a flow value starting with ':' after a quoted key (\"key\"::value)",
        "652Z": "libyaml reads '?' of a flow key '?foo' as the explicit key indicator",
        "6BCT": "libyaml rejects a tab as separation after '-' ('-\\tbaz')",
        "6CA3": "libyaml rejects a tab before a top-level flow sequence",
        "6LVF": "libyaml rejects a reserved directive (%FOO) instead of ignoring it",
        "6M2F": "libyaml rejects a block mapping entry with an empty key (': *a')",
        "7Z25": "libyaml requires '---' before a bare document that follows '...'",
        "8XYN": "libyaml allows only ASCII letters, digits, '-' and '_' in anchor names (&😁)",
        "96NN/00": "libyaml rejects a tab at the start of literal content after its indentation",
        "96NN/01": "libyaml rejects a tab at the start of literal content after its indentation",
        "9C9N": "libyaml accepts flow sequence lines indented less than their mapping key",
        "9HCY": "libyaml accepts a %TAG directive after a document without a '...' end marker",
        "9JBA": "libyaml accepts a comment without a space before it after a flow sequence (']#invalid')",
        "9SA2": "libyaml rejects a multi-line double-quoted implicit key in a flow mapping",
        "A2M4": "libyaml rejects a tab as separation after '-' ('-\\tb')",
        "BEC7": "libyaml rejects %YAML 1.3 instead of warning and reading it as 1.2",
        "CFD4": "libyaml rejects an empty implicit key in a flow sequence ('[ : empty key ]')",
        "CVW2": "libyaml accepts a comment without a space before it after ',' in a flow sequence",
        "DBG4": "libyaml rejects a plain scalar starting with '::' inside a flow sequence",
        "DK3J": "libyaml rejects zero-indented content of a block scalar started on the '---' line",
        "DK95/00": "libyaml rejects a tab after the indentation before a value on its own line",
        "DK95/01": "libyaml accepts a tab as indentation of a double-quoted scalar's continuation line",
        "DK95/03": "libyaml rejects a line holding only a space and a tab before the first key",
        "DK95/04": "libyaml rejects a blank line holding only a tab between mapping entries",
        "EB22": "libyaml accepts a %YAML directive after a document without a '...' end marker",
        "FP8R": "libyaml rejects zero-indented content of a block scalar started on the '---' line",
        "FRK4": "libyaml rejects completely empty flow nodes ('? foo :,' and ': bar')",
        "G5U8": "libyaml accepts '-' as a plain scalar in a flow sequence ('[-, -]')",
        "HM87/00": "libyaml rejects a flow plain scalar starting with ':' ('[:x]')",
        "HM87/01": "libyaml reads '?x' in a flow sequence as an explicit key, giving {x: null}",
        "HWV9": "libyaml rejects a stream holding only a '...' document end marker",
        "JEF9/02": "libyaml drops a keep-chomped scalar's last line of spaces when no line break ends the stream",
        "K3WX": "libyaml rejects a flow ':' on the line after a quoted key and a comment",
        "L24T/01": "libyaml drops a literal scalar's last line of spaces when no line break ends the stream",
        "M2N8/00": "libyaml rejects an empty key in an explicit-key entry ('- ? : x')",
        "M7A3": "libyaml requires '---' before a bare document that follows '...'",
        "MUS6/00": "libyaml accepts a comment without a space before it after a directive ('%YAML 1.1#...')",
        "MUS6/01": "libyaml accepts a %YAML directive after a document without a '...' end marker",
        "MUS6/05": "libyaml rejects an unknown directive (%YAM) instead of ignoring it",
        "MUS6/06": "libyaml rejects an unknown directive (%YAMLL) instead of ignoring it",
        "NHX8": "libyaml rejects a block mapping entry with an empty key and value (':')",
        "NJ66": "libyaml rejects a multi-line plain implicit key in a flow mapping",
        "NKF9": "libyaml rejects empty keys in block and flow mappings",
        "Q5MG": "libyaml rejects a tab before a top-level flow mapping",
        "QB6E": "libyaml accepts a double-quoted value whose continuation lines are not indented",
        "QT73": "libyaml rejects a stream of a comment and a '...' marker with no document",
        "R4YG": "libyaml rejects a tab at the start of folded content after its indentation",
        "RHX7": "libyaml accepts a %YAML directive after a document without a '...' end marker",
        "S3PD": "libyaml rejects a block mapping entry with an empty key (': # Both empty')",
        "S98Z": "libyaml accepts leading space-only lines of a block scalar indented more than its content",
        "SM9W/01": "libyaml rejects a stream holding only ':' (an empty key and value)",
        "SU5Z": "libyaml accepts a comment without a space before it after a quoted scalar",
        "UKK6/00": "libyaml rejects '- :' (an entry that is a mapping with an empty key)",
        "UT92": "libyaml rejects a plain flow key continued on a line starting with '%'",
        "VJP3/01": "libyaml rejects a flow mapping key, ':' and value on separate lines",
        "W4TN": "libyaml reads a zero-indented literal line starting with '%' as a directive",
        "W5VH": "libyaml allows only letters, digits, '-' and '_' in anchor names (&:@*!$\"<foo>:)",
        "X4QW": "libyaml accepts a comment without a space before it after a block scalar indicator ('>#')",
        "Y2GN": "libyaml ends an anchor name at ':' (&an:chor), leaving ':chor' in the value",
        "Y79Y/001": "libyaml rejects a literal scalar line holding a space and a tab",
        "Y79Y/003": "libyaml accepts a tab as indentation inside a flow sequence",
        "Y79Y/010": "libyaml rejects a tab as separation after '-' ('-\\t-1')",
        "YJV2": "libyaml accepts '-' as a plain scalar in a flow sequence ('[-]')",
    ]

    /// Valid YAML that the parser rejects on purpose: the suite does not check key uniqueness,
    /// but YAML 1.2 forbids equal keys, and a duplicated front-matter key is a mistake.
    static let rejectedOnPurpose: [String: String] = [
        "X38W": "duplicate key: the alias *a repeats the key [a, b]"
    ]

    /// `<repository root>/../shared/conformance/yaml-test-suite`, this file being
    /// `<repository root>/Tests/YAMLTests/ConformanceTests.swift`.
    static let suite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/yaml-test-suite")

    /// Case folders (`229Q`, `2G84/00`): every folder holding an `in.yaml`.
    static func caseIDs() throws -> [String] {
        let fm = FileManager.default
        var ids: [String] = []
        for name in try fm.contentsOfDirectory(atPath: suite.path) {
            if fm.fileExists(atPath: suite.appendingPathComponent("\(name)/in.yaml").path) {
                ids.append(name)
            } else if let subs = try? fm.contentsOfDirectory(atPath: suite.appendingPathComponent(name).path) {
                ids += subs.filter { fm.fileExists(atPath: suite.appendingPathComponent("\(name)/\($0)/in.yaml").path) }
                    .map { "\(name)/\($0)" }
            }
        }
        return ids.sorted()
    }

    /// Why the case fails, or `nil` when the parser does what the suite expects.
    static func failure(of id: String) throws -> String? {
        let folder = suite.appendingPathComponent(id)
        let input = try String(contentsOf: folder.appendingPathComponent("in.yaml"), encoding: .utf8)
        let mustFail = FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path)
        let documents: [YAMLNode]
        do {
            documents = try YAMLParser().parseStream(input, file: "in.yaml")
        } catch {
            return mustFail ? nil : "rejected: \(error.diagnostics.map(\.description).joined(separator: "; "))"
        }
        if mustFail { return "accepted invalid input" }
        guard let json = try? String(contentsOf: folder.appendingPathComponent("in.json"), encoding: .utf8) else {
            return nil
        }
        let expected = try JSONValue.documents(json)
        let actual = documents.map { JSONValue($0) }
        guard actual == expected else {
            let got = actual.map { $0?.description ?? "(no JSON form)" }.joined(separator: ", ")
            return "expected \(expected.map(\.description).joined(separator: ", ")), got \(got)"
        }
        return nil
    }

    static func name(of id: String) throws -> String {
        try String(contentsOf: suite.appendingPathComponent("\(id)/==="), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func yamlTestSuite() throws {
        try #require(
            FileManager.default.fileExists(atPath: Self.suite.path),
            "YAML test suite not found at \(Self.suite.path); it must be checked out as shared/ next to the repository")
        let ids = try Self.caseIDs()
        try #require(!ids.isEmpty, "no cases in \(Self.suite.path)")
        var failures: [String: String] = [:]
        for id in ids {
            if let reason = try Self.failure(of: id) { failures[id] = reason }
        }
        let listed = Self.libyamlDeviations.merging(Self.rejectedOnPurpose) { first, _ in first }
        for (id, reason) in failures.sorted(by: { $0.key < $1.key }) where listed[id] == nil {
            Issue.record("\(id) (\(try Self.name(of: id))): \(reason)")
        }
        for id in listed.keys.sorted() where failures[id] == nil {
            Issue.record("\(id) now passes (\(listed[id]!)): remove it from the list")
        }
        print(
            "YAML conformance: \(ids.count - failures.count) of \(ids.count) cases pass, "
                + "\(Self.libyamlDeviations.count) known libyaml deviations, "
                + "\(Self.rejectedOnPurpose.count) duplicate key rejected on purpose")
    }
}
