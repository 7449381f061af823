import Testing

@testable import Charts

@Suite struct ChartNumbersTests {
    let nbsp = "\u{00A0}"

    @Test func lithuanianGroupsThousandsWithANoBreakSpaceAndUsesADecimalComma() {
        #expect(ChartNumbers.format(12_500, .integer, lithuanian: true) == "12\(nbsp)500")
        #expect(ChartNumbers.format(1_250_400, .integer, lithuanian: true) == "1\(nbsp)250\(nbsp)400")
        #expect(ChartNumbers.format(3.5, .decimal(places: 1), lithuanian: true) == "3,5")
        #expect(ChartNumbers.format(12_500.25, .decimal(places: 2), lithuanian: true) == "12\(nbsp)500,25")
        #expect(ChartNumbers.format(45, .percent, lithuanian: true) == "45\(nbsp)%")
        #expect(ChartNumbers.format(45.25, .percent, lithuanian: true) == "45,3\(nbsp)%")
        #expect(ChartNumbers.format(-1_500, .integer, lithuanian: true) == "−1\(nbsp)500")
    }

    @Test func englishUsesCommasAndPoints() {
        #expect(ChartNumbers.format(12_500, .integer, lithuanian: false) == "12,500")
        #expect(ChartNumbers.format(3.5, .decimal(places: 1), lithuanian: false) == "3.5")
        #expect(ChartNumbers.format(45, .percent, lithuanian: false) == "45%")
        // The sign before the groups, never a separator after it.
        #expect(ChartNumbers.grouped(-1_234, lithuanian: false) == "-1,234")
        #expect(ChartNumbers.grouped(-123, lithuanian: false) == "-123")
        #expect(ChartNumbers.grouped(-1_234, lithuanian: true) == "−1\u{A0}234")
    }

    @Test func roundingIsHalfAwayFromZeroOnTheLastPlace() {
        #expect(ChartNumbers.fixed(2.5, places: 0, lithuanian: true) == "3")
        #expect(ChartNumbers.fixed(0.125, places: 2, lithuanian: true) == "0,13")
        #expect(ChartNumbers.fixed(-0.04, places: 1, lithuanian: true) == "0,0")
        #expect(ChartNumbers.fixed(1.005, places: 1, lithuanian: true) == "1,0")
        #expect(ChartNumbers.fixed(.nan, places: 1, lithuanian: true) == "–")
        #expect(ChartNumbers.fixed(1e20, places: 0, lithuanian: true).hasPrefix("100"))
    }

    @Test func coordinatesHaveAtMostTwoDecimals() {
        #expect(ChartMarkup.number(12) == "12")
        #expect(ChartMarkup.number(12.5) == "12.5")
        #expect(ChartMarkup.number(1.0 / 3) == "0.33")
        #expect(ChartMarkup.number(-0.004) == "0")
        #expect(ChartMarkup.percent(0.375) == "37.5%")
    }

    @Test func identifiersAreSafeInReferences() {
        #expect(ChartMarkup.identifier("lankomumas-2024") == "lankomumas-2024")
        #expect(ChartMarkup.identifier("2024 \"x\"") == "chart-2024--x-")
        #expect(ChartMarkup.identifier("") == "chart-")
    }
}
