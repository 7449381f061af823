/// What a setting of site.yml that names an output location holds. Every such setting is read
/// by `MappingReader.outputPath`, so none can write outside the output folder.
enum OutputLocation {
    /// A folder of pages (`/projektai/`), written with or without its slashes.
    case folder
    /// A file anywhere in the site (`/mokymai.ics`), ending in `.<extension>`.
    case file(extension: String)
    /// A file name beside a collection's pages (`registras.csv`), ending in `.<extension>`.
    case name(extension: String)
    /// The output folder (`output`): a relative path inside the site folder (`public`).
    case siteFolder

    /// `text` as a site path (`/a/b/`, `/a.ics`, `a.csv`), or what is wrong with it (said after
    /// "'key' in context "): `..` and `.`, empty parts, backslashes, and characters that mean
    /// something else in a URL are refused, so the path stays inside the output folder.
    func confine(_ text: String) -> Result<String, Problem> {
        var path = text
        if case .siteFolder = self {
            if path.hasPrefix("/") { return .failure(Problem(message: "must be a folder inside the site folder, relative to it")) }
            while path.hasSuffix("/") { path.removeLast() }
        } else if case .name = self {
        } else if !path.hasPrefix("/") {
            path = "/" + path
        }
        if case .folder = self, !path.hasSuffix("/") { path += "/" }
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)[...]
        if path.hasPrefix("/") { parts = parts.dropFirst() }
        if path.hasSuffix("/"), !parts.isEmpty { parts = parts.dropLast() }
        if let reason = parts.lazy.compactMap(Self.problem).first {
            return .failure(Problem(message: "must be a path inside the site: \(reason)"))
        }
        switch self {
        case .folder:
            return .success(path)
        case .siteFolder:
            return path.isEmpty ? .failure(Problem(message: "must name a folder inside the site folder")) : .success(path)
        case .file(let ext):
            guard path.hasSuffix(".\(ext)"), (parts.last?.count ?? 0) > ext.count + 1 else {
                return .failure(Problem(message: "must be a file path ending in .\(ext)"))
            }
            return .success(path)
        case .name(let ext):
            let plain = path.utf8.allSatisfy { b in
                (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                    || b == UInt8(ascii: ".")
            }
            guard plain, path.hasSuffix(".\(ext)"), path.count > ext.count + 1, !path.hasPrefix(".") else {
                return .failure(Problem(message: "must be a lowercase ASCII file name ending in .\(ext)"))
            }
            return .success(path)
        }
    }

    struct Problem: Error, Equatable {
        var message: String
    }

    /// An example of the setting `key` written right.
    func hint(for key: String) -> String {
        switch self {
        case .folder: return "e.g. \(key): /projektai/"
        case .file(let ext): return "e.g. /mokymai.\(ext)"
        case .name(let ext): return "e.g. \(key): registras.\(ext)"
        case .siteFolder: return "e.g. \(key): public"
        }
    }

    /// Why one part of a path (between slashes) may not be in it, if it may not.
    private static func problem(_ part: Substring) -> String? {
        if part.isEmpty { return "it has an empty part ('//')" }
        if part == ".." { return "'..' would lead out of it" }
        if part == "." { return "'.' names no folder" }
        if part.contains("\\") { return "'\\' is not allowed: parts of a path are separated by '/'" }
        if let c = part.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return c == " " ? "spaces are not allowed: write '-' instead" : "control characters are not allowed"
        }
        if let c = part.first(where: { "?#%".contains($0) }) { return "'\(c)' is not allowed: it means something else in a URL" }
        return nil
    }
}

extension MappingReader {
    /// Reads a setting that names an output location: the one place where such paths are
    /// checked, so every setting that names one stays inside the output folder.
    mutating func outputPath(_ key: String, _ kind: OutputLocation, required: Bool = false) -> String? {
        guard let text = string(key, required: required), let node = value(key) else { return nil }
        switch kind.confine(text) {
        case .success(let path):
            return path
        case .failure(let problem):
            error("'\(key)' in \(context) \(problem.message)", at: node, hint: kind.hint(for: key))
            return nil
        }
    }

    /// Reads `folder` of a collection: one folder directly under `content/` (`projektai`).
    mutating func contentFolder(_ key: String) -> String? {
        guard let text = string(key), let node = value(key) else { return nil }
        let plain = !text.isEmpty && text != "." && text != ".." && !text.hasPrefix(".")
            && !text.contains(where: { $0 == "/" || $0 == "\\" || $0.isNewline })
        guard plain else {
            error(.contentFolder(key: key, context: context), at: node, hint: .contentFolderExample(key))
            return nil
        }
        return text
    }
}
