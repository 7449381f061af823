@testable import Rendering
import Testing

/// RFC 5545 content lines: folding at 75 octets that never splits a UTF-8 character, and TEXT escaping.
@Suite struct ICalendarTests {
    /// The physical lines of a written calendar, without their CRLF.
    func physicalLines(_ ics: ICalendar) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        var bytes = ics.bytes[...]
        while let byte = bytes.first {
            bytes = bytes.dropFirst()
            if byte == 0x0D, bytes.first == 0x0A {
                bytes = bytes.dropFirst()
                lines.append([])
            } else {
                lines[lines.count - 1].append(byte)
            }
        }
        return lines.dropLast()
    }

    /// Unfolding (RFC 5545 §3.1): remove every CRLF followed by one space.
    func unfolded(_ ics: ICalendar) -> String {
        String(decoding: ics.bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
    }

    @Test func aLineOf75OctetsIsNotFolded() {
        var ics = ICalendar()
        ics.line("SUMMARY", String(repeating: "a", count: 75 - "SUMMARY:".count))
        #expect(physicalLines(ics).map(\.count) == [75])
    }

    @Test func aLineOf76OctetsFoldsWithALeadingSpace() {
        var ics = ICalendar()
        ics.line("SUMMARY", String(repeating: "a", count: 76 - "SUMMARY:".count))
        let lines = physicalLines(ics)
        #expect(lines.map(\.count) == [75, 2])
        #expect(lines[1] == Array(" a".utf8))
    }

    /// `ą` is two octets: at every offset of the first one, no fold may fall between them.
    @Test(arguments: 0..<4) func foldsNeverSplitMultiByteCharacters(shift: Int) throws {
        for letter in ["ą", "Ž", "€", "𝄞"] {
            var ics = ICalendar()
            let text = String(repeating: "x", count: shift) + String(repeating: letter + "b", count: 120)
            ics.text("DESCRIPTION", text)
            for line in physicalLines(ics) {
                #expect(line.count <= 75)
                #expect(String(validating: line, as: UTF8.self) != nil, "a fold split \(letter)")
            }
            #expect(unfolded(ics) == "DESCRIPTION:\(text)\r\n")
        }
    }

    @Test func continuationLinesHoldAtMost74OctetsAfterTheSpace() {
        var ics = ICalendar()
        ics.text("DESCRIPTION", String(repeating: "ž", count: 200))
        let lines = physicalLines(ics)
        #expect(lines.count > 3)
        #expect(lines.dropFirst().allSatisfy { $0.first == 0x20 && $0.count <= 75 })
        #expect(lines.dropLast().allSatisfy { $0.count >= 74 }, "lines are filled as far as characters allow")
    }

    @Test func textIsEscaped() {
        func escape(_ text: String) -> String { String(decoding: ICalendar.escape(text), as: UTF8.self) }
        #expect(escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(escape("eilutė\nkita\r\ntrečia") == #"eilutė\nkita\ntrečia"#)
        #expect(escape("be\u{7}valdymo") == "bevaldymo")
        #expect(escape("\u{85}C1 valdymas lieka") == "\u{85}C1 valdymas lieka", "only C0 controls and DEL are dropped")
        var ics = ICalendar()
        ics.list("CATEGORIES", ["Seminaras", "Vilnius, Kaunas"])
        #expect(String(decoding: ics.bytes, as: UTF8.self) == "CATEGORIES:Seminaras,Vilnius\\, Kaunas\r\n")
    }

    @Test func everyLineEndsInCRLF() {
        var ics = ICalendar()
        ics.line("BEGIN", "VCALENDAR")
        ics.text("NAME", String(repeating: "Mokymai ", count: 20))
        ics.line("END", "VCALENDAR")
        let text = String(decoding: ics.bytes, as: UTF8.self)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
