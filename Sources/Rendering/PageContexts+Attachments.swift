import Config
import Content
import Templates

extension PageContexts {
    /// The entry's files for its page's "Priedai" list: title (the field's, else the PDF's
    /// own, else the file name), kind and size (`PDF, 1,2 MB`), and a link that downloads it.
    func attachments(of entry: Entry) -> [TemplateValue] {
        entry.files(model.config).compactMap { file in
            guard let attachment = model.site.attachments[file.sitePath] else { return nil }
            let title = attachment.title(given: file.title)
            let url = urls.page(attachment.url)
            let link = "<a href=\"\(HTML.escape(url))\" download=\"\(HTML.escape(attachment.fileName))\">\(HTML.escape(title))</a>"
            return [
                "title": .string(title), "url": .string(url), "fileName": .string(attachment.fileName),
                "kind": .string(attachment.kindLabel), "size": .string(Attachment.size(attachment.size)),
                "meta": .string(attachment.sizeLabel), "field": .string(file.field.label),
                "html": .string(link + " <span class=\"file-meta\">(\(HTML.escape(attachment.sizeLabel)))</span>"),
            ]
        }
    }
}

extension FieldSchema {
    /// A `file` field or a list of them: listed under "Priedai", not among the other fields.
    var isFile: Bool {
        switch type {
        case .file: return true
        case .list(let item): if case .file = item.type { return true } else { return false }
        default: return false
        }
    }
}
