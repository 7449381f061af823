import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches `content/`, `data/`, `layouts/`, `static/` and `site.yml` and calls back after changes:
/// inotify on Linux, a polling scan elsewhere or when inotify is unavailable.
final class SiteWatcher: @unchecked Sendable {
    static let watchedFolders = ["content", "data", "layouts", "static"]

    private let siteFolder: URL
    private let onChange: @Sendable () -> Void
    private var thread: Thread?
    private let lock = NSLock()
    private var stopped = false

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Ends the watch within half a second.
    func stop() { lock.withLock { stopped = true } }

    init(siteFolder: URL, onChange: @escaping @Sendable () -> Void) {
        self.siteFolder = siteFolder
        self.onChange = onChange
    }

    /// Starts watching on a background thread; `polling` forces the portable scanner.
    func start(polling: Bool = false) {
        // The baseline is taken before returning, so a change made right after counts.
        let baseline = snapshot()
        let thread = Thread { [self] in
            #if canImport(Glibc)
                if !polling, watchWithInotify(from: baseline) { return }
            #endif
            watchByPolling(from: baseline)
        }
        thread.name = "zinynas-watch"
        thread.start()
        self.thread = thread
    }

    // MARK: - Polling

    /// Size and modification time per file: enough to notice a save, never used for output.
    private func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        var paths = ["site.yml"]
        for folder in Self.watchedFolders {
            guard let enumerator = fm.enumerator(atPath: siteFolder.appendingPathComponent(folder).path) else { continue }
            while let relative = enumerator.nextObject() as? String { paths.append(folder + "/" + relative) }
        }
        for path in paths {
            guard let attributes = try? fm.attributesOfItem(atPath: siteFolder.appendingPathComponent(path).path) else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[path] = "\(size)/\(modified)"
        }
        return result
    }

    private func watchByPolling(from baseline: [String: String]) {
        var last = baseline
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.3)
            let current = snapshot()
            if current != last {
                last = current
                onChange()
            }
        }
    }

    // MARK: - inotify

    #if canImport(Glibc)
        /// Blocks reading inotify events; returns `false` at once if inotify cannot start.
        private func watchWithInotify(from baseline: [String: String]) -> Bool {
            let fd = inotify_init1(Int32(IN_CLOEXEC))
            guard fd >= 0 else { return false }
            let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
            func addWatches() {
                _ = inotify_add_watch(fd, siteFolder.path, mask)  // site.yml and new top-level folders
                for folder in Self.watchedFolders {
                    let root = siteFolder.appendingPathComponent(folder)
                    var folders = [root.path]
                    if let enumerator = FileManager.default.enumerator(atPath: root.path) {
                        while let relative = enumerator.nextObject() as? String {
                            var isDirectory: ObjCBool = false
                            let path = root.appendingPathComponent(relative).path
                            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                                folders.append(path)
                            }
                        }
                    }
                    for path in folders { _ = inotify_add_watch(fd, path, mask) }
                }
            }
            addWatches()
            if snapshot() != baseline { onChange() }  // saved while the watches were being set up
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            defer { close(fd) }
            while !isStopped {
                // Wait with a timeout so that `stop` is noticed even when nothing changes.
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, 500) > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count <= 0 {
                    if errno == EINTR { continue }
                    return false
                }
                // Editors save through temporary files and renames: re-adding watches is
                // idempotent and catches folders created since.
                addWatches()
                onChange()
            }
            return true
        }
    #endif
}
