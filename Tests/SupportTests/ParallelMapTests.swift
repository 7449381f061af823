@testable import Support
import Synchronization
import Testing

/// `parallelMap` keeps order whatever the scheduling; with worker state, each state is made
/// once per worker and used by one worker at a time.
@Suite struct ParallelMapTests {
    final class Worker: @unchecked Sendable {  // used by one thread at a time, which the test checks
        var busy = false
        var seen = 0
    }

    @Test func resultsKeepTheirOrder() {
        let input = Array(0..<5000)
        #expect(input.parallelMap { $0 * 2 } == input.map { $0 * 2 })
    }

    @Test func eachWorkerHasStateOfItsOwn() {
        let made = Mutex(0)
        let shared = Mutex(0)
        let input = Array(0..<20000)
        let output = input.parallelMap(workerState: { () -> Worker in
            made.withLock { $0 += 1 }
            return Worker()
        }) { worker, element -> Int in
            if worker.busy { shared.withLock { $0 += 1 } }
            worker.busy = true
            worker.seen += 1
            defer { worker.busy = false }
            return element + 1
        }
        #expect(output == input.map { $0 + 1 })
        #expect(shared.withLock { $0 } == 0, "no state was used by two workers at once")
        #expect((1...Parallelism.cores).contains(made.withLock { $0 }), "one state per worker")
    }
}
