import Config
import Content
import Model

/// What the index tells of a document's PDF: the terms found in it and nowhere in the entry's
/// own text, each with the first page it is on, so a result found through the file says so
/// and links to the page ("Rasta priede … (2 psl.)"). Written with the document's display data
/// (`IndexWriter.docShards`) as `[title, url, [term ids], [pages]]`.
struct AttachmentTerms {
    var title: String
    /// The file's URL with the base path.
    var url: String
    /// Index term → the first page (from 1) it is on.
    var pages: [String: Int]

    /// The entry's PDFs with text; `texts` are its weighted texts (an entry the analysis memo
    /// knows has its files' terms from there, `AnalysisMemo.Known`).
    static func of(_ entry: Entry, model: SiteModel, texts: [(weight: Double, text: String)], schema: CollectionSchema?) -> [AttachmentTerms] {
        let files = entry.files(model.config).compactMap { file in
            model.site.attachments[file.sitePath].flatMap { $0.pages.isEmpty ? nil : (file, $0) }
        }
        guard !files.isEmpty else { return [] }
        let analyzer = Analyzer()
        let all = texts.isEmpty ? SearchCorpus.texts(entry, schema: schema, model: model) : texts
        var own = Set<String>()
        for (weight, text) in all where weight != SearchCorpus.Weight.attachment {
            for token in analyzer.tokens(text) { own.insert(token.term) }
        }
        let prefix = String(model.config.basePath.dropLast())
        return files.map { file, attachment in
            var pages: [String: Int] = [:]
            for (number, page) in attachment.pages.enumerated() {
                for token in analyzer.tokens(page) where !own.contains(token.term) && pages[token.term] == nil {
                    pages[token.term] = number + 1
                }
            }
            return AttachmentTerms(title: attachment.title(given: file.title), url: prefix + attachment.url, pages: pages)
        }
    }
}
