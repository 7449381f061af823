import Config
import Model
import Support

/// Atom feeds (RFC 4287): one per collection with `feed: true` and one for the whole site,
/// each with the newest entries first.
///
/// An entry's time is the day of its last commit when the site is in git (`Entry.updated`),
/// else the earliest value of its collection's `date` field (for events, that may lie ahead).
/// Ties (one commit day) fall back to the `date` field, then the URL.
///
/// A feed shows its entries' bodies: it is kept while the entries it shows, their sources
/// among what they are made of, and what all files share are those it was written with.
struct FeedRenderer {
    let model: SiteModel
    let formats: ValueFormats
    var urls: URLBuilder { formats.urls }
    var clock: SiteClock { formats.clock }

    func render(_ reuse: DataReuse = .none) -> [DataFile] {
        let collections = model.config.collections.filter(\.outputs.feed)
        guard !collections.isEmpty else { return [] }
        var files: [DataFile] = []
        var all: [FeedKey] = []
        for collection in collections {
            let datePath = collection.dateField
            let members = (model.collections[collection.name] ?? []).parallelMap { key($0, datePath: datePath) }.compactMap { $0 }
            all += members
            files.append(
                feed(
                    path: CollectionOutputs.feedPath(collectionPath: collection.path),
                    title: "\(collection.title) – \(model.config.title)", subtitle: collection.description,
                    page: collection.path, entries: newest(members), reuse: reuse))
        }
        files.append(
            feed(
                path: model.config.outputs.feedPath, title: model.config.title, subtitle: model.config.description,
                page: "/", entries: newest(all), reuse: reuse))
        return files
    }

    /// The earliest value of the entry's `date` field (at `path`).
    private func dated(_ index: Int, path: String?) -> LocalDateTime? {
        guard let path else { return nil }
        return SiteModel.values(path, in: model.entry(index).fields).compactMap { value -> LocalDateTime? in
            switch value {
            case .date(let d): return LocalDateTime(date: d, hour: 0, minute: 0)
            case .dateTime(let t): return t
            default: return nil
            }
        }.min { clock.utc($0) < clock.utc($1) }
    }

    /// What orders an entry in a feed.
    struct FeedKey: Sendable {
        var index: Int
        var updated: LocalDateTime
        var utc: LocalDateTime
        var date: LocalDateTime?
        var url: String

        /// Newer first; ties by the `date` field, then by URL.
        func precedes(_ other: FeedKey) -> Bool {
            if utc != other.utc { return other.utc < utc }
            if date != other.date, let x = date, let y = other.date { return y < x }
            return url < other.url
        }
    }

    /// When the entry last changed, as far as the build knows, and how it ranks; `datePath`
    /// is its collection's `date` field (looked up once per feed, not once per entry).
    private func key(_ index: Int, datePath: String?) -> FeedKey? {
        let entry = model.entry(index)
        let dated = dated(index, path: datePath)
        guard let updated = entry.updated.map({ LocalDateTime(date: $0, hour: 0, minute: 0) }) ?? dated else { return nil }
        return FeedKey(index: index, updated: updated, utc: clock.utc(updated), date: dated.map(clock.utc), url: entry.url)
    }

    /// The newest entries with their times, in an order that never depends on scheduling:
    /// the first `feedLimit` kept in order while scanning, never a sort of every entry.
    private func newest(_ keys: [FeedKey]) -> [(index: Int, updated: LocalDateTime)] {
        let limit = model.config.outputs.feedLimit
        var top: [FeedKey] = []
        top.reserveCapacity(limit + 1)
        for key in keys where top.count < limit || key.precedes(top[top.count - 1]) {
            var low = 0
            var high = top.count
            while low < high {
                let middle = (low + high) / 2
                if top[middle].precedes(key) { low = middle + 1 } else { high = middle }
            }
            top.insert(key, at: low)
            if top.count > limit { top.removeLast() }
        }
        return top.map { ($0.index, $0.updated) }
    }

    private func feed(
        path: String, title: String, subtitle: String?, page: String, entries: [(index: Int, updated: LocalDateTime)],
        reuse: DataReuse
    ) -> DataFile {
        // An empty feed is as new as the build's date: the same file all day.
        let newest = entries.map(\.updated).max { clock.utc($0) < clock.utc($1) }
            ?? model.today
        // The times shown follow from the entries' listings and git dates, which keys cover.
        let key = reuse.key("feed \(path) \(entries.isEmpty ? newest.description : "")", entries: entries.map(\.index), showing: .bodies)
        let file = OutputFile.path(forURL: path)
        if let kept = reuse.kept(file, key: key) { return kept }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(model.config.language))" \
            xml:base="\(XML.escape(urls.absolute("/")))">
              <title>\(XML.escape(title))</title>

            """
        if let subtitle { xml += "  <subtitle>\(XML.escape(subtitle))</subtitle>\n" }
        xml += """
              <link rel="self" type="application/atom+xml" href="\(XML.escape(urls.absolute(path)))"/>
              <link rel="alternate" type="text/html" href="\(XML.escape(urls.absolute(page)))"/>
              <id>\(XML.escape(urls.absolute(path)))</id>
              <updated>\(clock.rfc3339(newest))</updated>
              <author><name>\(XML.escape(model.config.title))</name><uri>\(XML.escape(urls.absolute("/")))</uri></author>
              <generator>Žinynas</generator>

            """
        for (index, updated) in entries { xml += entry(index, updated: updated) }
        xml += "</feed>\n"
        return DataFile(OutputFile(path: file, text: xml), key: key)
    }

    private func entry(_ index: Int, updated: LocalDateTime) -> String {
        let entry = model.entry(index)
        let schema = entry.collection.flatMap(model.collection)
        let url = XML.escape(urls.absolute(entry.url))
        var xml = """
              <entry>
                <title>\(XML.escape(entry.title))</title>
                <link rel="alternate" type="text/html" href="\(url)"/>
                <id>\(url)</id>
                <updated>\(clock.rfc3339(updated))</updated>

            """
        if let schema {
            xml += "    <category term=\"\(XML.escape(schema.name))\" label=\"\(XML.escape(schema.title))\"/>\n"
        }
        if let summary = PageContexts.description(of: entry, schema: schema) {
            xml += "    <summary>\(XML.escape(summary))</summary>\n"
        }
        // Links in the body are site paths; xml:base on <feed> makes them absolute.
        xml += "    <content type=\"html\">\(XML.escape(entry.body.html))</content>\n  </entry>\n"
        return xml
    }
}
