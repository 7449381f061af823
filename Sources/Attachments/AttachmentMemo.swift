import Cache
import Support
import Text

/// The text extracted from the last build's PDFs, by fingerprint of each file's bytes: an
/// unchanged PDF is never read by poppler twice, whatever its name or entry.
package struct AttachmentMemo: Memo {
    package static let file = CacheStore.File.attachments
    /// What extraction depends on besides the bytes and the engine (which the store stamps).
    package static var context: String { "attachments 1 poppler \(PDFText.version)" }

    let context: String
    /// Encoded extractions (`Record`) read from the cache, by file fingerprint.
    private var last: [String: ArraySlice<UInt8>] = [:]
    /// This build's, by file fingerprint.
    private(set) var records: [String: Result<PDFText.Extracted, PDFText.ExtractionFailure>] = [:]
    /// How many PDFs this build read with poppler (the others came from the memo).
    package private(set) var extracted = 0

    package init(context: String) { self.context = context }

    package init(decoding bytes: [UInt8], context: String) {
        self.context = context
        last = CacheFile.read(bytes, context: context) ?? [:]
    }

    /// The extraction of the PDF with `fingerprint`: from the last build, else made now.
    /// `bytes` is called only when the file has to be read again.
    mutating func text(fingerprint: String, bytes: () -> [UInt8]?) -> Result<PDFText.Extracted, PDFText.ExtractionFailure> {
        if let known = records[fingerprint] { return known }
        let result = last[fingerprint].flatMap(Self.decode) ?? {
            extracted += 1
            guard let bytes = bytes() else { return .failure(.unreadable("the file cannot be read")) }
            return PDFText.extract(bytes)
        }()
        records[fingerprint] = result
        return result
    }

    /// Written when this build extracted something, or uses fewer files than the memo holds.
    package var isWorthWriting: Bool { extracted > 0 || records.count != last.count }

    package func encode(_ write: ([UInt8]) -> Bool) {
        let encoded = records.mapValues(Self.encode)
        CacheFile.write(context: context, keys: encoded.keys.sorted(), value: { encoded[$0]! }, to: write)
    }

    private static func encode(_ result: Result<PDFText.Extracted, PDFText.ExtractionFailure>) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        switch result {
        case .success(let text):
            w.byte(0)
            w.string(text.title ?? "")
            w.varint(text.pages.count)
            for page in text.pages { w.string(page) }
        case .failure(.encrypted): w.byte(1)
        case .failure(.noText): w.byte(2)
        case .failure(.unreadable(let message)):
            w.byte(3)
            w.string(message)
        }
        return w.bytes
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> Result<PDFText.Extracted, PDFText.ExtractionFailure>? {
        bytes.withUnsafeBytes { raw in
            var r = ByteReader(raw)
            do throws(ByteReader.Malformed) {
                switch try r.byte() {
                case 0:
                    let title = try r.string()
                    var pages: [String] = []
                    for _ in 0..<(try r.varint()) { pages.append(try r.string()) }
                    return .success(PDFText.Extracted(title: title.isEmpty ? nil : title, pages: pages))
                case 1: return .failure(.encrypted)
                case 2: return .failure(.noText)
                case 3: return .failure(.unreadable(try r.string()))
                default: return nil
                }
            } catch {
                return nil
            }
        }
    }
}
