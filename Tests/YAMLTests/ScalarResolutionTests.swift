import Testing
import YAML

/// The YAML 1.2 core schema: what each plain, quoted or tagged scalar resolves to.
@Suite struct ScalarResolutionTests {
    static let table: [(String, Scalar)] = [
        // Booleans: only true/false in three spellings; YAML 1.1's yes/no/on/off stay text.
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("NO", .string("NO")), ("Yes", .string("Yes")), ("y", .string("y")), ("tRUE", .string("tRUE")),
        // Null.
        ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null), ("nULL", .string("nULL")),
        // Integers: decimal with an optional sign, 0o octal, 0x hexadecimal.
        ("0", .int(0)), ("42", .int(42)), ("+12", .int(12)), ("-17", .int(-17)), ("-0", .int(0)),
        ("012", .int(12)), ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)),
        ("0o", .string("0o")), ("0x", .string("0x")), ("0o8", .string("0o8")), ("-0x1F", .string("-0x1F")),
        ("0b101", .string("0b101")), ("1_000", .string("1_000")), ("12:30", .string("12:30")),
        // Floats.
        ("1e3", .float(1000)), ("1.5", .float(1.5)), ("-1.5e-3", .float(-0.0015)), ("+2.5E+2", .float(250)),
        (".5", .float(0.5)), ("-.5", .float(-0.5)), ("1.", .float(1)), ("1.e2", .float(100)),
        (".inf", .float(.infinity)), ("+.Inf", .float(.infinity)), ("-.INF", .float(-.infinity)),
        (".", .string(".")), ("1e", .string("1e")), ("e3", .string("e3")), (".e3", .string(".e3")),
        ("-.nan", .string("-.nan")), ("inf", .string("inf")), ("nan", .string("nan")),
        ("+.5", .float(0.5)), ("+", .string("+")), ("-.", .string("-.")),
        ("1.5.2", .string("1.5.2")), ("+.inf", .float(.infinity)), ("+0x1F", .string("+0x1F")),
        // Quoted and block scalars are text whatever they spell.
        ("\"true\"", .string("true")), ("'123'", .string("123")), ("\"\"", .string("")), ("'~'", .string("~")),
        ("|\n  42\n", .string("42\n")), (">-\n  true\n", .string("true")),
        // Explicit tags decide; the non-specific '!' and unknown tags give text.
        ("!!str 123", .string("123")), ("!!str true", .string("true")), ("!!int \"42\"", .int(42)),
        ("!!int 0x10", .int(16)), ("!!float 1", .float(1)), ("!!float '2.5'", .float(2.5)),
        ("!!bool \"false\"", .bool(false)), ("!!null ''", .null), ("! 12", .string("12")),
        ("!lokalus 12", .string("12")), ("!!int abc", .string("abc")),
        // Dates and times are not part of the core schema.
        ("2026-11-28", .string("2026-11-28")), ("2026-11-28T10:00:00Z", .string("2026-11-28T10:00:00Z")),
        // Text.
        ("Žinynas", .string("Žinynas")), ("true story", .string("true story")), ("1 2", .string("1 2")),
    ]

    @Test(arguments: table)
    func resolves(_ input: String, to expected: Scalar) throws {
        let document = try YAMLParser().parseDocument("value: \(input)", file: "t.yml")
        let value = try #require(document["value"])
        #expect(value.resolved == expected, "\(input.debugDescription) resolved to \(value.resolved)")
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(_ input: String) throws {
        let value = try #require(try YAMLParser().parseDocument("value: \(input)", file: "t.yml")["value"])
        guard case .float(let number) = value.resolved else {
            Issue.record("\(input) resolved to \(value.resolved)")
            return
        }
        #expect(number.isNaN)
    }

    @Test func keysResolveToo() throws {
        let document = try YAMLParser().parseDocument("1: a\n\"1\": b\ntrue: c\n", file: "t.yml")
        #expect(document.pairs?.map(\.key.resolved) == [.int(1), .string("1"), .bool(true)])
    }

    @Test func collectionsResolveToNull() throws {
        let document = try YAMLParser().parseDocument("list: [1]\nmap: {a: 1}\n", file: "t.yml")
        #expect(document.resolved == .null)
        #expect(document["list"]?.shapeDescription == "a list")
        #expect(document["map"]?.shapeDescription == "a mapping")
        #expect(document["list"]?.items?.first?.shapeDescription == "a whole number")
    }
}
