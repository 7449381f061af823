// The English catalogue of the commands' own words (see CommandMessage.swift).
extension CommandMessage {
    var english: String {
        switch self {
        case .summary(let errors, let warnings, let files):
            Message.englishSummary(errors: errors, warnings: warnings, files: files)
        case .checkedClean(let files): "checked \(files) files: no errors"
        case .nothingWritten(let summary): "\(summary.english); nothing was written"
        case .buildStopped(let stage): "the build stopped at its '\(stage)' stage"
        case .built(let entries, let pages, let written, let unchanged, let removed, let folder, let time, let stages):
            "built \(entries) entries into \(pages) pages (\(Message.count(written, "file")) written"
                + (unchanged > 0 ? ", \(unchanged) unchanged" : "") + (removed > 0 ? ", \(removed) removed" : "")
                + ") in \(folder) in \(time) (\(stages))"
        case .created(let path): "created \(path): fill in the fields, then run zinynas check"
        case .progressReading(let folder): "reading \(folder)"
        case .progressParsing(let files): "parsing \(files) files"
        case .progressImages: "processing images"
        case .progressIndexing(let entries): "indexing \(entries) entries for search"
        case .progressRendering(let entries): "rendering pages of \(entries) entries"
        case .progressCopying(let files): "copying \(files) files"
        case .serving(let site, let address): "serving \(site) at \(address) (Ctrl+C stops)"
        case .servedBuilt(let pages): "built \(pages) pages"
        case .serveFailed(let summary, let hasGood):
            "build failed: \(summary.english); "
                + (hasGood ? "still serving the last good site" : "no good build yet: pages show the errors")
        case .portInUse(let port):
            "port \(port) is already in use by another program; choose another with --port, e.g. --port \(port &+ 1)"
        case .cannotServe(let address, let reason): "cannot serve on \(address): \(reason)"
        case .folderInUse(let folder, let isOutput, let pid, let waited):
            "another zinynas\(pid.map { " (PID \($0))" } ?? "") is using the \(isOutput ? "output" : "cache") folder \(folder); gave up after waiting \(waited) s"
        case .cannotLockFolder(let folder, let isOutput, let reason):
            "cannot lock the \(isOutput ? "output" : "cache") folder \(folder): \(reason)"
        case .overlayTitle: "Content errors"
        case .overlayClose: "Close"
        case .overlayErrors(let count, let hasGood):
            (hasGood ? "The site could not be rebuilt: " : "The site could not be built: ") + Message.count(count, "error")
                + (hasGood ? ". The last working version is shown." : ". There is no working version yet: fix the errors.")
        case .noBuildYetTitle: "The site is not built yet"
        case .noBuildYetText: "The content has errors, so there is no working version of the site yet. Fix them: the page reloads by itself."
        case .badLanguageFlag(let text): "--lang must be lt or en; found '\(text)'"
        }
    }
}
