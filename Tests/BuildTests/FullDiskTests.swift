import Build
import Diagnostics
import Foundation
import Testing

/// A 2 MB tmpfs that a test mounts (only where this process may mount one, as root).
enum TmpfsVolume {
    static let available: Bool = {
        guard getuid() == 0, let folder = try? BuildFixture.scratch().appendingPathComponent("probe") else { return false }
        guard (try? mount(folder)) == true else { return false }
        unmount(folder)
        return true
    }()

    @discardableResult
    static func mount(_ folder: URL) throws -> Bool {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", folder.path])
    }

    static func unmount(_ folder: URL) { _ = run("/bin/umount", [folder.path]) }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// A real full disk.
@Suite(.enabled(if: TmpfsVolume.available, "needs permission to mount a tmpfs")) struct FullDiskTests {
    @Test func aRebuildThatDoesNotFitLeavesTheLastSite() throws {
        let site = try BuildFixture.copy("valid")
        let volume = site.deletingLastPathComponent().appendingPathComponent("disk")
        try #require(try TmpfsVolume.mount(volume))
        defer { TmpfsVolume.unmount(volume) }
        let output = volume.appendingPathComponent("public")
        _ = try BuildFixture.build(site, into: output)
        let before = try OutputAtomicityTests.snapshot(output)
        // Every page changes, and a file larger than the disk is added.
        let config = site.appendingPathComponent("site.yml")
        try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "title: Bandomasis žinynas", with: "title: Kitas")
            .write(to: config, atomically: true, encoding: .utf8)
        try Data((0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
            .write(to: site.appendingPathComponent("static/didelis.bin"))
        let error = #expect(throws: DiagnosticsError.self) { try BuildFixture.build(site, into: output) }
        let message = error?.diagnostics.map(\.message).joined() ?? ""
        #expect(message.contains("cannot write the site to \(output.path): no space left on the device (ENOSPC) at "), "\(message)")
        let after = try OutputAtomicityTests.snapshot(output)
        #expect(after == before)
        #expect(OutputAtomicityTests.leftovers(after).isEmpty)
        // With room again, the rebuild goes through.
        try FileManager.default.removeItem(at: site.appendingPathComponent("static/didelis.bin"))
        let report = try BuildFixture.build(site, into: output)
        #expect(report.diagnostics.isEmpty)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains("Kitas"))
    }
}
