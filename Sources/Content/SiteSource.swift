import Diagnostics
import Foundation

/// A file of the site as read from disk: its path relative to the site folder and its bytes.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the site folder with `/` separators (`content/projektai/x.md`).
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Everything the build reads, before any parsing: the output of the `load` stage.
public struct SiteSource: Sendable {
    public var config: SourceFile
    /// Markdown files under `content/`, sorted by path.
    public var content: [SourceFile]

    public init(config: SourceFile, content: [SourceFile]) {
        self.config = config
        self.content = content.sorted { $0.path < $1.path }
    }
}

extension SiteSource {
    /// Reads site.yml and every `.md` file under `content/` of the site folder.
    ///
    /// Symbolic links are not followed, so nothing outside the site folder is read.
    /// - Throws: `DiagnosticsError` when site.yml or the content folder cannot be read.
    public static func read(siteFolder: URL) throws(DiagnosticsError) -> SiteSource {
        let fm = FileManager.default
        let configURL = siteFolder.appendingPathComponent("site.yml")
        guard let configData = fm.contents(atPath: configURL.path) else {
            throw DiagnosticsError([
                .error(
                    "cannot read site.yml in \(siteFolder.path)", at: nil,
                    hint: "run the command in the site folder, or name it with --site DIR")
            ])
        }
        let contentURL = siteFolder.appendingPathComponent("content")
        var files: [SourceFile] = []
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: contentURL.path, isDirectory: &isDirectory), isDirectory.boolValue {
            for relative in markdownFiles(under: contentURL) {
                let url = contentURL.appendingPathComponent(relative)
                guard let data = fm.contents(atPath: url.path) else {
                    throw DiagnosticsError([.error("cannot read content/\(relative)", at: nil)])
                }
                files.append(SourceFile(path: "content/" + relative, bytes: Array(data)))
            }
        }
        return SiteSource(config: SourceFile(path: "site.yml", bytes: Array(configData)), content: files)
    }

    /// Relative paths of `.md` files below `folder`, skipping hidden files and symbolic links.
    static func markdownFiles(under folder: URL) -> [String] {
        var result: [String] = []
        var pending = [""]
        let fm = FileManager.default
        while let relative = pending.popLast() {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let childURL = folder.appendingPathComponent(child)
                guard let attributes = try? fm.attributesOfItem(atPath: childURL.path),
                    let type = attributes[.type] as? FileAttributeType
                else { continue }
                if type == .typeDirectory {
                    pending.append(child)
                } else if type == .typeRegular, name.hasSuffix(".md") {
                    result.append(child)
                }
            }
        }
        return result.sorted()
    }
}
