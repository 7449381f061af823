import Dispatch
import Glibc
@testable import Support
import Testing

/// What a build lets go of in the background is freed, and not on the caller's thread; what
/// a task hands over leaves memory with its last user, not with the task.
@Suite struct BackgroundReleaseTests {
    final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let owner: pthread_t
        nonisolated(unsafe) static var freedOnCaller = false
        init(_ freed: DispatchSemaphore) {
            self.freed = freed
            owner = pthread_self()
        }
        deinit {
            if pthread_equal(owner, pthread_self()) != 0 { Self.freedOnCaller = true }
            freed.signal()
        }
    }

    @Test func aReleasedValueIsFreedOnAnotherThread() {
        let freed = DispatchSemaphore(value: 0)
        releaseInBackground((Tracked(freed), [Tracked(freed), Tracked(freed)]))
        for _ in 0..<3 { #expect(freed.wait(timeout: .now() + 5) == .success, "freed, not leaked") }
        if Parallelism.cores > 1 { #expect(!Tracked.freedOnCaller) }
    }

    @Test func aTakenValueLeavesMemoryWithItsLastUser() {
        let freed = DispatchSemaphore(value: 0)
        let task = BackgroundTask { Tracked(freed) }
        do {
            let value = task.take()
            #expect(value.freed === freed)
        }
        #expect(freed.wait(timeout: .now() + 5) == .success, "the task keeps no reference once taken")
        task.wait()  // and waiting afterwards does not block
    }
}
