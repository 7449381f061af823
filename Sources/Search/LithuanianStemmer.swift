/// Snowball's Lithuanian stemmer, as Snowball 3.1 generates it from `lithuanian.sbl`
/// (<https://snowballstem.org/algorithms/lithuanian/stemmer.html>), written here in Swift.
///
/// Debian 12's libstemmer is Snowball 2.2, whose `lithuanian` splits paradigms that 3.1 joins
/// (`moteris`/`moteriai`, `kompiuteris`/`kompiuteriai`); Snowball 3.0 still had them split (its
/// `-eria` ending). No Debian or PyPI package ships Snowball 3's C, so the algorithm lives
/// here, and its twin in the browser (`Client/lithuanian.js`) stems queries the same way.
/// `scripts/check-stemmer` proves both word for word against PyPI's `snowballstemmer` 3.1.1
/// (the oracle) on every word of the portal, the search fixture and the bench corpus.
///
/// Words are sequences of Unicode scalars, as Snowball's code points: the first region and
/// the "longer than 6" rule count scalars. Stateless, so one instance serves every worker.
package struct LithuanianStemmer: Sendable {
    /// The Snowball release whose generated stemmer this one reproduces (`zinynas --version`).
    package static let snowballVersion = "3.1.1"

    package init() {}

    /// The stem of one lowercase NFC word.
    package func stem(_ word: String) -> String {
        var s = Array(word.unicodeScalars)
        let p1 = Self.region(s)
        // Each step looks at the word's end as the previous one left it; p1 stays where it was.
        if let (length, value) = Self.conflicts.longest(s, from: 0) {
            s.replaceSubrange((s.count - length)..., with: Self.conflictReplacements[value])
        }
        if s.count >= p1, let (length, _) = Self.step1.longest(s, from: p1) {
            s.removeLast(length)
        }
        Self.fixChDz(&s)
        while s.count >= p1, let (length, _) = Self.step2.longest(s, from: p1) {
            s.removeLast(length)
        }
        Self.fixChDz(&s)
        if s.count >= 2, s[s.count - 2] == "g", s[s.count - 1] == "d" { s.removeLast() }
        if s.last == "'" { s.removeLast() }
        return String(String.UnicodeScalarView(s))
    }

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y", "ą", "ė", "ę", "į", "ū", "ų"]

    /// Start of R1: after the first non-vowel that follows a vowel, with a leading `a` of a word
    /// longer than 6 skipped; the word's end when there is none.
    static func region(_ s: [Unicode.Scalar]) -> Int {
        var i = s.first == "a" && s.count > 6 ? 1 : 0
        while i < s.count, !vowels.contains(s[i]) { i += 1 }
        guard i < s.count else { return s.count }
        i += 1
        while i < s.count, vowels.contains(s[i]) { i += 1 }
        return i < s.count ? i + 1 : s.count
    }

    /// `č` → `t`, `dž` → `d` at the word's end (`-čiai` words stem like `-tis`).
    static func fixChDz(_ s: inout [Unicode.Scalar]) {
        if s.last == "č" {
            s[s.count - 1] = "t"
        } else if s.count >= 2, s[s.count - 2] == "d", s[s.count - 1] == "ž" {
            s.removeLast()
        }
    }

    // The tables of Snowball 3.1.1's lithuanian.sbl (`a_0`, `a_1`, `a_2` of the generated code),
    // unchanged; Client/lithuanian.js holds the same strings.

    /// Endings removed once, inside R1 (`step1`).
    static let step1 = Suffixes(words: """
        a ia osna iosna uosna iuosna ysna ėsna e ie enie oje ioje uje iuje yje enyje ėje ame iame sime ome ėme \
        tumėme ose iose uose iuose yse enyse ėse ate iate ite kite site ote tute ėte tumėte i ai iai ei tumei ki \
        imi umi iumi si asi iasi esi iesi siesi isi aisi eisi tumeisi uisi osi ėjosi uosi iuosi siuosi usi ausi \
        čiausi ąsi ėsi ųsi tųsi ti enti inti oti ioti uoti iuoti auti iauti yti ėti telėti inėti terėti ui iui \
        eniui oj ėj k am iam iem im sim om tum ėm tumėm an on ion un iun ėn o io enio ėjo uo s as ias es ies is \
        ais iais tumeis imis enimis omis iomis umis ėmis enis asis ysis ams iams iems ims enims oms ioms ums ėms \
        ens os ios uos iuos us aus iaus ius ys enys ąs iąs ės amės iamės imės kimės simės omės ėmės tumėmės atės \
        iatės sitės otės ėtės tumėtės įs ūs tųs at iat it sit ot ėt tumėt u au iau čiau iu eniu siu y ą ią ė ę į \
        enį ų ių
        """)

    /// Suffixes removed as long as one ends the word inside R1 (`step2`).
    static let step2 = Suffixes(words: """
        ing aj iaj iej oj ioj uoj iuoj auj ąj iąj ėj ųj iųj ok iok iuk uliuk učiuk išk iul yl ėl am dam jam zgan \
        ain esn op iop ias ies ais iais os ios uos iuos aus iaus ąs iąs ęs utėait ant iant siant int ot uot iuot \
        yt ėt ykšt iau dav sv šv ykšč ę ėję
        """)

    /// Endings that step 1 would misread, rewritten first, anywhere in the word (`fix_conflicts`).
    static let conflicts = Suffixes(words: "ojime ėjime avime okate aite uote asius okatės aitės uotės esiu")
    static let conflictReplacements: [[Unicode.Scalar]] = [
        "ojimas", "ėjimas", "avimas", "okatė", "aitė", "uotė", "asys", "okatė", "aitė", "uotė", "esys",
    ].map { Array($0.unicodeScalars) }

    /// A set of suffixes as a trie of their scalars read from the end: the longest suffix of a
    /// word that lies inside a region, in one backward walk (Snowball's `find_among_b`).
    struct Suffixes: Sendable {
        private var children: [[Unicode.Scalar: Int]] = [[:]]
        /// The suffix's number (its position in the list) at the node where it ends, else -1.
        private var values: [Int] = [-1]

        init(words: String) {
            for (number, suffix) in words.split(separator: " ").enumerated() {
                var node = 0
                for scalar in suffix.unicodeScalars.reversed() {
                    if let next = children[node][scalar] {
                        node = next
                    } else {
                        children.append([:])
                        values.append(-1)
                        children[node][scalar] = children.count - 1
                        node = children.count - 1
                    }
                }
                values[node] = number
            }
        }

        /// The longest listed suffix of `word` that starts at `start` or later: its length and number.
        func longest(_ word: [Unicode.Scalar], from start: Int) -> (length: Int, value: Int)? {
            var node = 0, i = word.count, found: (Int, Int)?
            while i > start, let next = children[node][word[i - 1]] {
                node = next
                i -= 1
                if values[node] >= 0 { found = (word.count - i, values[node]) }
            }
            return found
        }
    }
}
