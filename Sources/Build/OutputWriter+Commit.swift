import Foundation
import Support
import Synchronization

/// Staging and committing: a build's changed files wait in the staging folder until every
/// one of them is written (so there was room for all), then go into place by `rename`.
extension OutputWriter {
    /// The staging folder's name, in the output folder (on its file system, so a rename is
    /// a move and never a copy).
    static let stagingName = ".zinynas-staging"

    /// A step of a commit, and how to take it back.
    enum Undo {
        /// A folder the commit made: removed.
        case removeFolder(String)
        /// A file (or what stood in a folder's way) moved or linked aside: put back.
        case restore(aside: String, path: String)
        /// A file the commit put where none was: removed.
        case remove(String)
    }

    /// What this build staged, and the state around it (`open`, `commit`, `close`).
    final class Staging: Sendable {
        let folder: String
        private let state = Mutex(State())

        struct State {
            /// Output path → name in the staging folder.
            var staged: [String: String] = [:]
            var next = 0
            /// The lock on the output folder, while open.
            var lock: FolderLock?
            /// Whether `open` made the output folder (a failed build removes it again).
            var madeOutput = false
            /// The last build's manifest: the files it wrote.
            var manifest: Set<String> = []
        }

        init(folder: String) { self.folder = folder }

        func withState<T: Sendable>(_ body: (inout sending State) -> sending T) -> T { state.withLock(body) }

        /// A new name in the staging folder.
        func name() -> String {
            state.withLock { state in
                state.next += 1
                return folder + "/\(state.next)"
            }
        }

        /// Writes `pieces` into the staging folder for `relative` (the last staging of a
        /// path wins); on failure, whatever was written stays there until `close`.
        func stage(_ relative: String, pieces: [ArraySlice<UInt8>], output: String) throws(OutputFailure) {
            let name = name()
            try OutputFaults.check(output, relative)
            do {
                guard try PlainFiles.create(pieces: pieces, at: name) else { throw OutputFailure(code: EEXIST, path: relative) }
            } catch let failure as OutputFailure {
                throw failure
            } catch {
                let code = ((error as? CocoaError)?.userInfo[NSUnderlyingErrorKey] as? POSIXError)?.code.rawValue
                throw OutputFailure(code: code ?? EIO, path: relative)
            }
            if let replaced = state.withLock({ $0.staged.updateValue(name, forKey: relative) }) { unlink(replaced) }
        }

        /// Forgets what was staged for `relative`.
        func unstage(_ relative: String) {
            if let name = state.withLock({ $0.staged.removeValue(forKey: relative) }) { unlink(name) }
        }
    }

    /// Runs one file operation of a commit (counted by `OutputFaults`); a non-zero result
    /// throws with `errno` and `relative`.
    func operation(_ relative: String, _ call: () -> Int32) throws(OutputFailure) {
        try OutputFaults.check(output.path, relative)
        guard call() == 0 else { throw OutputFailure(code: errno, path: relative) }
    }

    /// Moves what is at `relative` into the staging folder, to be put back by `undo`.
    func moveAside(_ relative: String, undo: inout [Undo]) throws(OutputFailure) {
        let (path, aside) = (output.path + "/" + relative, staging.name())
        try operation(relative) { rename(path, aside) }
        undo.append(.restore(aside: aside, path: path))
    }

    /// Moves every staged file into place and removes `stale` files (relative to the output):
    /// all, or on a failure none (every step is undone, and the failure thrown). Returns how
    /// many stale files went.
    func commit(stale: [String]) throws(OutputFailure) -> [String] {
        let staged = staging.withState { $0.staged }.sorted { $0.key < $1.key }
        var undo: [Undo] = []
        var removed: [String] = []
        do throws(OutputFailure) {
            for (relative, name) in staged {
                if let slash = relative.lastIndex(of: "/") { try makeFolder(String(relative[..<slash]), undo: &undo) }
                try place(name, at: relative, undo: &undo)
            }
            for relative in stale where hasRealFolders(relative) && isFileOrLink(relative) {
                try moveAside(relative, undo: &undo)
                removed.append(relative)
            }
        } catch {
            for step in undo.reversed() {
                switch step {
                case .removeFolder(let path): rmdir(path)
                case .restore(let aside, let path): rename(aside, path)
                case .remove(let path): unlink(path)
                }
            }
            throw error
        }
        staging.withState { $0.staged = [:] }
        removeStaging()
        removeEmptyFolders(of: removed)
        return removed
    }

    /// Puts the staged file `name` at `relative`: a file there is linked aside first (so it
    /// stays in place until the rename replaces it), or moved aside where links are not made.
    private func place(_ name: String, at relative: String, undo: inout [Undo]) throws(OutputFailure) {
        let path = output.path + "/" + relative
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw OutputFailure(code: EISDIR, path: relative) }
            let aside = staging.name()
            do throws(OutputFailure) {
                try operation(relative) { link(path, aside) }
                undo.append(.restore(aside: aside, path: path))
            } catch where [EPERM, EXDEV, EOPNOTSUPP, EMLINK].contains(error.code) {
                try moveAside(relative, undo: &undo)
            }
            try operation(relative) { rename(name, path) }
        } else {
            try operation(relative) { rename(name, path) }
            undo.append(.remove(path))
        }
    }

    private func isFileOrLink(_ relative: String) -> Bool {
        var info = stat()
        return lstat(output.path + "/" + relative, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR
    }

    /// Removes the staging folder and all in it (files of this build, or of one that was killed).
    func removeStaging() {
        for entry in PlainFiles.list(staging.folder) { unlink(staging.folder + "/" + entry.name) }
        rmdir(staging.folder)
    }

    /// Removes the folders that `removed` files leave empty, up to the output folder.
    private func removeEmptyFolders(of removed: [String]) {
        for folder in Self.folders(of: removed).sorted(by: { $0.count > $1.count }) {
            rmdir(output.path + "/" + folder)
        }
    }
}
