/// Everything later stages need from one Markdown body.
package struct RenderedMarkdown: Sendable, Hashable {
    private var htmlText: StoredText
    private var plainTextStorage: StoredText

    package var html: String {
        get { htmlText.string }
        set { htmlText = .string(newValue) }
    }

    /// The table of contents, in document order.
    package var headings: [Heading]
    /// Every link and image destination, in document order (footnote texts last, as rendered).
    package var links: [Link]

    /// The text content for the search index: one line per block, table cells separated by tabs,
    /// no markup and no raw HTML tags.
    package var plainText: String {
        get { plainTextStorage.string }
        set { plainTextStorage = .string(newValue) }
    }

    /// Whether the body has no text at all (without decoding it).
    package var hasNoText: Bool { plainTextStorage.isEmpty }

    package init(html: String, headings: [Heading], links: [Link], plainText: String) {
        htmlText = .string(html)
        self.headings = headings
        self.links = links
        plainTextStorage = .string(plainText)
    }

    /// A body read back from a cache: `html` and `plainText` are UTF-8 slices of the cache's
    /// bytes, decoded only when read. Most bodies an incremental build takes from the parse
    /// memo are never read, and decoding (or copying) them was a third of reading the memo.
    package init(htmlUTF8: ArraySlice<UInt8>, headings: [Heading], links: [Link], plainTextUTF8: ArraySlice<UInt8>) {
        htmlText = .utf8(htmlUTF8)
        self.headings = headings
        self.links = links
        plainTextStorage = .utf8(plainTextUTF8)
    }

    /// `html` and `plainText` as UTF-8, for caches to write without decoding them.
    package func withUTF8<R>(_ body: (_ html: UnsafeBufferPointer<UInt8>, _ plainText: UnsafeBufferPointer<UInt8>) -> R) -> R {
        htmlText.withUTF8 { html in plainTextStorage.withUTF8 { body(html, $0) } }
    }
}

/// A text as a `String`, or as the UTF-8 bytes it was stored as. Equal when the bytes are.
private enum StoredText: Sendable, Hashable {
    case string(String)
    case utf8(ArraySlice<UInt8>)

    var string: String {
        switch self {
        case .string(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }

    var isEmpty: Bool {
        switch self {
        case .string(let text): return text.isEmpty
        case .utf8(let bytes): return bytes.isEmpty
        }
    }

    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch self {
        case .string(var text): return text.withUTF8(body)
        case .utf8(let bytes): return bytes.withUnsafeBufferPointer(body)
        }
    }

    static func == (a: StoredText, b: StoredText) -> Bool {
        a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
