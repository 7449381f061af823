import Text

/// Small writers shared by the chart drawings: escaped text, coordinates with at most two
/// decimals (the same bytes on every platform), and identifiers made from the caller's id.
enum ChartMarkup {
    static func escape(_ text: String) -> String { HTMLEscaping.escaped(text) }

    /// A coordinate: `12`, `12.5`, `12.25`, rounded half away from zero to hundredths.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A share of the plot's width as an SVG percentage: `37.5%`.
    static func percent(_ fraction: Double) -> String { number(fraction * 100) + "%" }

    /// The id's letters, digits, `-` and `_` (anything else becomes `-`), never empty and
    /// never starting with a digit, so `#id-p1` is a valid reference.
    static func identifier(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        if out.isEmpty || out.unicodeScalars.first!.properties.numericType != nil { out = "chart-" + out }
        return out
    }

    /// A label cut to `limit` characters with an ellipsis (the table keeps the whole text).
    static func shortened(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
