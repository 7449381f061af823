import Diagnostics
import Foundation

/// Runs the build's stages one after another: times each (`build --timings`) and tags what
/// one throws with its name, so an error says where the build stopped.
struct StageTimer {
    private(set) var stages: [(stage: String, seconds: Double)] = []
    private var last = DispatchTime.now()

    /// Runs `body` as the stage `name`.
    mutating func run<T>(_ name: String, _ body: () throws(DiagnosticsError) -> T) throws(DiagnosticsError) -> T {
        do {
            let value = try body()
            finish(name)
            return value
        } catch {
            finish(name)
            var tagged = error
            tagged.stage = tagged.stage ?? name
            throw tagged
        }
    }

    /// Runs `body`, which cannot fail, as the stage `name`.
    mutating func run<T>(_ name: String, _ body: () -> T) -> T {
        let value = body()
        finish(name)
        return value
    }

    /// Ends the stage `name` now: the time since the last stage ended is its.
    mutating func finish(_ name: String) {
        let now = DispatchTime.now()
        stages.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }
}
