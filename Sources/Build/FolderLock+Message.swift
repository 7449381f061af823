import Diagnostics
import Foundation
import Support

extension FolderLock.Failure {
    /// What the failure says of `folder`, the output folder (`isOutput`) or the cache folder,
    /// in the words of the site's language.
    package func message(folder: String, isOutput: Bool) -> Message {
        switch self {
        case .held(let pid, let waited):
            return .command(.folderInUse(folder: folder, isOutput: isOutput, pid: pid, waited: Int(waited)))
        case .cannotOpen(let code):
            return .command(.cannotLockFolder(folder: folder, isOutput: isOutput, reason: String(cString: strerror(code))))
        }
    }
}
