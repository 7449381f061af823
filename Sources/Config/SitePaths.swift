import Diagnostics

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
            if path.hasPrefix("/") { return .failure(Problem(.pathNotRelative)) }
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
            return .failure(Problem(.pathOutside(reason)))
        }
        switch self {
        case .folder:
            return .success(path)
        case .siteFolder:
            return path.isEmpty ? .failure(Problem(.pathNoFolder)) : .success(path)
        case .file(let ext):
            guard path.hasSuffix(".\(ext)"), (parts.last?.count ?? 0) > ext.count + 1 else {
                return .failure(Problem(.pathNotFile(ext)))
            }
            return .success(path)
        case .name(let ext):
            let plain = path.utf8.allSatisfy { b in
                (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                    || b == UInt8(ascii: ".")
            }
            guard plain, path.hasSuffix(".\(ext)"), path.count > ext.count + 1, !path.hasPrefix(".") else {
                return .failure(Problem(.pathNotName(ext)))
            }
            return .success(path)
        }
    }

    /// What is wrong with a path, said after "'key' in context" (`OutputMessage.pathSetting`).
    struct Problem: Error, Equatable {
        var text: Message

        init(_ text: OutputMessage) { self.text = .outputs(text) }

        /// A problem said in plain words (tests name the problem they expect by its English).
        init(message: String) { self.text = .verbatim(message) }

        /// In English.
        var message: String { text.text(.en) }

        /// Problems are the same when they read the same.
        static func == (a: Problem, b: Problem) -> Bool { a.message == b.message }
    }

    /// An example of the setting `key` written right.
    func hint(for key: String) -> Message {
        switch self {
        case .folder: .outputs(.folderExample(key))
        case .file(let ext): .outputs(.fileExample(ext))
        case .name(let ext): .outputs(.nameExample(key: key, ext: ext))
        case .siteFolder: .outputs(.siteFolderExample(key))
        }
    }

    /// Why one part of a path (between slashes) may not be in it, if it may not.
    private static func problem(_ part: Substring) -> OutputMessage? {
        if part.isEmpty { return .partEmpty }
        if part == ".." { return .partParent }
        if part == "." { return .partCurrent }
        if part.contains("\\") { return .partBackslash }
        if let c = part.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return c == " " ? .partSpace : .partControl
        }
        if let c = part.first(where: { "?#%".contains($0) }) { return .partURLCharacter(String(c)) }
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
            error(.outputs(.pathSetting(key: key, context: context, problem: problem.text)), at: node, hint: kind.hint(for: key))
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
