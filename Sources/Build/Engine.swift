import Foundation
import Markdown
import Support
import YAML

/// Which program is building: caches made by another build of zinynas, or with other versions
/// of the libraries it loads (cmark-gfm, libyaml and libxxhash are shared libraries a system
/// update can change under the same program), are not reused, since parsing or rendering may
/// differ, or keys.
enum Engine {
    /// A fingerprint of the running executable's bytes (read in milliseconds),
    /// so an identical program compiled again, as CI does, still reuses its caches; a fresh
    /// random value when the executable cannot be read, so nothing is reused.
    static let identity: String = (executableFingerprint ?? "unknown-\(UUID().uuidString)")
        + " cmark-gfm \(Markdown.libraryVersion) libyaml \(YAMLParser.libraryVersion)"
        + " libxxhash \(Fingerprint.libraryVersion)"

    /// Whether the program could be identified; if not, caches are neither reused nor written.
    static var isKnown: Bool { executableFingerprint != nil }

    private static let executableFingerprint: String? = {
        // A symlink to the executable: followed on purpose (PlainFiles never follows links).
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: "/proc/self/exe")) else { return nil }
        var hasher = Fingerprint()
        hasher.combine(bytes: bytes)
        return "zinynas " + hasher.hexDigest
    }()
}
