import Foundation
import Support

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
            let rootWatch = inotify_add_watch(fd, siteFolder.path, mask)  // site.yml and new top-level folders
            var folders: [Int32: String] = [:]  // each watch's folder, for the names in its events
            /// Watches `path` and every folder below it. Each folder is watched before its
            /// entries are listed, so a folder made inside it meanwhile is either listed or
            /// reported by an event of its own.
            func watchTree(_ path: String) {
                let watch = inotify_add_watch(fd, path, mask)
                guard watch >= 0 else { return }
                folders[watch] = path
                for (name, kind) in PlainFiles.list(path) where kind == .folder && !name.hasPrefix(".") { watchTree(path + "/" + name) }
            }
            func addWatches() {
                for folder in Self.watchedFolders { watchTree(siteFolder.path + "/" + folder) }
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
                let events = Self.events(in: buffer[..<count])
                // A folder created or moved in gets watches, on it and below it; walking every
                // folder after every save cost a rebuild's worth of time on a large site.
                if events.contains(where: \.isOverflow) {
                    addWatches()
                } else {
                    for event in events where event.isNewFolder {
                        if event.watch == rootWatch {
                            if Self.watchedFolders.contains(event.name) { watchTree(siteFolder.path + "/" + event.name) }
                        } else if let parent = folders[event.watch] {
                            watchTree(parent + "/" + event.name)
                        }
                    }
                }
                if events.contains(where: \.isOverflow) || events.contains(where: { relevant($0, root: rootWatch) }) {
                    onChange()
                }
            }
            return true
        }

        /// In the site folder itself only site.yml and the watched folders count (not the
        /// cache folder a `zinynas build` writes, nor an editor's backup of site.yml); below it,
        /// no hidden file (an editor's swap or temporary file), which the build never reads.
        func relevant(_ event: WatchEvent, root: Int32) -> Bool {
            if event.watch == root { return event.name == "site.yml" || Self.watchedFolders.contains(event.name) }
            return !event.name.hasPrefix(".")
        }

        /// One inotify record: the watch it came from, what happened and the name in that folder.
        struct WatchEvent {
            var watch: Int32
            var mask: UInt32
            var name: String

            var isNewFolder: Bool {
                mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
            }
            /// The kernel dropped events: anything may have changed.
            var isOverflow: Bool { mask & UInt32(IN_Q_OVERFLOW) != 0 }
        }

        /// The records in what one `read` returned (`struct inotify_event`, then `len` bytes of
        /// a NUL-padded name).
        static func events(in bytes: ArraySlice<UInt8>) -> [WatchEvent] {
            var events: [WatchEvent] = []
            var offset = bytes.startIndex
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= bytes.endIndex {
                let (watch, mask, length) = bytes[offset..<(offset + header)].withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: 0, as: Int32.self), raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
                }
                let nameEnd = min(offset + header + length, bytes.endIndex)
                let name = bytes[(offset + header)..<nameEnd].prefix { $0 != 0 }
                events.append(WatchEvent(watch: watch, mask: mask, name: String(decoding: name, as: UTF8.self)))
                offset = nameEnd
            }
            return events
        }
    #endif
}
