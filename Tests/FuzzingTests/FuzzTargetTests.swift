import Foundation
import Fuzzing
import Testing

/// The fuzz targets in the suite: a smoke test of a few hundred mutated inputs each (well under a
/// second; scripts/fuzz runs them for real), and the inputs fuzzing found a bug with.
struct FuzzTargetTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let site = try! FuzzSite(folder: repository)

    @Test(arguments: FuzzTarget.allCases)
    func seedsAndMutationsRun(_ target: FuzzTarget) {
        #expect(target.seeds(Self.site).count >= 10)
        target.smoke(Self.site, runs: 200, seed: 17)
    }

    /// Tests/Fixtures/fuzz/TARGET: inputs that once crashed or hung a target.
    @Test(arguments: FuzzTarget.allCases)
    func findingsStayFixed(_ target: FuzzTarget) throws {
        let folder = Self.repository.appendingPathComponent("Tests/Fixtures/fuzz/\(target.rawValue)")
        let run = target.prepare(Self.site)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            run(Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}
