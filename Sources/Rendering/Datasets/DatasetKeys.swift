import Content
import Model
import Support

/// What pages showing datasets are keyed by, worked out without building their contexts:
/// a page whose template shows `data` (or charts) by all datasets, an entry page whose
/// template shows only `entry_data` by the rows that name its entry.
struct DatasetKeys: Sendable {
    /// Every dataset's files, and the title and URL of each entry its refs name (a ref shows
    /// as the entry's title, linked).
    let all: String
    /// By `collection/slug`: the rows that name the entry, as they show. An entry no row
    /// names has none.
    let byEntry: [String: String]

    init(model: SiteModel) {
        var all = Fingerprint()
        all.combine("datasets 1")
        var entryHashers: [String: Fingerprint] = [:]
        for dataset in model.site.datasets {
            all.combine(dataset.fingerprint)
            let columns = dataset.schema.columns
            for row in dataset.rows {
                var shown = Fingerprint()
                var named: [String] = []
                for (column, value) in zip(columns, row.values) {
                    shown.combine(value?.raw ?? "\u{0}")
                    guard case .ref(let collection) = column.type, case .text(let slug)? = value else { continue }
                    let target = collection + "/" + slug
                    named.append(target)
                    if let index = model.index(of: collection, slug: slug) {
                        let entry = model.entry(index)
                        all.combine(entry.title)
                        all.combine(entry.url)
                        shown.combine(entry.title)
                        shown.combine(entry.url)
                    } else {
                        all.combine(tag: 0)
                        shown.combine(tag: 0)
                    }
                }
                let rowKey = shown.hexDigest
                for target in named {
                    entryHashers[target, default: Fingerprint()].combine(dataset.schema.name)
                    entryHashers[target, default: Fingerprint()].combine(rowKey)
                }
            }
        }
        self.all = all.hexDigest
        byEntry = entryHashers.mapValues { $0.hexDigest }
    }

    init() {
        all = ""
        byEntry = [:]
    }
}
