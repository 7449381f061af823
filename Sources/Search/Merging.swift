extension InvertedIndex {
    /// Terms and their postings, as documents are merged in order, or replaced in an index
    /// already made.
    ///
    /// Bit i of a posting's mask marks the term's form i; forms past 31 share no bit. Merging
    /// numbers forms in the order it meets them and `sorted()` renumbers them in byte order, so
    /// which forms of a term of more than 31 get a bit depends on the order of the documents.
    /// Replacing a document therefore refuses such a term, and keeps the others in byte order
    /// as it goes.
    struct Merging {
        private(set) var terms: [Term]
        private var ids: [String: Int]?

        /// Starts from `terms`, whose texts must differ, and whose forms must be in byte order
        /// for `insert` and `remove`.
        init(terms: [Term] = []) {
            self.terms = terms
            ids = terms.isEmpty ? [:] : nil
        }

        /// Appends the postings of document `number`, which follows every document added so far.
        mutating func add(_ number: Int32, _ document: DocumentTerms) {
            for (form, text, weight) in document.words {
                let id = id(of: text)
                let bit: Int
                if let known = terms[id].forms.firstIndex(of: form) {
                    bit = known
                } else {
                    bit = terms[id].forms.count
                    terms[id].forms.append(form)
                }
                post(number, weight, bit: bit, in: id)
            }
        }

        /// The terms with their forms in byte order, so each term's record front-codes them.
        func sorted() -> [Term] {
            terms.map { term in
                let order = term.forms.indices.sorted { term.forms[$0].utf8.lexicographicallyPrecedes(term.forms[$1].utf8) }
                guard order != Array(term.forms.indices) else { return term }
                var newBit = [Int](repeating: 0, count: order.count)
                for (new, old) in order.enumerated() { newBit[old] = new }
                var result = term
                result.forms = order.map { term.forms[$0] }
                result.masks = Self.renumbering(term.masks, forms: term.forms.count) { newBit[$0] }
                return result
            }
        }

        /// Puts in the postings of document `number`, which has none; false when a term it
        /// reaches would have more than 31 forms.
        mutating func insert(_ number: Int32, _ document: DocumentTerms) -> Bool {
            for (form, text, weight) in document.words {
                let id = id(of: text)
                guard let bit = sortedBit(of: form, in: id) else { return false }
                post(number, weight, bit: bit, in: id)
            }
            return true
        }

        /// Takes out every posting of document `number`, and the forms only it had; false when
        /// a term it was in has more than 31 forms.
        ///
        /// `texts` are the terms the document was merged into, when known (its analysis then):
        /// only those are looked in, not every term of the index.
        mutating func remove(_ number: Int32, from texts: [String]? = nil) -> Bool {
            let candidates = texts.map { texts in Set(texts).compactMap { id(known: $0) }.sorted() } ?? Array(terms.indices)
            for id in candidates {
                let place = terms[id].docs.insertionIndex(of: number)
                guard place < terms[id].docs.count, terms[id].docs[place] == number else { continue }
                guard terms[id].forms.count <= 31 else { return false }
                terms[id].docs.remove(at: place)
                terms[id].tf.remove(at: place)
                terms[id].masks.remove(at: place)
                let used = terms[id].masks.reduce(0, |)
                guard used != (1 << UInt32(terms[id].forms.count)) - 1 else { continue }
                var newBit: [Int?] = []
                var kept = 0
                for bit in terms[id].forms.indices {
                    newBit.append(used & (1 << UInt32(bit)) != 0 ? kept : nil)
                    if newBit[bit] != nil { kept += 1 }
                }
                terms[id].masks = Self.renumbering(terms[id].masks, forms: terms[id].forms.count) { newBit[$0] }
                terms[id].forms = terms[id].forms.indices.filter { newBit[$0] != nil }.map { terms[id].forms[$0] }
            }
            return true
        }

        /// Adds `weight` to document `number`'s posting in term `id`, made if missing, and marks
        /// form `bit`.
        private mutating func post(_ number: Int32, _ weight: Double, bit: Int, in id: Int) {
            var place = terms[id].docs.count - 1
            if terms[id].docs.last != number {
                place = terms[id].docs.last.map { $0 < number } ?? true ? place + 1 : terms[id].docs.insertionIndex(of: number)
                if place == terms[id].docs.count || terms[id].docs[place] != number {
                    terms[id].docs.insert(number, at: place)
                    terms[id].tf.insert(0, at: place)
                    terms[id].masks.insert(0, at: place)
                }
            }
            terms[id].tf[place] += Float(weight)
            if bit < 31 { terms[id].masks[place] |= 1 << UInt32(bit) }
        }

        /// The bit of `form` in term `id`, whose forms are in byte order, put in its place if
        /// new; `nil` when the term has or would have more than 31 forms.
        private mutating func sortedBit(of form: String, in id: Int) -> Int? {
            let forms = terms[id].forms
            guard forms.count <= 31 else { return nil }
            var (low, high) = (0, forms.count)
            while low < high {
                let middle = (low + high) / 2
                if forms[middle].utf8.lexicographicallyPrecedes(form.utf8) { low = middle + 1 } else { high = middle }
            }
            if low < forms.count, forms[low] == form { return low }
            guard forms.count < 31 else { return nil }
            terms[id].forms.insert(form, at: low)
            terms[id].masks = Self.renumbering(terms[id].masks, forms: forms.count) { $0 < low ? $0 : $0 + 1 }
            return low
        }

        /// The term `text` if it is in the index.
        private mutating func id(known text: String) -> Int? {
            if ids == nil { ids = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1.text, $0) }) }
            return ids![text]
        }

        private mutating func id(of text: String) -> Int {
            if ids == nil { ids = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1.text, $0) }) }
            if let known = ids![text] { return known }
            terms.append(Term(text: text, forms: []))
            ids![text] = terms.count - 1
            return terms.count - 1
        }

        /// Masks with each form's bit moved where `newBit` says (`nil`: dropped); bits past 30
        /// are not kept.
        static func renumbering(_ masks: [UInt32], forms: Int, _ newBit: (Int) -> Int?) -> [UInt32] {
            masks.map { mask in
                var out: UInt32 = 0
                for old in 0..<Swift.min(31, forms) where mask & (1 << UInt32(old)) != 0 {
                    if let new = newBit(old), new < 31 { out |= 1 << UInt32(new) }
                }
                return out
            }
        }
    }
}

extension Array where Element == Int32 {
    /// In ascending numbers, the place of `number`, or where it would go (binary search).
    fileprivate func insertionIndex(of number: Int32) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
