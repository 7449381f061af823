import Cache

extension CacheStore {
    private static let checkKeysContext = "cross-checked 3"

    /// The keys of the last checks across files and of links that found nothing.
    package func checkKeys() -> SiteChecks.Keys {
        let records = records(.crossChecked, context: Self.checkKeysContext)
        func key(_ name: String) -> String? { records?[name].map { String(decoding: $0, as: UTF8.self) } }
        return SiteChecks.Keys(crossChecks: key("key"), links: key("links"))
    }

    /// Writes the keys unless they are those read (`previous`). A check that found something
    /// (`nil`) leaves the last key: it still vouches for the site it was made of.
    package func save(checked new: SiteChecks.Keys, previous: SiteChecks.Keys) {
        let checked = SiteChecks.Keys(crossChecks: new.crossChecks ?? previous.crossChecks, links: new.links ?? previous.links)
        guard checked != previous else { return }
        let keys = ["key": checked.crossChecks, "links": checked.links].compactMapValues { $0 }
        write(.crossChecked, context: Self.checkKeysContext, keys: keys.keys.sorted(), value: { Array(keys[$0]!.utf8) })
    }
}
