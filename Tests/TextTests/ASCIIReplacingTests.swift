import Testing
@testable import Text

@Suite struct ASCIIReplacingTests {
    @Test func replacesEveryOccurrenceAndLeavesOtherCharacters() {
        #expect("12500.50".replacingASCII(".", with: ",") == "12500,50")
        #expect("2026-11-28T10:00".replacingASCII("T", with: " ") == "2026-11-28 10:00")
        #expect("Ąžuolas\nŠiauliai\n".replacingASCII("\n", with: "<br>\n") == "Ąžuolas<br>\nŠiauliai<br>\n")
        #expect("10:00:00".replacingASCII(":", with: "") == "100000")
        #expect("be pakeitimų".replacingASCII("-", with: "") == "be pakeitimų")
    }
}
