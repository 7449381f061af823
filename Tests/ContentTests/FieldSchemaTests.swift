import Config
import Diagnostics
import Testing

/// `FieldSchema` keeps its fields in a shared box, copied on write: it must still behave as a value.
@Suite struct FieldSchemaTests {
    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        var original = FieldSchema(name: "budget", type: .money, label: "Biudžetas", location: SourceLocation(file: "site.yml", line: 3, column: 5))
        original.unit = "€"
        var copy = original
        copy.label = "Suma"
        copy.unit = nil
        copy.requiredUnless = [("status", "planned")]
        #expect(original.label == "Biudžetas" && original.unit == "€" && original.requiredUnless.isEmpty)
        #expect(copy.label == "Suma" && copy.unit == nil && copy.requiredUnless.count == 1)
        #expect(copy.name == "budget" && copy.location.line == 3, "what was not changed is copied")
        original.required = true
        #expect(!copy.required)
    }
}
