import Foundation

/// The random edits of the oracle test, applied to a site folder and to its model
/// (`OracleSite`) together; each returns what it did, for failure messages.
struct OracleEdits {
    let site: URL
    var model: OracleSite
    /// The field labels in site.yml that edits change, and what each reads now.
    private var labels = ["Miestas": "Miestas", "Lektoriai": "Lektoriai", "Kaina": "Kaina", "Sritys": "Sritys"]
    private var addedStatic: [String] = []
    private var count = 0
    /// The portal's dataset (its layouts show a library's rows and chart): visits by library
    /// slug, by year; each year is the file `data/statistika/<year>.csv`.
    private var visits: [Int: [String: Int]] = [2024: [:], 2025: [:]]

    /// A scratch copy of the `outputs` fixture with the portal's layouts and `entries` random
    /// entries, and the edits to make to it.
    static func site(entries: Int, rng: inout SplitMix64) throws -> (site: URL, edits: OracleEdits) {
        let site = try BuildFixture.copy("outputs")
        try BuildFixture.usePortal(["layouts", "static"], in: site)
        let model = OracleSite(count: entries, rng: &rng)
        return (site, try OracleEdits(site: site, model: model, rng: &rng))
    }

    init(site: URL, model: OracleSite, rng: inout SplitMix64) throws {
        self.site = site
        self.model = model
        for path in model.paths() { try write(path) }
        try IncrementalBuildTests.edit(site, "site.yml") { $0 + Self.datasetDeclaration }
        for year in visits.keys {
            for slug in rng.sample(model.librarySlugs, count: 3) { visits[year]![slug] = rng.below(100_000) }
        }
        try writeData()
    }

    static let datasetDeclaration = """

        datasets:
          statistika:
            title: Rodikliai
            files: data/statistika/*.csv
            key: [library, year]
            columns:
              library: {type: ref, collection: bibliotekos, label: Biblioteka}
              year: {type: year, label: Metai}
              visits: {type: integer, label: Apsilankymai}
        charts:
          apsilankymai: {title: Apsilankymai, dataset: statistika, kind: line, x: year, series: [visits], entry: library}

        """

    private func writeData() throws {
        try FileManager.default.createDirectory(at: site.appendingPathComponent("data/statistika"), withIntermediateDirectories: true)
        for (year, rows) in visits {
            let lines = rows.keys.sorted().map { "\($0);\(year);\(rows[$0]!)\n" }
            try ("library;year;visits\n" + lines.joined()).write(
                to: site.appendingPathComponent("data/statistika/\(year).csv"), atomically: true, encoding: .utf8)
        }
    }

    /// Libraries a row of the dataset names (never deleted, as those a project names).
    private var namedInData: Set<String> { Set(visits.values.flatMap(\.keys)) }

    /// A row of the dataset added, removed or given another figure.
    private mutating func editData(_ rng: inout SplitMix64) throws -> String {
        let year = rng.pick([2024, 2025])
        var rows = visits[year]!
        let missing = model.librarySlugs.filter { rows[$0] == nil }
        let what: String
        if !rows.isEmpty, rng.chance(25) {
            let slug = rng.pick(rows.keys.sorted())
            rows[slug] = nil
            what = "row of \(slug) removed"
        } else if !missing.isEmpty, rows.isEmpty || rng.chance(35) {
            let slug = rng.pick(missing)
            rows[slug] = rng.below(100_000)
            what = "row of \(slug) added"
        } else {
            let slug = rng.pick(rows.keys.sorted())
            rows[slug] = rng.below(100_000)
            what = "visits of \(slug) changed"
        }
        visits[year] = rows
        try writeData()
        return "data/statistika/\(year).csv: \(what)"
    }

    /// Applies one random edit; every edit leaves a valid site.
    mutating func apply(_ rng: inout SplitMix64) throws -> String {
        count += 1
        let roll = rng.below(100)
        switch roll {
        case ..<18: return try editBody(&rng)
        case ..<28: return try editEntry(&rng, "title") { entry, rng in entry["title"] = .raw(OracleSite.title(&rng)) }
        case ..<40: return try editField(&rng)
        case ..<46: return try editData(&rng)
        case ..<54: return try editList(&rng, collection: "projektai", field: "partners", pool: model.librarySlugs)
        case ..<62: return try editList(&rng, collection: "renginiai", field: "areas", pool: OracleSite.areas)
        case ..<68: return try editEntry(&rng, "draft") { entry, _ in entry.draft.toggle() }
        case ..<75: return try rename(&rng)
        case ..<81: return try delete(&rng)
        case ..<90: return try create(&rng)
        case ..<93: return try relabel(&rng)
        case ..<96: return try editLayout(&rng)
        default: return try editStatic(&rng)
        }
    }

    private func write(_ path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try model.entries[path]!.text.write(to: url, atomically: true, encoding: .utf8)
    }

    private mutating func editEntry(
        _ rng: inout SplitMix64, _ what: String, in collection: String? = nil,
        _ change: (inout OracleSite.Entry, inout SplitMix64) -> Void
    ) throws -> String {
        let path = rng.pick(model.paths(in: collection))
        change(&model.entries[path]!, &rng)
        try write(path)
        return "\(what) of \(path)"
    }

    private mutating func editBody(_ rng: inout SplitMix64) throws -> String {
        let how = rng.pick(["appending a paragraph", "rewriting the first paragraph (the excerpt)", "dropping the last paragraph"])
        return try editEntry(&rng, "body, \(how),") { entry, rng in
            switch how.first {
            case "a": entry.body.append(OracleSite.sentence(&rng))
            case "r": entry.body[0] = OracleSite.sentence(&rng)
            default: if entry.body.count > 1 { entry.body.removeLast() }
            }
        }
    }

