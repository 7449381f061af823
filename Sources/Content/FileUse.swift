import Config
import Diagnostics
import Text
import YAML

/// A value of a `file` field as written in an entry: checked against the file itself (it
/// exists, its content and size) by the attachment stage, once every file is known.
package struct FileUse: Sendable, Hashable {
    /// The field's path (`rules`, `documents[2]`).
    package var field: String
    /// The name as written (`taisykles.pdf`, `/dokumentai/nuostatai.pdf`).
    package var written: String
    /// The file's path in the site (`content/finansavimas/x/taisykles.pdf`, `static/dokumentai/nuostatai.pdf`).
    package var sitePath: String
    package var rule: FileRule
    package var location: SourceLocation
    package var length: Int

    package init(field: String, written: String, sitePath: String, rule: FileRule, location: SourceLocation, length: Int) {
        self.field = field
        self.written = written
        self.sitePath = sitePath
        self.rule = rule
        self.location = location
        self.length = length
    }

    /// Where a file value of the entry at `sourcePath` is in the site: a name relative to a
    /// bundle (`content/<folder>/<slug>/index.md`), or a path under `static/` when it starts
    /// with `/`. `nil` for a relative name in an entry that is not a bundle.
    package static func sitePath(of written: String, from sourcePath: String) -> String? {
        if written.hasPrefix("/") { return LinkResolver.normalize("static" + written) }
        guard sourcePath.hasSuffix("/index.md"), sourcePath.split(separator: "/").count == 4 else { return nil }
        return LinkResolver.normalize(LinkResolver.folder(of: sourcePath) + "/" + written)
    }
}

extension EntryValidator {
    /// A `file` value: a name (`taisykles.pdf`) or `{file: taisykles.pdf, title: Taisyklės}`,
    /// kept as an object of `file` and, when given, `title`. Its name must be URL-safe and have
    /// an extension of the field's kinds; whether the file is there is the attachment stage's.
    mutating func fileValue(_ node: YAMLNode, rule: FileRule, field: FieldSchema, path: String) -> FieldValue? {
        var nameNode = node
        var title: String?
        if let pairs = node.pairs {
            let allowed = ["file", "title"]
            for pair in pairs where !allowed.contains(pair.key.text ?? "") {
                report(pair.key, .fileUnknownKey(key: pair.key.text ?? "", field: path), hint: .fileTakes)
            }
            guard let file = pairs.first(where: { $0.key.text == "file" })?.value else {
                report(node, .fileNeedsFile(field: path, label: field.label), hint: .fileNeedsFileHint)
                return nil
            }
            nameNode = file
            title = pairs.first { $0.key.text == "title" }?.value.text
        }
        guard let written = nameNode.text, !nameNode.isBlankText else {
            report(nameNode, .fileMustBeName(field: path, label: field.label), hint: .fileNameExample(field: field.name))
            return nil
        }
        let name = written.split(separator: "/").last.map(String.init) ?? written
        let safe = Self.urlSafeName(name)
        guard safe == name else {
            report(
                nameNode, .fileNameNotSafe(name), hint: .renameFileTo(safe))
            return nil
        }
        let ext = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]) : ""
        guard rule.extensions.contains(ext.lowercased()) else {
            report(
                nameNode, .fileKinds(field: path, kinds: rule.kinds.map(\.rawValue), label: field.label, found: name),
                hint: .allowedExtensions(rule.extensions))
            return nil
        }
        guard let sitePath = FileUse.sitePath(of: written, from: file) else {
            report(
                nameNode, .fileNotBundle(written), hint: .fileNotBundleHint(Self.bundlePath(of: file)))
            return nil
        }
        files.append(
            FileUse(field: path, written: written, sitePath: sitePath, rule: rule, location: nameNode.location, length: nameNode.length))
        var values = FieldValues()
        values["file"] = .string(written)
        if let title { values["title"] = .string(title) }
        return .object(values)
    }

    /// The name with each stem part made a slug (ASCII, lowercase, words joined by `-`), the
    /// extension lowercase: what a file with spaces or diacritics in its name is renamed to.
    static func urlSafeName(_ name: String) -> String {
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let ext = dot.map { String(name[$0...]).lowercased() } ?? ""
        let isSafe = stem.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_".unicodeScalars.contains($0) }
        if isSafe && !stem.isEmpty { return stem + ext }
        let slug = Slug.make(stem)
        return (slug.isEmpty ? "failas" : slug) + ext
    }

    /// `content/x/slug/index.md` for `content/x/slug.md`.
    static func bundlePath(of sourcePath: String) -> String {
        sourcePath.hasSuffix(".md") ? String(sourcePath.dropLast(3)) + "/index.md" : sourcePath
    }
}
