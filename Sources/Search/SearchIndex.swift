import Foundation
import Model

/// The `render` stage's search part: the index files and the browser client, in memory.
package struct SearchIndex: Sendable {
    /// Output-relative path → bytes.
    package var files: [(path: String, bytes: [UInt8])]
    /// Site paths (without the base path) of the root file and the client module.
    package var root: String
    package var script: String
    package var documents: Int
    /// This build's word analyses, for the next build to reuse.
    package var analyses: AnalysisMemo
    /// This build's merged index, for the next build to patch.
    package var merged: IndexMemo
    /// Whether the last build's merged index was patched rather than every document merged.
    package var patched: Bool

    /// Indexes every entry of the model but the home page; files go under `path` (`/paieska/`).
    /// Documents whose texts are unchanged take their word analyses from `memo`, and entries
    /// whose inputs have the key they had then (`entryKeys`, by entry index) their texts'
    /// fingerprint and snippet too. When few documents changed since the merged index
    /// `merged` was made, their postings are replaced in it.
    package static func build(
        _ model: SiteModel, path: String = "/paieska/", memo: AnalysisMemo = AnalysisMemo(context: ""),
        merged: IndexMemo? = nil, entryKeys: [String?] = []
    ) -> SearchIndex {
        let corpus = SearchCorpus(model: model, entryKeys: entryKeys, memo: memo)
        let inverted = InvertedIndex(documents: corpus.documents, memo: memo, merged: merged) { document in
            let schema = model.config.collections.indices.contains(document.collection) ? model.config.collections[document.collection] : nil
            return SearchCorpus.texts(model.entry(document.entry), schema: schema, model: model)
        }
        let folder = String(path.dropFirst()) + "index"
        let (suggestions, suggestName) = (Self.suggestions, Self.suggestionsName)
        var writer = IndexWriter()
        writer.suggest = "../" + suggestName
        let root = writer.write(corpus, inverted, folder: folder)
        let client = Self.client
        let scriptName = "paieska-" + ContentHash.hex(client).prefix(12) + ".js"
        let files = writer.files + [(String(path.dropFirst()) + scriptName, client), (String(path.dropFirst()) + suggestName, suggestions)]
        return SearchIndex(
            files: files, root: path + "index/" + root, script: path + scriptName, documents: corpus.documents.count,
            analyses: inverted.memo, merged: inverted.merged, patched: inverted.patched)
    }

    /// The browser client (`Client/paieska.js` with the stemmer of `Client/lithuanian.js`,
    /// joined by `ClientBundle`), compiled into the program by the EmbedClient plugin, so it is
    /// versioned with the index format and `zinynas` is one file.
    /// The nearest-word suggestions (`Client/pasiulymai.js`), fetched only when a query finds nothing.
    static let suggestions = Array(Embedded.pasiulymai.utf8)
    static let suggestionsName = "pasiulymai-" + ContentHash.hex(suggestions).prefix(12) + ".js"

    package static let client: [UInt8] = Array(
        ClientBundle.join(
            stemmer: Embedded.lithuanian,
            modules: [("indeksas.js", Embedded.indeksas), ("rezultatai.js", Embedded.rezultatai), ("paieska.js", Embedded.paieska)]
        ).utf8)
}
