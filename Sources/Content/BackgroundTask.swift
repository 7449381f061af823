import Dispatch

/// A value computed on another thread while the caller goes on.
public final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the value (once).
    public func value() -> Value {
        done.wait()
        return result!
    }
}
