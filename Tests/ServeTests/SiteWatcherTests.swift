import Foundation
@testable import Serve
import Testing

#if canImport(Glibc)
    import Glibc

    /// The inotify records the watcher reads: which count as a change, which add watches.
    @Suite struct SiteWatcherTests {
        /// One `struct inotify_event` and its name, padded with NULs to `padded` bytes.
        static func record(watch: Int32, mask: Int32, name: String, padded: Int = 16) -> [UInt8] {
            var bytes: [UInt8] = []
            withUnsafeBytes(of: watch) { bytes += $0 }
            withUnsafeBytes(of: UInt32(bitPattern: mask)) { bytes += $0 }
            withUnsafeBytes(of: UInt32(0)) { bytes += $0 }  // cookie
            let length = name.isEmpty ? 0 : padded
            withUnsafeBytes(of: UInt32(length)) { bytes += $0 }
            var nameBytes = Array(name.utf8)
            if length > 0 { nameBytes += [UInt8](repeating: 0, count: length - nameBytes.count) }
            return bytes + nameBytes
        }

        @Test func recordsAreReadWithTheirNames() {
            let bytes = Self.record(watch: 3, mask: IN_CLOSE_WRITE, name: "apie.md")
                + Self.record(watch: 4, mask: IN_CREATE | IN_ISDIR, name: "naujas", padded: 32)
                + Self.record(watch: 5, mask: IN_IGNORED, name: "")
            let events = SiteWatcher.events(in: bytes[...])
            #expect(events.map(\.watch) == [3, 4, 5])
            #expect(events.map(\.name) == ["apie.md", "naujas", ""])
            #expect(events.map(\.isNewFolder) == [false, true, false])
            #expect(events.filter(\.isOverflow).isEmpty)
            #expect(SiteWatcher.events(in: Self.record(watch: -1, mask: IN_Q_OVERFLOW, name: "")[...]).first?.isOverflow == true)
        }

        @Test func aTruncatedRecordEndsTheList() {
            let bytes = Self.record(watch: 3, mask: IN_MODIFY, name: "a.md") + [1, 2, 3]
            #expect(SiteWatcher.events(in: bytes[...]).map(\.name) == ["a.md"])
        }

        /// In the site folder only site.yml and the watched folders count; below, no hidden file.
        @Test func onlyWhatTheBuildReadsCounts() {
            let watcher = SiteWatcher(siteFolder: URL(fileURLWithPath: "/nonexistent")) {}
            func counts(_ watch: Int32, _ name: String) -> Bool {
                watcher.relevant(SiteWatcher.WatchEvent(watch: watch, mask: UInt32(IN_CLOSE_WRITE), name: name), root: 1)
            }
            #expect(counts(1, "site.yml") && counts(1, "content") && counts(1, "static"))
            #expect(!counts(1, ".zinynas-cache") && !counts(1, "site.yml~") && !counts(1, "README.md"))
            #expect(counts(2, "apie.md") && counts(2, "") && !counts(2, ".apie.md.swp"))
        }
    }
#endif
