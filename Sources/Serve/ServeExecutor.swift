import Dispatch

/// Where the preview server's tasks run: threads of a Dispatch queue of its own, not Swift's
/// cooperative pool. The pool has one thread per core (two on the bench machine), and any
/// code that blocks one (a build waiting on its background tasks, a test process running
/// other suites' synchronous work) would otherwise stall every connection for as long.
final class ServeExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = ServeExecutor()

    private let queue = DispatchQueue(label: "zinynas.serve", qos: .userInitiated, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// The serial executor of one of the preview server's actors: a serial Dispatch queue of its
/// own, for the reason `ServeExecutor` gives (an actor runs on Swift's pool unless told).
final class ServeActorExecutor: SerialExecutor, @unchecked Sendable {
    private let queue: DispatchQueue

    init(_ label: String) { queue = DispatchQueue(label: "zinynas.serve." + label, qos: .userInitiated) }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedSerialExecutor()) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }
}
