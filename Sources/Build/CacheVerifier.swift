import Diagnostics
import Synchronization

/// Verification mode (`ZINYNAS_VERIFY_CACHE=1`, `SiteBuilder.Options.verifyCache`): every page
/// and data file that the page record would keep is made again instead, and the writer
/// compares it with the file in the output folder. A file that differs was kept stale by the
/// cache: it is reported and left as it is (never silently rewritten), and the build fails.
final class CacheVerifier: Sendable {
    /// The site's own files: one may stand where a page is rendered (`static/404.html`), and
    /// the record then describes the copy, not the page; the copy is compared by its bytes.
    private let ownFiles: Set<String>
    /// The files the page record would have kept.
    private let kept = Mutex<Set<String>>([])
    /// Those of them whose bytes differ from the file made again.
    private let stale = Mutex<[String]>([])

    init(ownFiles: Set<String>) { self.ownFiles = ownFiles }

    /// What to answer whether the file at `path` is kept, given the record's answer: made
    /// again (and remembered) where the record would keep it.
    func keeps(_ path: String, recordKeeps: Bool) -> Bool {
        guard recordKeeps, !ownFiles.contains(path) else { return recordKeeps }
        kept.withLock { _ = $0.insert(path) }
        return false
    }

    /// Whether the made bytes of `path`, which differ from the file's, may be written: not if
    /// the record would have kept the file, which is then reported.
    func mayRewrite(_ path: String) -> Bool {
        guard kept.withLock({ $0.contains(path) }) else { return true }
        stale.withLock { $0.append(path) }
        return false
    }

    /// Fails the build if any kept file was stale.
    func check() throws(DiagnosticsError) {
        let paths = stale.withLock { $0.sorted() }
        guard !paths.isEmpty else { return }
        throw DiagnosticsError(
            paths.map { path in
                .error(.outputs(.cacheStale(path)), at: nil, hint: .outputs(.cacheStaleHint))
            })
    }
}
