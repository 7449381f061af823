import Dispatch

/// A value computed on another thread while the caller goes on; computed at once when the
/// build runs on one thread (`ZINYNAS_THREADS=1`).
package final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    package init(_ work: @escaping @Sendable () -> Value) {
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
    package func value() -> Value {
        done.wait()
        defer { done.signal() }
        guard let result else { preconditionFailure("a BackgroundTask's value was read after it was taken") }
        return result
    }

    /// Waits for the value and hands it over, keeping no reference: it leaves memory with its
    /// last user, not with the task. Once; `wait()` after it still waits.
    package func take() -> Value {
        done.wait()
        defer {
            result = nil
            done.signal()
        }
        guard let result else { preconditionFailure("a BackgroundTask's value was taken twice") }
        return result
    }

    /// Waits for the task without taking its value.
    package func wait() {
        done.wait()
        done.signal()
    }
}

/// Lets go of `value` on another thread: freeing a large site's model, parse results and
/// page records is a measurable part of a rebuild (docs/benchmarks.md), and nobody waits for
/// it (a command-line build exits meanwhile). Freed at once when the build runs on one thread.
///
/// The freeing happens there only if the caller keeps no other reference past the call;
/// otherwise it happens wherever the last one goes, which is slower, never wrong.
package func releaseInBackground<Value>(_ value: consuming Value) {
    let box = ReleaseBox(value)
    guard Parallelism.cores > 1 else { return box.empty() }
    // A moment's delay lets the caller return and drop its own references first.
    DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + .milliseconds(2)) { box.empty() }
}

private final class ReleaseBox<Value>: @unchecked Sendable {
    private var value: Value?
    init(_ value: consuming Value) { self.value = value }
    /// Called once, by one thread.
    func empty() { value = nil }
}
