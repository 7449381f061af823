import Cache

extension CacheStore {
    /// The rows of the last build's data files, read only if a data file has to be made.
    package func fragmentMemo() -> FragmentMemo {
        let store = self
        return FragmentMemo(context: stamped(FragmentMemo.context), reading: { store.bytes(.fragments) })
    }
}
