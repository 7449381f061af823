/// Series colours, fills and marker shapes. Every colour has at least 4.5:1 contrast against
/// white (so 3:1 for graphics, WCAG 1.4.11, with room to spare), and no series depends on
/// colour alone: bars get a hatching pattern each, lines a dash and a marker shape each.
package enum ChartPalette {
    /// Blue, orange, purple, green, magenta, grey (contrast on white 5.2, 4.6, 7.6, 5.3, 6.7, 8.9).
    package static let colours = ["#0072b2", "#c45100", "#6a3d9a", "#007a5a", "#a6266e", "#4a4a4a"]
    /// The stroke of a progress bar's track, so its full length is visible (5.3:1 on white).
    static let track = "#6b6b6b"
    static let ink = "#1b1b1b"
    static let grid = "#c8cdd2"

    package static func colour(_ series: Int) -> String { colours[series % colours.count] }

    /// Dash arrays for lines: solid, dashed, dotted, dash-dot, short dash, long dash.
    static let dashes = ["", "7 4", "2 3", "10 3 2 3", "4 2", "12 4"]

    static func dash(_ series: Int) -> String { dashes[series % dashes.count] }

    /// Marker shapes centred on 0,0, about 9 px across: circle, square, triangle, diamond,
    /// triangle down, cross.
    static let markerPaths = [
        "M4.5,0A4.5,4.5 0 1 1 -4.5,0A4.5,4.5 0 1 1 4.5,0Z",
        "M-4,-4H4V4H-4Z",
        "M0,-5L4.6,3.5H-4.6Z",
        "M0,-5.2L5.2,0L0,5.2L-5.2,0Z",
        "M0,5L4.6,-3.5H-4.6Z",
        "M-4.5,-2L-2,-4.5L0,-2.5L2,-4.5L4.5,-2L2.5,0L4.5,2L2,4.5L0,2.5L-2,4.5L-4.5,2L-2.5,0Z",
    ]

    static func markerPath(_ series: Int) -> String { markerPaths[series % markerPaths.count] }

    /// The white strokes drawn over a series' colour: none (solid) for the first, then
    /// diagonal, dots, horizontal, crossed and vertical hatching; cycles after six.
    static let hatches = [
        "",
        "M-1,1L1,-1M0,6L6,0M5,7L7,5",
        "M1.5,1.5h0.01M4.5,4.5h0.01",
        "M0,1.5H6M0,4.5H6",
        "M-1,1L1,-1M0,6L6,0M5,7L7,5M-1,5L1,7M0,0L6,6M5,-1L7,1",
        "M1.5,0V6M4.5,0V6",
    ]

    /// The fill of series `series`' bars and legend swatches: its colour, or its pattern.
    static func fill(_ series: Int, id: String) -> String {
        hatches[series % hatches.count].isEmpty ? colour(series) : "url(#\(id)-p\(series))"
    }

    /// `<pattern>` definitions for the series that have one.
    static func patternDefinitions(seriesCount: Int, id: String) -> String {
        var out = ""
        for series in 0..<seriesCount {
            let hatch = hatches[series % hatches.count]
            guard !hatch.isEmpty else { continue }
            let dots = series % hatches.count == 2
            out += "<pattern id=\"\(id)-p\(series)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
            out += "<rect class=\"chart-pattern-bg\" width=\"6\" height=\"6\" fill=\"\(colour(series))\"/>"
            out += "<path class=\"chart-pattern-line\" d=\"\(hatch)\" stroke=\"#fff\" stroke-width=\"\(dots ? "2.4" : "1.4")\""
            out += dots ? " stroke-linecap=\"round\"/>" : "/>"
            out += "</pattern>"
        }
        return out
    }
}
