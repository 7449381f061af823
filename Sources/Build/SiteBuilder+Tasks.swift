import Cache
import Diagnostics
import Foundation
import Model
import Rendering
import Search
import Support

/// The tasks that run beside rendering pages (the search index; feeds, calendars and data
/// files), and writing what they make.
extension SiteBuilder {
    /// The search index, built from the model alongside the pages and written as soon as it is
    /// made, so its analyses and files leave memory before the pages are done.
    static func searchTask(
        _ renderer: SiteRenderer, memos: LastMemos, cache: CacheStore, writer: OutputWriter, folders: PageCache
    ) -> BackgroundTask<Result<(files: [WrittenData], patched: Bool), DiagnosticsError>> {
        BackgroundTask {
            let index = SearchIndex.build(
                renderer.model, path: SiteRenderer.searchPath, memo: memos.analyses.take(), merged: memos.merged.take(),
                entryKeys: renderer.entryKeys?.whole ?? [])
            // The memos are written while the index files are.
            let memosSaved = BackgroundTask { [analyses = index.analyses, merged = index.merged] in
                cache.save(analyses)
                cache.save(merged)
            }
            defer { memosSaved.value() }
            let page: OutputFile
            do throws(DiagnosticsError) {
                page = try renderer.searchPage(root: index.root, script: index.script)
            } catch {
                return .failure(error)
            }
            // The index files are named by their content: one the last build wrote at the same
            // path, still as written, holds the same bytes and is not compared again.
            let files = [DataFile(page)] + index.files.map { file in
                folders.canKeep(file.path, key: Self.namedByContent, in: writer)
                    ? DataFile(kept: file.path, key: Self.namedByContent)
                    : DataFile(OutputFile(path: file.path, bytes: file.bytes), key: Self.namedByContent)
            }
            return Result { () throws(DiagnosticsError) in (try write(files, with: writer), index.patched) }
        }
    }

    /// The key of a file whose name holds a hash of its bytes: its path says what it holds.
    private static let namedByContent = "named by content"

    /// Feeds, calendars, sitemap and data files, made alongside the pages (or kept from the last
    /// build, `kept`) and written as soon as they are made, so their rows leave memory before
    /// the pages are done; a file of the site's own (`static/robots.txt`, in `ownFiles`) wins.
    static func outputsTask(
        _ renderer: SiteRenderer, pagePaths: [String], ownFiles: Set<String>, cache: CacheStore, writer: OutputWriter,
        kept: PageCache
    ) -> BackgroundTask<Result<(files: [WrittenData], rowsMade: Int), DiagnosticsError>> {
        BackgroundTask {
            // Read only if a file has to be made (see `FragmentMemo`).
            let fragments = cache.fragmentMemo()
            let files = renderer.machineReadableOutputs(
                pagePaths: pagePaths, reusing: { kept.canKeep($0, key: $1, in: writer) }, fragments: fragments
            ).filter { !ownFiles.contains($0.path) }
            cache.save(fragments)
            return Result { () throws(DiagnosticsError) in (try write(files, with: writer), fragments.rowsMade) }
        }
    }

    /// The last build's memos but the parse memo and the data rows, read while the files are parsed.
    struct LastMemos: Sendable {
        var analyses: BackgroundTask<AnalysisMemo>
        var merged: BackgroundTask<IndexMemo>
        var model: BackgroundTask<ModelMemo>

        func wait() {
            for task in [analyses.wait, merged.wait, model.wait] { task() }
        }
    }

    /// What became of a machine-readable file: made (or kept), and written (or unchanged).
    struct WrittenData: Sendable {
        var path: String
        var key: String?
        var made: Bool
        var written: Bool
    }

    /// Stages the made files among `files` on all cores.
    private static func write(_ files: [DataFile], with writer: OutputWriter) throws(DiagnosticsError) -> [WrittenData] {
        return try writingSite(to: writer.output) {
            try files.parallelMap { file in
                Result {
                    WrittenData(
                        path: file.path, key: file.key, made: file.isMade,
                        written: try file.pieces.map { try writer.write(file.path, pieces: $0) } ?? false)
                }
            }.map { try $0.get() }
        }
    }

    /// Runs a step that writes into the output folder; an I/O failure becomes a diagnostic.
    static func writingSite<T>(to output: URL, _ step: () throws -> T) throws(DiagnosticsError) -> T {
        do {
            return try step()
        } catch let error as DiagnosticsError {
            throw error  // a template that cannot be rendered
        } catch {
            throw DiagnosticsError([.error(.cannotWriteSite(folder: output.path, reason: error.localizedDescription), at: nil)])
        }
    }
}
