extension String {
    /// The text with every `character` (ASCII) replaced by `replacement`, worked on UTF-8
    /// bytes: an ASCII byte never occurs inside a multi-byte character, and Foundation's
    /// `replacingOccurrences` cost more than the rest of formatting a spreadsheet cell.
    package func replacingASCII(_ character: Unicode.Scalar, with replacement: String) -> String {
        precondition(character.isASCII, "only an ASCII character can be replaced byte by byte")
        let byte = UInt8(character.value)
        guard utf8.contains(byte) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 8)
        for b in utf8 {
            if b == byte { out += replacement.utf8 } else { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
