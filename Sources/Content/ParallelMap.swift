import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` across all cores; results land in slots by index, so order never depends on scheduling.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        let cores = Parallelism.cores
        guard count > 1, cores > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        let chunks = Swift.min(count, cores * 4)
        withoutActuallyEscaping(transform) { transform in
            self.withUnsafeBufferPointer { input in
                let source = UnsafeSendable(input)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * count / chunks
                    let end = (chunk + 1) * count / chunks
                    for index in start..<end { slots.put(transform(source.value[index]), at: index) }
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
public enum Parallelism {
    /// All active cores, or `ZINYNAS_THREADS` when set (`1` gives a single-threaded build).
    public static var cores: Int {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["ZINYNAS_THREADS"], let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
