internal import CStemmer

/// libstemmer's Snowball stemmer for one language.
///
/// A libstemmer instance keeps its working buffer inside, so it is not thread-safe: every
/// worker makes its own.
final class Stemmer {
    private let handle: OpaquePointer

    /// `nil` when libstemmer has no algorithm of that name.
    init?(language: String) {
        guard let handle = sb_stemmer_new(language, "UTF_8") else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of one lowercase word; the word itself when libstemmer fails (out of memory).
    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                let result = sb_stemmer_stem(handle, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            // Copy out before the next call reuses libstemmer's buffer.
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
