import Foundation
@testable import Templates
import Testing

/// The limits that keep any template from taking quadratic time or exhausting a thread's
/// stack: nesting in one template (`Template.maximumNesting`), nesting while rendering
/// (`TemplateLibrary.maximumDepth`) and partials that include themselves on every rendering.
@Suite struct TemplateLimitsTests {
    static func nested(_ depth: Int, separator: String = "\n", inner: String = "x") -> String {
        String(repeating: "{{#a}}" + separator, count: depth) + inner + separator
            + String(repeating: "{{/a}}" + separator, count: depth)
    }

    static func library(_ sources: [String: String]) throws -> TemplateLibrary {
        TemplateLibrary(try sources.mapValues { try Template(parsing: $0) })
    }

    static func renderError(_ library: TemplateLibrary, _ name: String, _ data: TemplateValue) -> TemplateRenderError? {
        do {
            _ = try library.render(name, context: data)
            return nil
        } catch {
            return error
        }
    }

    /// 10,000 nested sections stop at the first tag one level too deep (this used to take
    /// seconds, and a deep enough template overflowed the stack of whatever walked it).
    @Test(arguments: [("\n", 51, 1), ("", 1, 301)])
    func tenThousandNestedSectionsAreASyntaxErrorAtTheFirstLevelTooDeep(_ layout: (separator: String, line: Int, column: Int)) {
        let limit = Template.maximumNesting
        #expect(throws: TemplateSyntaxError(
            message: "sections, parents and blocks nest more than \(limit) levels deep",
            hint: "close some before opening more, or move the inner part to a partial of its own",
            line: layout.line, column: layout.column)) { try Template(parsing: Self.nested(10_000, separator: layout.separator)) }
    }

    @Test func nestingUpToTheLimitRenders() throws {
        let library = try Self.library(["main": Self.nested(Template.maximumNesting, inner: "{{a.b}}")])
        let output = try library.render("main", context: ["a": ["b": "x"]])
        #expect(String(decoding: output, as: UTF8.self).filter { !$0.isNewline } == "x")
    }

    /// Names found in frames deep in the context stack (where frames remember what was looked
    /// up below them) resolve as a plain search from the innermost frame outwards would.
    @Test func deepContextStacksResolveNamesInnermostFirst() throws {
        let depth = 45
        // Level i holds `v` when i is a multiple of 3; level 30 is a list of three items.
        var data: TemplateValue = [:]
        for level in stride(from: depth, through: 1, by: -1) {
            var fields: [String: TemplateValue] = ["n": data]
            if level % 3 == 0 { fields["v"] = .int(level) }
            data = level == 30 ? .list([.object(fields), .object(fields.merging(["v": 300]) { $1 }), .object(fields)]) : .object(fields)
        }
        let template = String(repeating: "{{#n}}[{{v}}]", count: depth) + String(repeating: "{{/n}}", count: depth)
        let rendered = try String(decoding: Self.library(["main": template]).render("main", context: ["n": data, "v": 0]), as: UTF8.self)
        let prefix = (1..<30).map { level in "[\(level < 3 ? 0 : level / 3 * 3)]" }.joined()
        let afterPlain = (30...depth).map { level in "[\(level / 3 * 3)]" }.joined()
        let afterOverride = "[300]" + (31...depth).map { level in "[\(level < 33 ? 300 : level / 3 * 3)]" }.joined()
        #expect(rendered == prefix + afterPlain + afterOverride + afterPlain)
    }

    /// A tree `depth` levels deep below its root; leaves have no children of their own (else
    /// `children` would be found on their parent, and the partial would never end).
    static func tree(_ depth: Int) -> TemplateValue {
        ["name": .string("n\(depth)"), "children": depth == 0 ? [] : [tree(depth - 1)]]
    }

    static let recursive = ["main": "{{>tree}}", "tree": "{{name}}{{#children}}({{>tree}}){{/children}}"]

    /// The partial is included once per level and its section opens once more: 49 levels
    /// below the root take 1 + 2 × 49 = 99 of `maximumDepth`.
    @Test func aPartialRecursingOverATreeRendersUpToTheLimit() throws {
        let output = try Self.library(Self.recursive).render("main", context: Self.tree(49))
        #expect(String(decoding: output, as: UTF8.self).hasPrefix("n49(n48(n47("))
        let error = Self.renderError(try Self.library(Self.recursive), "main", Self.tree(50))
        #expect(error?.message == "\"tree\" is included more than \(TemplateLibrary.maximumDepth) levels deep (counting sections and blocks)")
        #expect(error.map { [$0.template, "\($0.line):\($0.column)"] } == ["tree", "1:23"])
    }

    /// Used to stop silently after 64 levels, leaving the page cut off.
    @Test func aPartialIncludingItselfIsAnErrorAtItsTag() throws {
        let error = Self.renderError(try Self.library(["main": "<{{>self}}>", "self": "a\n {{>self}}\n"]), "main", [:])
        #expect(error?.message == "\"self\" is included more than \(TemplateLibrary.maximumDepth) levels deep (counting sections and blocks)")
        #expect(error?.hint == "a template may include itself only inside a section over data that ends, e.g. {{#children}}{{>self}}{{/children}}")
        #expect(error.map { [$0.template, "\($0.line):\($0.column)"] } == ["self", "2:2"])
    }

    @Test func sectionsTooDeepThroughPartialsAreAnErrorAtTheSection() throws {
        // 49 sections, a partial, 49 sections and a partial: the limit is reached before the last section.
        let sources = ["main": Self.nested(49, inner: "{{>inner}}"), "inner": Self.nested(49, inner: "{{>last}}"), "last": "{{#a}}x{{/a}}"]
        let error = Self.renderError(try Self.library(sources), "main", ["a": true])
        #expect(error?.message == "sections, blocks, partials and parents are open more than \(TemplateLibrary.maximumDepth) levels deep")
        #expect(error.map { [$0.template, "\($0.line):\($0.column)"] } == ["last", "1:1"])
    }

    /// Partials and parents that every rendering of their template includes, in a cycle, are
    /// found before rendering; a partial recursing inside a section is not one.
    @Test func endlessInclusionsAreFoundBeforeRendering() throws {
        let library = try Self.library([
            "a": "{{>b}}", "b": "x\n  {{>a}}", "c": "{{#l}}{{>c}}{{/l}}", "d": "{{<d}}{{/d}}", "e": "{{$x}}{{>e}}{{/x}}",
        ])
        let found = library.endlessInclusions().map { "\($0.template) \($0.reference.line):\($0.reference.column) \($0.cycle)" }
        #expect(found == [#"b 2:3 ["a", "b", "a"]"#, #"d 1:1 ["d", "d"]"#])
    }

    /// The deepest renderings the limits allow, and one beyond them, on a thread with a small
    /// stack (512 KB, as secondary threads get on macOS): none overflows it, in a debug build too.
    @Test func theDeepestRenderingsFitASmallStack() throws {
        let library = try Self.library(Self.recursive.merging(["deep": Self.nested(Template.maximumNesting, inner: "{{>deep2}}"),
            "deep2": Self.nested(TemplateLibrary.maximumDepth - Template.maximumNesting - 1)]) { $1 })
        /// Written by the thread before it signals `done`, read after.
        final class Outcome: @unchecked Sendable { var ok: [Bool] = [] }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let ok = [
                (try? library.render("main", context: Self.tree(49))) != nil,
                Self.renderError(library, "main", Self.tree(1_000)) != nil,
                (try? library.render("deep", context: ["a": true])) != nil,
                Self.renderError(library, "deep", ["a": ["a": 1]]) == nil,
            ]
            outcome.ok = ok
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(outcome.ok == [true, true, true, true])
    }
}
