/// Every word a chart writes, in Lithuanian and English (one place, for the message catalogue).
struct ChartStrings: Sendable {
    let lithuanian: Bool

    var tableSummary: String { lithuanian ? "Duomenys lentelėje" : "Data table" }
    var category: String { lithuanian ? "Kategorija" : "Category" }
    var actual: String { lithuanian ? "Faktas" : "Actual" }
    var target: String { lithuanian ? "Tikslas" : "Target" }
    var achieved: String { lithuanian ? "Įvykdyta" : "Achieved" }
    var total: String { lithuanian ? "Iš viso" : "Total" }
    var noData: String { lithuanian ? "Duomenų nėra." : "No data." }
    var someMissing: String { lithuanian ? "Kai kurių reikšmių trūksta." : "Some values are missing." }
    var tableNote: String {
        lithuanian ? "Visi duomenys – lentelėje po diagrama." : "All values are in the table below the chart."
    }

    func kind(_ kind: ChartKind) -> String {
        switch kind {
        case .line: return lithuanian ? "Linijinė diagrama" : "Line chart"
        case .bar: return lithuanian ? "Juostinė diagrama" : "Bar chart"
        case .groupedBar: return lithuanian ? "Grupuota juostinė diagrama" : "Grouped bar chart"
        case .stackedBar: return lithuanian ? "Sudėtinė juostinė diagrama" : "Stacked bar chart"
        case .progress: return lithuanian ? "Įgyvendinimo juosta" : "Progress bar"
        }
    }

    /// `8 iš 10` / `8 of 10`.
    func outOf(_ actual: String, _ target: String) -> String {
        lithuanian ? "\(actual) iš \(target)" : "\(actual) of \(target)"
    }

    /// `Mažiausia reikšmė 3, didžiausia 12.`
    func range(_ low: String, _ high: String) -> String {
        Self.ended(lithuanian ? "Mažiausia reikšmė \(low), didžiausia \(high)" : "Smallest value \(low), largest \(high)")
    }

    /// A sentence with one full stop, also after an abbreviation (`130 asm.`, `2024 m.`).
    static func ended(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

    /// `Serijos: A, B.` for more than one series.
    func seriesList(_ names: [String]) -> String {
        Self.ended((lithuanian ? "Serijos: " : "Series: ") + names.joined(separator: ", "))
    }

    /// A column header with its unit: `Lankytojai (tūkst.)`.
    func withUnit(_ header: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return header }
        return "\(header) (\(unit))"
    }
}
