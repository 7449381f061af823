import Cache

extension CacheStore {
    /// The last build's derived structures, checked against this build's shape when the model
    /// is derived.
    package func modelMemo() -> ModelMemo { ModelMemo(bytes: bytes(.model), stamp: stamped) }

    /// Writes the model's structures, unless they came from the memo.
    package func save(_ model: SiteModel) {
        if !model.isFromMemo { write(.model) { ModelMemo.encode(model, stamp: stamped, $0) } }
    }
}
