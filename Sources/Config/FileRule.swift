import Diagnostics
import Foundation
import YAML

/// A kind of file a `file` field accepts (`kinds:` in site.yml): the extensions it is written
/// with, the content types libmagic reports for them, and its name for readers.
package enum FileKind: String, Sendable, CaseIterable, Hashable {
    case pdf, docx, xlsx, odt, ods, csv, pptx, images

    /// Lowercase extensions without the dot.
    package var extensions: [String] {
        switch self {
        case .images: return ["jpg", "jpeg", "png", "webp", "gif"]
        default: return [rawValue]
        }
    }

    /// The content types (libmagic's MIME types) a file of this kind may have. Office files
    /// are ZIP archives, which older magic databases report as such.
    package var contentTypes: [String] {
        switch self {
        case .pdf: return ["application/pdf"]
        case .docx: return ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"]
        case .xlsx: return ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"]
        case .pptx: return ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/zip"]
        case .odt: return ["application/vnd.oasis.opendocument.text", "application/zip"]
        case .ods: return ["application/vnd.oasis.opendocument.spreadsheet", "application/zip"]
        case .csv: return ["text/csv", "text/plain", "application/csv"]
        case .images: return ["image/jpeg", "image/png", "image/webp", "image/gif"]
        }
    }

    /// The kind of a file name's extension, among `kinds`.
    package static func of(extension ext: String) -> FileKind? {
        allCases.first { $0.extensions.contains(ext.lowercased()) }
    }

    /// What readers see in an attachment list (`PDF`, `DOCX`, `JPG`).
    package static func label(extension ext: String) -> String { ext.uppercased() }
}

/// What a `file` field accepts: its kinds and the largest size in bytes.
package struct FileRule: Sendable, Hashable {
    package var kinds: [FileKind]
    package var maxSize: Int

    /// 20 MB (decimal megabytes, as readers see sizes).
    package static let defaultMaxSize = 20_000_000

    package init(kinds: [FileKind], maxSize: Int = Self.defaultMaxSize) {
        self.kinds = kinds
        self.maxSize = maxSize
    }

    /// Every extension the kinds allow.
    package var extensions: [String] { kinds.flatMap(\.extensions) }

    /// Reads `kinds` (required) and `max_size` (`20 MB`, `500 KB`, or bytes) of a `file` field.
    static func decode(_ reader: inout MappingReader?, at node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> FileRule? {
        guard let kindsNode = reader?.value("kinds") else {
            diagnostics.append(
                .error(
                    .typeNeeds(type: "file", key: "kinds"), at: node.location, length: node.length,
                    hint: .longForm("{type: file, kinds: [pdf, docx]}")))
            return nil
        }
        let names = kindsNode.items?.compactMap(\.text) ?? kindsNode.text.map { [$0] } ?? []
        var kinds: [FileKind] = []
        for name in names {
            guard let kind = FileKind(rawValue: name) else {
                reader?.error(.unknownFileKind(name), at: kindsNode, hint: .fileKindsAre(FileKind.allCases.map(\.rawValue)))
                return nil
            }
            kinds.append(kind)
        }
        guard !kinds.isEmpty else {
            reader?.error(.kindsEmpty, at: kindsNode)
            return nil
        }
        var rule = FileRule(kinds: kinds)
        if let sizeNode = reader?.value("max_size") {
            guard let size = sizeNode.text.flatMap(Self.bytes) else {
                reader?.error(.maxSizeValue, at: sizeNode)
                return nil
            }
            rule.maxSize = size
        }
        return rule
    }

    /// `20 MB`, `500KB`, `1.5 MB` or a plain number of bytes (decimal units).
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        for (unit, factor) in [("MB", 1_000_000.0), ("KB", 1_000.0), ("B", 1.0)] where trimmed.hasSuffix(unit) {
            guard let n = Double(trimmed.dropLast(unit.count).trimmingCharacters(in: .whitespaces)), n > 0 else { return nil }
            return Int(n * factor)
        }
        return Int(trimmed).flatMap { $0 > 0 ? $0 : nil }
    }
}
