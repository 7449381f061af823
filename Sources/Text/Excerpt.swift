/// The first sentences of a text for summaries and descriptions: where lists show an entry,
/// and so part of what an entry's listing fingerprint covers.
package enum Excerpt {
    /// The first sentences of a text, at most about 240 characters, cut at a word.
    package static func of(_ text: String, limit: Int = 240) -> String {
        byScalar(text, limit: limit) ?? byCharacter(text, limit: limit)
    }

    /// `of` by Unicode scalars, for texts whose beginning holds only scalars that are
    /// characters by themselves (Latin letters, Lithuanian ones among them, quotes, dashes):
    /// finding character boundaries cost more than all else in a list of 3,000 summaries.
    /// `nil` when a scalar could join its neighbour into one character.
    static func byScalar(_ text: String, limit: Int) -> String? {
        var flat: [Unicode.Scalar] = []
        flat.reserveCapacity(limit + 8)
        var characters = 0  // of `text` read so far: CR LF is one
        var pendingSpace = false
        var previousCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard standsAlone(scalar) else { return nil }
            let joinsCR = previousCR && value == 0x0A
            previousCR = value == 0x0D
            if !joinsCR {
                guard characters < limit * 2 else { break }
                characters += 1
            }
            if (0x0A...0x0D).contains(value) || value == 0x85 {
                pendingSpace = !flat.isEmpty
                continue
            }
            if pendingSpace {
                flat.append(" ")
                pendingSpace = false
            }
            flat.append(scalar)
        }
        guard flat.count > limit else { return string(flat[...]) }
        let cut = flat[..<limit]
        return string(cut[..<wordEnd(of: cut, space: " ", isTrailing: { ",.;:–-".unicodeScalars.contains($0) })]) + "…"
    }

    /// The scalars as a string, encoded into one buffer: appending them to a string's
    /// scalar view one by one was most of making an excerpt.
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether a scalar is a character by itself next to any other such scalar (but CR LF):
    /// below the combining marks (U+0300), general punctuation but for the joiners, marks and
    /// line separators, and the euro sign.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AC
    }

    /// `of` by characters, for any text.
    static func byCharacter(_ text: String, limit: Int) -> String {
        // Only the beginning matters: never split a whole long body. Runs of line breaks
        // become one space (none at the ends); ASCII is tested without a Unicode lookup.
        var flat = ""
        var count = 0
        var pendingSpace = false
        for character in text.prefix(limit * 2) {
            if character.asciiValue.map({ (0x0A...0x0D).contains($0) }) ?? character.isNewline {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            flat.append(character)
            count += 1
        }
        // Counted again: a space before a combining mark joins it into one character.
        guard count > limit, flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return String(cut[..<wordEnd(of: cut, space: " ", isTrailing: { ",.;:–-".contains($0) })]) + "…"
    }

    /// Where a text cut short ends: at its last space (or its end, if it has none), without
    /// the punctuation left before it.
    private static func wordEnd<Text: BidirectionalCollection>(
        of cut: Text, space: Text.Element, isTrailing: (Text.Element) -> Bool
    ) -> Text.Index where Text.Element: Equatable {
        var end = cut.lastIndex(of: space) ?? cut.endIndex
        while end > cut.startIndex, isTrailing(cut[cut.index(before: end)]) { end = cut.index(before: end) }
        return end
    }
}
