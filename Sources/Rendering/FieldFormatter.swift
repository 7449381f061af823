import Config
import Content
import Model
import Text

/// Field values as HTML for pages: labels for enums, links for refs, URLs and terms,
/// Lithuanian dates and money, tables for lists of objects. Every text is escaped here.
struct FieldFormatter {
    let model: SiteModel
    let urls: URLBuilder
    /// Short dates (`2026-11-28`) for table cells, long ones elsewhere.
    var compact = false
    /// The processed images, for `image` fields.
    var images = ImageTable()

    /// The value's HTML, or `nil` for an empty list.
    func html(_ value: FieldValue, field: FieldSchema) -> String? {
        switch (field.type, value) {
        case (.indicator(let rules), _):
            return IndicatorCharts.html(IndicatorProgress.all(value, rules: rules), field: field.name, compact: compact)
        case (.list(let item), .list(let items)):
            if items.isEmpty { return nil }
            if case .object(let fields) = item.type {
                return objectList(items, fields: fields, label: field.label)
            }
            let parts = items.map { html(scalar: $0, field: item, taxonomy: field.taxonomy) }
            if parts.count == 1 { return parts[0] }
            return "<ul class=\"values\">" + parts.map { "<li>\($0)</li>" }.joined() + "</ul>"
        case (.object(let fields), .object(let values)):
            return objectList([.object(values)], fields: fields, label: field.label)
        default:
            return html(scalar: value, field: field, taxonomy: field.taxonomy)
        }
    }

    /// Plain text of a value for table sorting and attributes.
    func sortValue(_ value: FieldValue) -> String {
        switch value {
        case .date, .dateTime, .integer, .number, .money: return value.plainText
        case .list(let items): return items.first.map(sortValue) ?? ""
        default: return value.plainText
        }
    }

    func html(scalar value: FieldValue, field: FieldSchema, taxonomy: String? = nil) -> String {
        if let taxonomy, let schema = model.taxonomy(taxonomy) {
            let name = value.plainText
            let slug = Slug.make(name)
            return HTML.link(urls.page(schema.path + slug + "/"), schema.label(of: name, slug: slug))
        }
        switch (field.type, value) {
        case (.image, .object(let image)):
            // Images in tables (lists of objects) are below the first screen.
            return images.picture(image["src"]?.plainText ?? "", alt: image["alt"]?.plainText ?? "", lazy: compact, urls: urls)
        case (.url, .string(let url)):
            return HTML.link(url, Self.shortURL(url))
        case (.email, .string(let address)):
            return HTML.link("mailto:" + address, address)
        case (.text, .string(let text)):
            return HTML.escape(text).replacingASCII("\n", with: "<br>\n")
        case (.enumeration(let values), .enumeration(let key)):
            return HTML.escape(values.first { $0.key == key }?.label ?? key)
        case (.ref(let collection), .ref(let slug)):
            guard let index = model.index(of: collection, slug: slug) else { return HTML.escape(slug) }
            let target = model.entry(index)
            return HTML.link(urls.page(target.url), target.title)
        case (_, .date(let date)):
            return "<time datetime=\"\(date)\">\(compact ? date.description : Lithuanian.longDate(date))</time>"
        case (_, .dateTime(let time)):
            let text = compact ? "\(time.date) \(Lithuanian.time(time))" : Lithuanian.longDateTime(time)
            return "<time datetime=\"\(time)\">\(text)</time>"
        case (_, .money(let amount)) where amount == 0 && field.zeroLabel != nil:
            return HTML.escape(field.zeroLabel ?? "")
        case (_, .integer(let n)):
            return withUnit(Double(n), field.unit)
        case (_, .number(let n)):
            return withUnit(n, field.unit)
        default:
            return HTML.escape(Lithuanian.display(value))
        }
    }

    private func withUnit(_ n: Double, _ unit: String?) -> String {
        HTML.escape(Lithuanian.quantity(n, unit: unit))
    }

    /// Lists of objects: one range line per item when the object is just a start and an end
    /// (`sessions`), else a table with a "% achieved" column for fields with `percent_of`.
    /// The table scrolls inside a focusable region named by the field's `label`, so a narrow
    /// screen scrolls it alone (WCAG 1.4.10) and a keyboard can scroll it too.
    private func objectList(_ items: [FieldValue], fields: [FieldSchema], label: String) -> String {
        let objects = items.compactMap { if case .object(let f) = $0 { return f } else { return nil } }
        if fields.count == 2, let end = fields.first(where: { $0.notBefore != nil }),
            let start = fields.first(where: { $0.name == end.notBefore })
        {
            let lines = objects.compactMap { object -> String? in
                guard let a = object[start.name], let b = object[end.name] else { return nil }
                return "<li>\(HTML.escape(Lithuanian.range(a, b)))</li>"
            }
            return "<ul class=\"values\">" + lines.joined() + "</ul>"
        }
        var headers = fields.map { HTML.escape($0.label) }
        let progress = fields.filter { $0.percentOf != nil }
        headers += progress.map { _ in "Įvykdyta" }
        var rows: [String] = []
        for object in objects {
            var cells = fields.map { field in object[field.name].flatMap { html($0, field: field) } ?? "" }
            for field in progress {
                guard let actual = object[field.name]?.numeric, let target = field.percentOf.flatMap({ object[$0] })?.numeric,
                    target > 0
                else {
                    cells.append("")
                    continue
                }
                cells.append(Lithuanian.percent((actual / target * 100).rounded()))
            }
            rows.append("<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>")
        }
        let head = headers.map { "<th scope=\"col\">\($0)</th>" }.joined()
        return "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(label))\">"
            + "<table><thead><tr>\(head)</tr></thead><tbody>\(rows.joined())</tbody></table></div>"
    }

    /// `https://www.pavb.lt/apie/` → `www.pavb.lt/apie`, for link text.
    static func shortURL(_ url: String) -> String {
        var text = Substring(url)
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
