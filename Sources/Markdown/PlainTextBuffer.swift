/// The search-index text of a document, built as bytes: one line per block.
struct PlainTextBuffer {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Ends the current line's text with a full stop unless it ends a sentence already (or is empty).
    mutating func endSentence() {
        guard let last = bytes.last, last != UInt8(ascii: "\n") else { return }
        if !".!?:;…".utf8.contains(last), !(bytes.count >= 3 && bytes.suffix(3).elementsEqual("…".utf8)) {
            bytes.append(UInt8(ascii: "."))
        }
    }

    /// Ends the current line unless it is empty, so empty blocks leave no blank lines.
    mutating func endBlock() {
        if let last = bytes.last, last != UInt8(ascii: "\n") {
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Appends the text of a raw HTML block without its tags, comments and indentation.
    mutating func appendStrippingTags(_ html: UnsafeBufferPointer<UInt8>) {
        var inTag = false
        for byte in html {
            switch byte {
            case UInt8(ascii: "<"): inTag = true
            case UInt8(ascii: ">") where inTag: inTag = false
            case _ where inTag: continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): endBlock()
            case UInt8(ascii: " ") where atLineStart, UInt8(ascii: "\t") where atLineStart: continue
            default: bytes.append(byte)
            }
        }
    }

    private var atLineStart: Bool { bytes.last == nil || bytes.last == UInt8(ascii: "\n") }

    /// The text without trailing line breaks.
    var text: String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
