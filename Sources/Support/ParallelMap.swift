import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` across all cores; results land in slots by index, so order never depends on scheduling.
    /// Workers take small batches from a shared counter, so a run of slow elements (pages
    /// with long lists) never leaves the other cores idle.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        parallelMap(workerState: {}) { _, element in transform(element) }
    }

    /// `parallelMap` where each worker has state of its own, made once by `makeState`: what
    /// every element reads (the templates) is then not shared between cores, whose counting
    /// of references to one object cost more than the work done with it.
    package func parallelMap<State, T: Sendable>(
        workerState makeState: @Sendable () -> State, _ transform: @Sendable (inout State, Element) -> T
    ) -> [T] {
        let count = self.count
        let cores = Parallelism.cores
        guard count > 1, cores > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let slots = Slots<T>(count: count)
        let next = Atomic(0)
        let batch = Swift.max(1, Swift.min(64, count / (cores * 16)))
        withoutActuallyEscaping(transform) { transform in
            self.withUnsafeBufferPointer { input in
                let source = UnsafeSendable(input)
                DispatchQueue.concurrentPerform(iterations: Swift.min(count, cores)) { _ in
                    var state = makeState()
                    while true {
                        let start = next.wrappingAdd(batch, ordering: .relaxed).oldValue
                        guard start < count else { return }
                        for index in start..<Swift.min(start + batch, count) {
                            slots.put(transform(&state, source.value[index]), at: index)
                        }
                    }
                }
            }
        }
        return slots.take()
    }
}

/// Uninitialised storage filled exactly once per index by `parallelMap`.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    func put(_ value: T, at index: Int) { (base + index).initialize(to: value) }

    /// Moves the values out; call once, after every slot was filled.
    func take() -> [T] {
        let result = Array(UnsafeBufferPointer(start: base, count: count))
        base.deinitialize(count: count)
        return result
    }

    deinit { base.deallocate() }
}

private struct UnsafeSendable<V>: @unchecked Sendable {
    let value: V
    init(_ value: V) { self.value = value }
}

/// How many cores parallel stages use.
package enum Parallelism {
    /// All active cores, or `ZINYNAS_THREADS` when set (`1` gives a single-threaded build).
    package static var cores: Int {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["ZINYNAS_THREADS"], let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
