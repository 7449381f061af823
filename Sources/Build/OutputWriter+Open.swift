import Diagnostics
import Foundation
import Support

/// Opening the output folder (checks, the lock, the last build's manifest) and the build's
/// end: the commit with its manifest, or a failure that leaves the folder as it was.
extension OutputWriter {
    /// The manifest's name in the output folder: every file the last build wrote there, the
    /// only files a later build removes.
    package static let manifestName = ".zinynas-manifest"
    private static let manifestHeader = "zinynas-manifest 1"

    /// Checks the output folder, makes it if missing, and locks it (waiting up to
    /// `FolderLock.defaultTimeout` for another build): a symlink, a file, or a non-empty
    /// folder without a manifest (unless `force`) is refused. Files matching `keep` do not
    /// make a folder non-empty.
    package func open(force: Bool, keep: [String]) throws(DiagnosticsError) {
        try checkOutputFolder()
        var info = stat()
        if lstat(output.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw refusal(
                    .outputs(.outputNotFolder(path: output.path, isLink: info.st_mode & S_IFMT == S_IFLNK)),
                    hint: .outputs(.outputNotFolderHint))
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            } catch {
                throw failure(error)
            }
            staging.withState { $0.madeOutput = true }
        }
        do throws(FolderLock.Failure) {
            let lock = try FolderLock.acquire(output.path)
            staging.withState { $0.lock = lock }
        } catch {
            throw refusal(error.message(folder: output.path, isOutput: true), hint: nil)
        }
        do throws(DiagnosticsError) {
            removeStaging()  // what a killed build left
            if let manifest = readManifest() {
                staging.withState { $0.manifest = manifest }
            } else if !force, let other = foreignEntries(keep: keep).first {
                throw refusal(
                    .outputs(.outputForeign(path: output.path, file: other, manifest: Self.manifestName)),
                    hint: .outputs(.outputForeignHint))
            }
            guard mkdir(staging.folder, 0o755) == 0 else { throw failure(OutputFailure(code: errno, path: Self.stagingName)) }
        } catch {
            close()
            throw error
        }
    }

    /// Writes the manifest of `expected` (every file of this build), then moves every staged
    /// file into place and removes the files the last build listed that this one does not
    /// make but those matching `keep`: all or nothing. Returns the files that went.
    /// `keepingLast` (a pages-only build) removes nothing, and lists the last build's files too.
    package func commit(expected: [String], keep: [String], keepingLast: Bool = false) throws(DiagnosticsError) -> [String] {
        let last = staging.withState { $0.manifest }
        // A pages-only build lists the last build's files too; most often it adds none.
        let isSame = keepingLast && expected.allSatisfy(last.contains)
        let listed = isSame ? last : keepingLast ? last.union(expected) : Set(expected)
        // A path with a line break cannot be listed (and is never removed).
        let written = listed.contains { $0.utf8.contains(10) } ? listed.filter { !$0.utf8.contains(10) } : listed
        do {
            // The same files as the last build's: the manifest stays (sorting 27,000 paths to
            // write the same text again is a tenth of a one-page rebuild at 10,000 entries).
            if !(isSame || written == last) || manifestStamp() == nil {
                let text = ([Self.manifestHeader] + written.sorted()).joined(separator: "\n") + "\n"
                _ = try update(Self.manifestName, with: [Array(text.utf8)[...]])
            }
            let stale = keepingLast ? [] : last.filter { !listed.contains($0) && !Self.matches(keep, $0) }
            let removed = try commit(stale: stale.sorted())
            if let resident, let stamp = manifestStamp() {
                resident.keep(Self.manifestName, context: stamp, value: written)
            }
            return removed
        } catch {
            throw failure(error)
        }
    }

    /// Ends the build: removes what was staged and not committed, releases the lock, and
    /// removes the output folder again if this build made it and wrote nothing into it.
    package func close() {
        removeStaging()
        let (lock, madeOutput) = staging.withState { state in
            defer { state.lock = nil }
            return (state.lock, state.madeOutput)
        }
        lock?.release()
        if madeOutput { rmdir(output.path) }
    }

    /// The files the manifest lists, or `nil` when there is none (or it is not one):
    /// only relative paths that stay inside the output.
    private func readManifest() -> Set<String>? {
        if let stamp = manifestStamp(), let kept = resident?.value(Self.manifestName, context: stamp, as: Set<String>.self) {
            return kept
        }
        guard let bytes = PlainFiles.read(output.path + "/" + Self.manifestName) else { return nil }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(Self.manifestHeader) else { return nil }
        lines.removeFirst()
        return Set(lines.lazy.map(String.init).filter { path in
            !path.hasPrefix("/") && path.split(separator: "/", omittingEmptySubsequences: false)
                .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        })
    }

    /// The manifest file as it stands (folder, size, modification time): what a kept manifest
    /// is checked against.
    private func manifestStamp() -> String? {
        let path = output.path + "/" + Self.manifestName
        return PageCache.stat(path).map { "\(path)\t\($0.0)\t\($0.1)" }
    }

    /// The top-level entries of the output folder that are neither the build's own
    /// (lock, staging, manifest) nor matched by `keep`.
    private func foreignEntries(keep: [String]) -> [String] {
        let own: Set = [FolderLock.fileName, Self.stagingName, Self.manifestName]
        return PlainFiles.list(output.path).map(\.name).filter { !own.contains($0) && !Self.matches(keep, $0) }.sorted()
    }

    /// Whether `path` or one of its folders matches one of `globs`: `*` and `?` within a
    /// name, `**` across names, and `folder/**` the folder itself too.
    package static func matches(_ globs: [String], _ path: String) -> Bool {
        let parts = path.split(separator: "/")
        let prefixes = parts.indices.map { parts[...$0].joined(separator: "/") }
        return globs.contains { glob in
            let bare = glob.hasSuffix("/**") ? String(glob.dropLast(3)) : nil
            return prefixes.contains { prefix in Glob.matches(glob, prefix) || bare.map { Glob.matches($0, prefix) } == true }
        }
    }

    private func refusal(_ message: Message, hint: Message?) -> DiagnosticsError {
        DiagnosticsError([.error(message, at: nil, hint: hint)])
    }
}
