/// The words readers see around an indicator on the site's pages (not the tool's messages,
/// which are in the catalogues: `IndicatorMessage`). The portal speaks Lithuanian.
package enum IndicatorLabels {
    /// The state labels readers see (lowercase: they follow "Būsena:" or stand in a table).
    package static func label(of state: IndicatorProgress.State) -> String {
        switch state {
        case .achieved: return "pasiekta"
        case .onTrack: return "vykdoma pagal planą"
        case .behind: return "atsiliekama"
        case .noData: return "duomenų dar nėra"
        }
    }

    /// `Būsena: atsiliekama` before the state in an indicator's caption.
    package static let stateHeading = "Būsena"
    /// `80 % galutinio tikslo`: the share of the final target reached.
    package static func ofFinalTarget(_ percent: String) -> String { "\(percent) galutinio tikslo" }
    package static let yearTitle = "Metai"
}
