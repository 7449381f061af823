import Foundation
import Rendering
import Synchronization

/// A failure of one file operation in the output folder: what failed (`errno`), and where.
package struct OutputFailure: Error, LocalizedError, Sendable {
    package var code: Int32
    /// The path, relative to the output folder (or absolute, outside it).
    package var path: String

    package init(code: Int32, path: String) {
        self.code = code
        self.path = path
    }

    /// `no space left on the device (ENOSPC) at projektai/x/index.html`.
    package var errorDescription: String? {
        let meaning = code == ENOSPC ? "no space left on the device" : String(cString: strerror(code)).lowercasedFirst
        return "\(meaning)\(Self.names[code].map { " (\($0))" } ?? "") at \(path)"
    }

    private static let names: [Int32: String] = [
        ENOSPC: "ENOSPC", EIO: "EIO", EACCES: "EACCES", EPERM: "EPERM", EROFS: "EROFS", EDQUOT: "EDQUOT",
        EISDIR: "EISDIR", ENOTDIR: "ENOTDIR", EEXIST: "EEXIST", ENOENT: "ENOENT",
    ]
}

/// Test hook: makes the Nth operation that changes an output folder (a file staged, a folder
/// made, a link or a rename) fail with an `errno`, to prove a failure at any point leaves the
/// last site as it was. Set per output folder by tests, or for every output folder of the
/// process by `ZINYNAS_FAIL_WRITE=N` or `N:EIO` (default ENOSPC).
package enum OutputFaults {
    struct Plan {
        var failing: Int
        var code: Int32
        var count = 0

        /// Counts an operation: the injected `errno` if it is the one to fail.
        mutating func step() -> Int32? {
            count += 1
            return count == failing ? code : nil
        }
    }

    private static let plans = Mutex<[String: Plan]>([:])

    private static let environment = Mutex<Plan?>(parse(ProcessInfo.processInfo.environment["ZINYNAS_FAIL_WRITE"]))

    /// Makes the `n`th operation in `output` fail with `code` (0: none fails; operations are
    /// counted, see `operations`).
    package static func inject(into output: URL, failing n: Int, code: Int32 = ENOSPC) {
        plans.withLock { $0[output.standardizedFileURL.path] = Plan(failing: n, code: code) }
    }

    /// How many operations were counted in `output` since `inject`; removes its plan.
    package static func operations(in output: URL) -> Int {
        plans.withLock { $0.removeValue(forKey: output.standardizedFileURL.path)?.count ?? 0 }
    }

    /// Counts one operation on `path` in `output`; throws the injected failure if it is the Nth.
    static func check(_ output: String, _ path: String) throws(OutputFailure) {
        var fail: Int32?
        let planned = plans.withLock { plans in
            guard plans[output] != nil else { return false }
            fail = plans[output]!.step()
            return true
        }
        if !planned { fail = environment.withLock { $0?.step() } }
        if let fail { throw OutputFailure(code: fail, path: path) }
    }

    private static func parse(_ value: String?) -> Plan? {
        guard let parts = value?.split(separator: ":"), let n = parts.first.flatMap({ Int($0) }) else { return nil }
        let code: Int32 = parts.count > 1 && parts[1] == "EIO" ? EIO : ENOSPC
        return Plan(failing: n, code: code)
    }
}

extension String {
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
