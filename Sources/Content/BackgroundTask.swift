import Dispatch

/// A value computed on another thread while the caller goes on; computed at once when the
/// build runs on one thread (`ZINYNAS_THREADS=1`).
public final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        guard Parallelism.cores > 1 else {
            result = work()
            done.signal()
            return
        }
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the value; any number of calls (a build that stops early waits too, so no
    /// task outlives it).
    public func value() -> Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
