import Config
import Content
import Model
import Support

/// What the index needs of each entry, numbered so that every collection, and every year
/// inside it, is a contiguous range of document numbers (newest first within a collection).
struct SearchCorpus {
    /// Relative weight of where a word occurs, for ranking.
    enum Weight {
        static let title = 5.0
        static let taxonomy = 3.0
        static let excerpt = 3.0
        static let heading = 2.0
        /// What the site says an entry is rather than what it says: its collection's title and
        /// singular, enum labels, the `index_label` of a true boolean. Above running text, so
        /// `finansavimas` ranks the funding calls above entries that mention funding.
        static let label = 3.0
        static let text = 1.0
        /// The text of an entry's PDFs: found, but below the entry's own words.
        static let attachment = 0.4
    }

    struct Document {
        var entry: Int
        var collection: Int
        var year: Int?
        var date: LocalDate?
        /// Facet value ids other than collection and year (status, taxonomy terms), ascending.
        var values: [Int]
        /// Empty when `textKey` came from the memo: the analysis is there too.
        var texts: [(weight: Double, text: String)]
        /// Fingerprint of `texts`, the key of the document's word analysis.
        var textKey: String
        /// The key of the entry's inputs, when the build has one.
        var entryKey: String?
        var title: String
        var url: String
        var snippet: String
        /// The words found only in the entry's files, with the page of each (`AttachmentTerms`).
        var attachments: [AttachmentTerms] = []
    }

    var documents: [Document]
    var facets: [Facet]
    /// First document of each (collection, year) run, with its collection and year facet value ids.
    var ranges: [(start: Int, collection: Int, year: Int?)]
}

extension SearchCorpus {
    /// Every entry but the home page, in index order. An entry whose inputs have the key
    /// (`entryKeys`, by entry index) they had in the build `memo` comes from takes its text
    /// fingerprint and snippet from there instead of gathering its texts.
    init(model: SiteModel, entryKeys: [String?] = [], memo: AnalysisMemo? = nil) {
        let config = model.config
        let prefix = config.basePath
        let groups = config.collections.map { model.collections[$0.name] ?? [] }
            + [model.site.entries.indices.filter { model.entry($0).collection == nil && model.entry($0).url != "/" }]
        // Dates first, on all cores: the year facet numbers its values before any other.
        let dates = groups.enumerated().map { collection, members in
            let path = collection < config.collections.count ? config.collections[collection].dateField : nil
            return members.parallelMap { index in path.flatMap { Self.date(SiteModel.values($0, in: model.entry(index).fields).first) } }
        }
        let builder = FacetBuilder(model: model, years: Set(dates.joined().compactMap { $0?.year }))
        var documents: [Document] = []
        for (collection, members) in groups.enumerated() {
            let schema = collection < config.collections.count ? config.collections[collection] : nil
            // Texts and snippets of each entry are independent: made on all cores.
            let docs = Array(zip(members, dates[collection])).parallelMap { index, date in
                let entry = model.entry(index)
                let entryKey = index < entryKeys.count ? entryKeys[index] : nil
                let known = entryKey.flatMap { memo?.known($0) }
                let texts = known == nil ? Self.texts(entry, schema: schema, model: model) : []
                return Document(
                    entry: index, collection: collection, year: date?.year, date: date,
                    values: builder.values(of: index, schema: schema), texts: texts,
                    textKey: known?.textKey ?? AnalysisMemo.key(texts), entryKey: entryKey, title: entry.title,
                    url: prefix + entry.url.dropFirst(), snippet: known?.snippet ?? Self.snippet(entry, schema: schema),
                    attachments: known?.attachments ?? AttachmentTerms.of(entry, model: model, texts: texts, schema: schema))
            }
            // Stable: the collection's own order breaks ties of the same date. Positions are
            // sorted, not documents: each copy of one retains all its texts.
            let days = docs.map { $0.date?.dayNumber ?? Int.min }
            let order = docs.indices.sorted { a, b in days[a] != days[b] ? days[a] > days[b] : a < b }
            documents.reserveCapacity(documents.count + docs.count)
            for position in order { documents.append(docs[position]) }
        }
        var ranges: [(start: Int, collection: Int, year: Int?)] = []
        for (number, doc) in documents.enumerated() {
            let collection = builder.collectionValue(doc.collection)
            let year = doc.year.map { builder.yearValue($0) }
            if ranges.last.map({ $0.collection != collection || $0.year != year }) ?? true {
                ranges.append((number, collection, year))
            }
        }
        self.documents = documents
        self.ranges = ranges
        self.facets = builder.finish(documents: documents, ranges: ranges)
    }

    static func date(_ value: FieldValue?) -> LocalDate? {
        switch value {
        case .date(let d)?: return d
        case .dateTime(let t)?: return t.date
        default: return nil
        }
    }

