import Testing
@testable import Text

@Suite struct SourceTextTests {
    /// A NUL byte (fuzzing found one crashing the Markdown positions) is an error at its place.
    @Test func aNULByteIsAnErrorAtItsPosition() throws {
        let bytes = Array("---\ntitle: X\n---\nŠis tekstas\u{0}.\n".utf8)
        guard case .failure(let diagnostic) = SourceText.decode(bytes, path: "content/a.md") else {
            Issue.record("a NUL byte was accepted")
            return
        }
        #expect(diagnostic.description.hasPrefix("content/a.md:4:12: error: file holds a NUL byte"))
    }

    @Test func textWithoutNULDecodes() {
        #expect((try? SourceText.decode(Array("ąčę\r\nx".utf8), path: "a").get()) == "ąčę\nx")
    }
}