    /// A front-matter value made afresh (an optional one may go); a project's coordinator is a ref.
    private mutating func editField(_ rng: inout SplitMix64) throws -> String {
        let path = rng.pick(model.paths())
        let collection = model.entries[path]!.collection
        let name = rng.pick(OracleSite.fieldNames[collection]!.filter { $0 != "title" })
        let value = model.value(name, of: collection, rng: &rng)
        model.entries[path]![name] = value
        try write(path)
        return "\(name) of \(path) set to \(value?.text ?? "nothing")"
    }

    /// One item added to or removed from a list: a partner (a ref) or a taxonomy term.
    private mutating func editList(_ rng: inout SplitMix64, collection: String, field: String, pool: [String]) throws -> String {
        let path = rng.pick(model.paths(in: collection))
        var items = OracleSite.slugs(model.entries[path]![field])
        let missing = pool.filter { !items.contains($0) }
        let what: String
        if !items.isEmpty, missing.isEmpty || rng.chance(50) {
            what = "\(items.remove(at: rng.below(items.count))) removed from"
        } else {
            items.append(rng.pick(missing))
            what = "\(items.last!) added to"
        }
        model.entries[path]![field] = .refs(items)
        try write(path)
        return "\(field): \(what) \(path)"
    }

    /// A file moved; a library's refs follow it.
    private mutating func rename(_ rng: inout SplitMix64) throws -> String {
        let path = rng.pick(model.paths())
        var entry = model.entries.removeValue(forKey: path)!
        let old = entry.slug
        entry.slug = model.uniqueSlug(entry.collection, rng: &rng)
        model.add(entry)
        try FileManager.default.removeItem(at: site.appendingPathComponent(path))
        try write(entry.path)
        for project in model.paths(in: "projektai") where entry.collection == "bibliotekos" {
            var changed = model.entries[project]!
            if changed["coordinator"] == .ref(old) { changed["coordinator"] = .ref(entry.slug) }
            if changed["partners"] != nil {
                changed["partners"] = .refs(OracleSite.slugs(changed["partners"]).map { $0 == old ? entry.slug : $0 })
            }
            if changed.text != model.entries[project]!.text {
                model.entries[project] = changed
                try write(project)
            }
        }
        if entry.collection == "bibliotekos", namedInData.contains(old) {
            for year in visits.keys {
                if let value = visits[year]!.removeValue(forKey: old) { visits[year]![entry.slug] = value }
            }
            try writeData()
        }
        return "renaming \(path) to \(entry.path)"
    }

    /// An entry deleted: any but a library that a project names (and the last few libraries).
    private mutating func delete(_ rng: inout SplitMix64) throws -> String {
        let libraries = model.librarySlugs.count
        let named = namedInData
        let deletable = model.paths().filter { path in
            let entry = model.entries[path]!
            return entry.collection != "bibliotekos" || (libraries > 8 && !model.isNamed(entry.slug) && !named.contains(entry.slug))
        }
        let path = rng.pick(deletable)
        model.entries[path] = nil
        try FileManager.default.removeItem(at: site.appendingPathComponent(path))
        return "deleting \(path)"
    }

    private mutating func create(_ rng: inout SplitMix64) throws -> String {
        let entry = model.newEntry(rng.pick(OracleSite.collections), rng: &rng)
        model.add(entry)
        try write(entry.path)
        return "adding \(entry.path)"
    }

    /// A field's label in site.yml changed: every page that shows the field changes.
    private mutating func relabel(_ rng: inout SplitMix64) throws -> String {
        let original = rng.pick(labels.keys.sorted())
        let now = "\(original) \(count)"
        try IncrementalBuildTests.edit(site, "site.yml") {
            $0.replacingOccurrences(of: "label: \(labels[original]!),", with: "label: \(now),")
                .replacingOccurrences(of: "label: \(labels[original]!)}", with: "label: \(now)}")
        }
        labels[original] = now
        return "site.yml: label \(original) now reads \(now)"
    }

    private mutating func editLayout(_ rng: inout SplitMix64) throws -> String {
        let layouts = ["layouts/base.mustache", "layouts/partials/summary.mustache", "layouts/_default/entry.mustache"]
        let layout = rng.pick(layouts)
        try IncrementalBuildTests.edit(site, layout) { $0 + "<!-- keitimas \(count) -->\n" }
        return "layout \(layout) edited"
    }

    /// The stylesheet edited, or a file of the site's own added or removed.
    private mutating func editStatic(_ rng: inout SplitMix64) throws -> String {
        if !addedStatic.isEmpty, rng.chance(30) {
            let path = addedStatic.remove(at: rng.below(addedStatic.count))
            try FileManager.default.removeItem(at: site.appendingPathComponent(path))
            return "static file \(path) removed"
        }
        if rng.chance(50) {
            try IncrementalBuildTests.edit(site, "static/css/stilius.css") { $0 + "/* keitimas \(count) */\n" }
            return "static/css/stilius.css edited"
        }
        let path = "static/priedai/failas-\(count).txt"
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("static/priedai"), withIntermediateDirectories: true)
        try "Priedas \(count)\n".write(to: site.appendingPathComponent(path), atomically: true, encoding: .utf8)
        addedStatic.append(path)
        return "static file \(path) added"
    }
}
