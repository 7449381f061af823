import Charts

/// One chart of each kind, with the awkward cases in them (missing values, long names,
/// decimals, markup in labels); the golden files and the browser fixture page show these.
enum ChartSamples {
    static let visits = ChartSpec(
        kind: .line, title: "Apsilankymai Panevėžio bibliotekoje 2017–2024 m.",
        description: "Fiziniai ir virtualūs apsilankymai per metus.", categoryTitle: "Metai",
        categories: ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"],
        series: [
            ChartSeries(label: "Fiziniai", values: [182_000, 190_500, 201_250, 61_000, nil, 150_300, 171_900, 188_000]),
            ChartSeries(label: "Virtualūs", values: [40_000, 52_000, 70_100, 140_000, 160_200, 150_000, 155_500, 161_000]),
        ],
        unit: "apsilankymai")

    static let loans = ChartSpec(
        kind: .bar, title: "Išduoti dokumentai 2024 m.", categoryTitle: "Biblioteka",
        categories: ["Vilniaus apskrities Adomo Mickevičiaus viešoji biblioteka", "Kauno apskrities viešoji biblioteka", "Šiaulių „Aušros“ biblioteka & filialai"],
        series: [ChartSeries(label: "Išduota", values: [1_250_400, 980_000, nil])], unit: "vnt.")

    static let compared = ChartSpec(
        kind: .groupedBar, title: "Renginiai ir dalyviai", categoryTitle: "Biblioteka",
        categories: ["PAVB", "KAVB", "ŠAVB"],
        series: [
            ChartSeries(label: "2023 m.", values: [3.5, 2.25, 4]),
            ChartSeries(label: "2024 m.", values: [4.1, nil, 3.9]),
            ChartSeries(label: "2025 m.", values: [4.4, 2.8, -0.5]),
        ],
        format: .decimal(places: 1), unit: "tūkst.")

    static let shares = ChartSpec(
        kind: .stackedBar, title: "Fondo sudėtis", categoryTitle: "Metai",
        categories: ["2023", "2024"],
        series: [
            ChartSeries(label: "Knygos", values: [62, 58.5]),
            ChartSeries(label: "Periodika", values: [23, 21]),
            ChartSeries(label: "Elektroniniai", values: [15, 20.5]),
        ],
        format: .percent)

    static let progress = ChartSpec(
        kind: .progress, title: "Apmokyti bibliotekininkai", categoryTitle: "Metai",
        categories: ["2024", "2025", "2026"],
        series: [ChartSeries(label: "Faktas", values: [80, 130, nil]), ChartSeries(label: "Tikslas", values: [100, 120, 150])],
        unit: "asm.")

    static let english = ChartSpec(
        kind: .bar, title: "Loans in 2024", categories: ["Panevėžys", "Kaunas"],
        series: [ChartSeries(label: "Loans", values: [12_500.5, 3.5])], format: .decimal(places: 1), language: "en")

    static let all: [(name: String, spec: ChartSpec)] = [
        ("line", visits), ("bar", loans), ("grouped_bar", compared), ("stacked_bar", shares), ("progress", progress),
        ("bar_en", english),
    ]
}
