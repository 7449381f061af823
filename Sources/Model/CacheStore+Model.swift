import Cache

extension CacheStore {
    /// The last build's derived structures, checked against this build's shape when the model
    /// is derived.
    package func modelMemo() -> ModelMemo {
        guard let resident else { return ModelMemo(bytes: bytes(.model), stamp: stamped) }
        let kept = resident.value(File.model.rawValue, context: Self.residentModel, as: ModelMemo.Kept.self)
        return ModelMemo(kept: kept, stamp: stamped)
    }

    /// Writes the model's structures, unless they came from the memo.
    package func save(_ model: SiteModel) {
        if let resident {
            let kept = ModelMemo.Kept(
                shape: stamped(model.shape), structures: ModelMemo.Structures(of: model), titleKeys: model.titleKeys)
            return resident.keep(File.model.rawValue, context: Self.residentModel, value: kept)
        }
        if !model.isFromMemo { write(.model) { ModelMemo.encode(model, stamp: stamped, $0) } }
    }

    /// The structures carry their shape, checked when the model is derived.
    private static let residentModel = "model"
}
