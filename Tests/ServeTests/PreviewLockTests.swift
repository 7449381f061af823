import Foundation
@testable import Serve
import Support
import Testing

/// The preview server holds the locks of its output and cache folders while it runs
/// (docs/reliability.md): a build of another process into them waits, then gives up.
@Suite struct PreviewLockTests {
    @Test func theServedFoldersAreLockedWhileItRuns() async throws {
        let running = try await RunningServer()
        for folder in [running.server.output, running.server.cacheFolder] {
            let lockFile = folder.appendingPathComponent(FolderLock.fileName)
            let holder = try String(contentsOf: lockFile, encoding: .utf8)
            #expect(holder == "\(getpid())\n", "\(folder.path)")
        }
        running.stop()
    }
}
