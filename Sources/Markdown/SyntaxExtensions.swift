internal import CMark
import Foundation

/// The GFM syntax extensions, registered with cmark-gfm once per process.
///
/// Registration mutates a global list and is not thread-safe in Debian's build, so it happens
/// in the lazy, `swift_once`-guarded initialiser of `shared`; afterwards the list is only read.
struct SyntaxExtensions: @unchecked Sendable {  // immutable pointers into cmark's registry
    static let shared = SyntaxExtensions()

    static let names = ["table", "strikethrough", "autolink", "tasklist"]

    /// Serialises inline parsing. Around it every parser adds its extensions' characters (`~`,
    /// `:`, `w`) to a process-wide table and then removes them (cmark-gfm PR #176, unmerged),
    /// so a parser finishing on another thread can make this one miss strikethrough and autolinks.
    private static let inlineParsing = NSLock()

    private let extensions: [OpaquePointer]

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        extensions = Self.names.map { name in
            guard let found = cmark_find_syntax_extension(name) else {
                preconditionFailure("cmark-gfm has no \(name) extension")
            }
            return found
        }
    }

    func attach(to parser: OpaquePointer) {
        for syntaxExtension in extensions {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
    }

    /// `cmark_parser_finish`, which parses the inlines, one parser at a time.
    func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        Self.inlineParsing.withLock { cmark_parser_finish(parser) }
    }
}
