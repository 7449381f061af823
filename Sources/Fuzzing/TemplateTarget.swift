import Templates

/// A Mustache template beside the site's layouts: parsed, checked as `Layouts.parse` checks
/// layouts (missing partials, endless inclusion) and, when the build would accept it, rendered.
struct TemplateTarget: Sendable {
    let layouts: [String: Template]

    init(_ site: FuzzSite) {
        var layouts: [String: Template] = [:]
        for file in site.source.layouts {
            let name = String(file.path.dropFirst("layouts/".count).dropLast(".mustache".count))
            layouts[name] = try? Template(parsing: String(decoding: file.bytes, as: UTF8.self))
        }
        self.layouts = layouts
    }

    func run(_ data: [UInt8]) {
        guard let template = try? Template(parsing: String(decoding: data, as: UTF8.self)) else { return }
        var templates = layouts
        templates["fuzz"] = template
        let library = TemplateLibrary(templates)
        _ = library.names(reachableFrom: "fuzz")
        guard library.missingReferences().isEmpty, library.endlessInclusions().isEmpty else { return }
        _ = try? library.render("fuzz", context: Self.context)
    }

    /// A page's context in small: every list has one item, so rendering is linear in the template
    /// (a list of two under 30 nested sections would be 2³⁰ renderings, a hang of the input's own).
    static let context: TemplateValue = {
        let page: TemplateValue = [
            "title": "Knygų <naktis> & „kita“", "url": "/projektai/x/", "date": "2026-05-01", "draft": false,
            "count": 3, "share": .double(0.5), "empty": [], "none": .null, "html": "<p>a</p>",
        ]
        var root = page
        if case .object(var fields) = root {
            fields["pages"] = [page]
            fields["page"] = page
            fields["site"] = ["title": "Žinynas", "base_url": "https://example.org/", "menu": [page]]
            fields["entry"] = page
            fields["items"] = [page]
            root = .object(fields)
        }
        return root
    }()
}
