import Config
import Content
import Model
import Templates
import Text

/// A dataset's value shown to readers (Lithuanian-style) and to programs (raw).
enum DatasetFormat {
    static func text(_ value: DatasetValue, column: DatasetColumn, model: SiteModel) -> String {
        switch (value, column.type) {
        case (.text(let slug), .ref(let collection)):
            return model.index(of: collection, slug: slug).map { model.entry($0).title } ?? slug
        case (.text(let s), _): return s
        case (.integer(let year), .year): return String(year)
        case (.integer(let i), _): return withUnit(Lithuanian.integer(i), column.unit)
        case (.number(let d), .percent): return Lithuanian.percent(d)
        case (.number(let d), _): return withUnit(Lithuanian.number(d), column.unit)
        case (.date(let date), _): return Lithuanian.longDate(date)
        }
    }

    private static func withUnit(_ text: String, _ unit: String?) -> String {
        guard let unit else { return text }
        return text + "\u{00A0}" + unit
    }

    static func raw(_ value: DatasetValue) -> TemplateValue {
        switch value {
        case .text(let s): .string(s)
        case .integer(let i): .int(i)
        case .number(let d): .double(d)
        case .date(let d): .string(d.description)
        }
    }
}
