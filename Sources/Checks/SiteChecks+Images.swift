import Config
import Content
import Diagnostics
import Support
import Text

extension SiteChecks {
    /// Extensions an `image` field may name: the raster formats libvips processes, and GIF
    /// and SVG, published as they are.
    static let imageExtensions = Set(FileKind.images.extensions + ["svg"])

    /// The URL each symbolic link under content/ or static/ would have had, and its path.
    static func symlinkURLs(_ source: SiteSource, config: SiteConfig) -> [String: String] {
        var linked: [String: String] = [:]
        for path in source.symlinks {
            if let url = Attachment.url(of: path, config: config) { linked[url] = path }
        }
        return linked
    }

    /// Each `image` field's file must be an image beside the entry (or under static/ by a
    /// path from the site root), and a real file: a symbolic link is never followed.
    static func imageFieldDiagnostics(_ files: [ParsedFile], config: SiteConfig, source: SiteSource) -> [Diagnostic] {
        guard files.contains(where: { !$0.images.isEmpty }) else { return [] }
        let known = Set((source.staticFiles + source.assets).compactMap { Attachment.url(of: $0, config: config) })
        let linked = symlinkURLs(source, config: config)
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let entry = file.entry else { continue }
            for use in file.images {
                let ext = use.src.split(separator: ".").last.map { $0.lowercased() } ?? ""
                guard imageExtensions.contains(ext), use.src.contains(".") else {
                    diagnostics.append(
                        .error(.imageNotImage(field: use.field, src: use.src), at: use.location, length: use.length, hint: .imageKinds))
                    continue
                }
                let url = ImageUse.url(use.src, entryURL: entry.url)
                if known.contains(url) { continue }
                if let link = linked[url] {
                    diagnostics.append(
                        .error(.imageSymlink(field: use.field, symlink: link), at: use.location, length: use.length, hint: .copyImageHint))
                    continue
                }
                let siblings = known.filter { $0.hasPrefix(entry.url) }.map { String($0.dropFirst(entry.url.count)) }.sorted()
                let hint = Suggestion.closest(to: use.src, in: siblings).map(Message.didYouMean) ?? .putImageBeside(use.src)
                diagnostics.append(
                    .error(.imageMissing(field: use.field, src: use.src, url: url), at: use.location, length: use.length, hint: hint))
            }
        }
        return diagnostics
    }
}
