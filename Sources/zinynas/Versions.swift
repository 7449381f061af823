import Foundation
import Markdown
import Support
import YAML

/// `zinynas --version`: this program's version and those of the C libraries it loads, which a
/// system update may change under the same program (and which the caches are stamped with).
enum Versions {
    static let zinynas = "0.17.0"

    static var text: String {
        """
        zinynas \(zinynas)
        cmark-gfm \(Markdown.libraryVersion)
        libyaml \(YAMLParser.libraryVersion)
        libxxhash \(Fingerprint.libraryVersion)
        Snowball libstemmer \(debianPackageVersion("libstemmer0d") ?? "(version unknown: the library does not report it)")
        """
    }

    /// libstemmer has no version call: Debian's package database says which one is installed.
    static func debianPackageVersion(_ package: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dpkg-query")
        process.arguments = ["-W", "-f=${Version}", package]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return process.terminationStatus == 0 && !output.isEmpty ? output : nil
    }
}