    /// The weighted texts of an entry: title, taxonomy terms and excerpt, headings, other text.
    static func texts(_ entry: Entry, schema: CollectionSchema?, model: SiteModel) -> [(weight: Double, text: String)] {
        var texts: [(Double, String)] = [(Weight.title, entry.title)]
        let labels = labelTexts(entry, schema: schema)
        if !labels.isEmpty { texts.append((Weight.label, labels.joined(separator: " "))) }
        for field in schema?.fields ?? [] where field.name != "title" {
            guard let value = entry.fields[field.name] else { continue }
            if let taxonomy = field.taxonomy.flatMap(model.taxonomy) {
                let names = leaves(value).map { taxonomy.label(of: $0.plainText) }
                texts.append((Weight.taxonomy, names.joined(separator: " ")))
            } else if field.name == schema?.excerptField {
                texts.append((Weight.excerpt, value.plainText))
            } else if case .enumeration = field.type {
                continue  // in `labelTexts`
            } else {
                let words = leafTexts(value, type: field.type, model: model)
                if !words.isEmpty { texts.append((Weight.text, words.joined(separator: " "))) }
            }
        }
        for heading in entry.body.headings { texts.append((Weight.heading, heading.text)) }
        texts.append((Weight.text, entry.body.plainText))
        for file in entry.files(model.config) {
            for page in model.site.attachments[file.sitePath]?.pages ?? [] { texts.append((Weight.attachment, page)) }
        }
        return texts
    }

    /// The words that class an entry (weighed `Weight.label`): its collection's title, path
    /// and singular (the same words once), the labels of its enum fields' values, and the
    /// `index_label` of each of its boolean fields that is true. Top-level fields only.
    static func labelTexts(_ entry: Entry, schema: CollectionSchema?) -> [String] {
        guard let schema else { return [] }
        // The words of its URL too (`/finansavimas/`): often the plain name readers type,
        // where the title is an inflected phrase (`Finansavimo galimybės`).
        var out = [schema.title, schema.path.split(whereSeparator: { $0 == "/" || $0 == "-" }).joined(separator: " ")]
        if schema.singular != schema.title { out.append(schema.singular) }
        for field in schema.fields where field.taxonomy == nil && field.name != schema.excerptField {
            switch (field.type, entry.fields[field.name]) {
            case (.enumeration(let values), .enumeration(let key)?):
                out.append(values.first { $0.key == key }?.label ?? key)
            case (.boolean, .bool(true)?):
                if let label = field.indexLabel { out.append(label) }
            default: break
            }
        }
        return out
    }

    static func leaves(_ value: FieldValue) -> [FieldValue] {
        if case .list(let items) = value { return items.flatMap(leaves) }
        return [value]
    }

    /// Words worth finding in a field: strings, enum labels, referred entries' titles.
    static func leafTexts(_ value: FieldValue, type: FieldType, model: SiteModel) -> [String] {
        switch (type, value) {
        case (.string, .string(let s)), (.text, .string(let s)): return [s]
        case (.enumeration(let values), .enumeration(let key)): return [values.first { $0.key == key }?.label ?? key]
        case (.ref(let collection), .ref(let slug)):
            return [model.index(of: collection, slug: slug).map { model.entry($0).title } ?? slug]
        case (.list(let item), .list(let items)): return items.flatMap { leafTexts($0, type: item.type, model: model) }
        case (.object(let fields), .object(let values)):
            return fields.flatMap { field in values[field.name].map { leafTexts($0, type: field.type, model: model) } ?? [] }
        default: return []
        }
    }

    /// A result's text: the lead, cut from the excerpt field or else the start of the body, then
    /// passages from the excerpt, the body and the string fields (`Passages`).
    static func snippet(_ entry: Entry, schema: CollectionSchema?, limit: Int = 200) -> String {
        let excerpt = schema?.excerptField.flatMap { entry.fields[$0]?.plainText }
        let body = entry.body.plainText
        let lead = snippet(of: excerpt ?? body, limit: limit)
        var sources = (excerpt.map { [$0] } ?? []) + [body]
        for field in schema?.fields ?? [] where field.name != "title" && field.name != schema?.excerptField && field.taxonomy == nil {
            guard case .string(let text)? = entry.fields[field.name] else { continue }
            switch field.type {
            case .string, .text: sources.append(field.label + ": " + text)
            default: continue
            }
        }
        return Passages.joined(lead: lead, title: entry.title, sources: sources)
    }

    /// At most `limit` characters of `source` with whitespace runs as one space, cut at a
    /// space and ended by " …" when there is more.
    static func snippet(of source: String, limit: Int) -> String {
        // Only the first limit + 1 characters are made.
        var flat = ""
        var count = 0
        var space = false
        for character in source {
            // ASCII first: the Unicode property lookup was a third of making a snippet.
            let isSpace = character.asciiValue.map { $0 == 0x20 || (0x09...0x0D).contains($0) } ?? character.isWhitespace
            if isSpace {
                space = count > 0
                continue
            }
            if space {
                flat.append(" ")
                count += 1
                space = false
                if count > limit { break }
            }
            flat.append(character)
            count += 1
            if count > limit { break }
        }
        guard count > limit else { return flat }
        let cut = flat.prefix(limit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }
}
