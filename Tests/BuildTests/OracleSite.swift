import Foundation
import Support

/// SplitMix64: a small deterministic generator, so a seed replays the same edits anywhere.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        return (0..<min(count, pool.count)).map { _ in pool.remove(at: below(pool.count)) }
    }
}

/// The content of the site the oracle test edits, generated on the outputs fixture (whose
/// own files stay as they are): libraries, projects that name them (`coordinator`,
/// `partners`), events with taxonomy terms (`areas`) and calls. Files are written from this
/// model, so every edit keeps the site valid: ids stay unique, refs point at libraries that
/// exist, grants stay within budgets.
struct OracleSite {
    enum Value: Equatable {
        case raw(String)
        case ref(String)
        case refs([String])

        var text: String {
            switch self {
            case .raw(let text): text
            case .ref(let slug): slug
            case .refs(let slugs): "[" + slugs.joined(separator: ", ") + "]"
            }
        }
    }

    struct Entry {
        var collection: String
        var slug: String
        var fields: [(name: String, value: Value)]
        var body: [String]
        var draft = false

        var path: String { "content/\(collection)/\(slug).md" }

        var text: String {
            var lines = ["---"] + fields.map { "\($0.name): \($0.value.text)" }
            if draft { lines.append("draft: true") }
            lines += ["---", ""] + body.flatMap { [$0, ""] }
            return lines.joined(separator: "\n")
        }

        subscript(name: String) -> Value? {
            get { fields.first { $0.name == name }?.value }
            set {
                if let index = fields.firstIndex(where: { $0.name == name }) {
                    if let newValue { fields[index].value = newValue } else { fields.remove(at: index) }
                } else if let newValue {
                    fields.append((name, newValue))
                }
            }
        }
    }

    static let collections = ["bibliotekos", "projektai", "renginiai", "kvietimai"]
    static let words = [
        "skaitymas", "knyga", "bendruomenė", "vaikai", "senjorai", "kalba", "paveldas", "menas", "žodis", "šviesa",
        "ąžuolas", "upė", "miestas", "kaimas", "dirbtuvės", "mokymai", "pokalbis", "kelionė", "žemėlapis", "archyvas",
        "Čiurlionis", "Žemaitija", "Aukštaitija", "rudenį", "vasarą", "naujas", "senas", "gražus", "atviras", "skaitmeninis",
    ]
    static let cities = ["Šiauliai", "Zarasai", "Utena", "Biržai", "Kaunas", "Ėriškiai", "Alytus"]
    static let funders = ["Lietuvos kultūros taryba", "Savivaldybė", "Švietimo mainų paramos fondas", "Fondas"]
    static let areas = ["Skaitmeninės", "Kultūrinės", "Vadybos", "Komunikacijos", "Andragoginės", "Kalbų", "Menų"]

    var entries: [String: Entry] = [:]  // by path
    private var counter = 0

    /// A site of `count` generated entries, spread across the collections.
    init(count: Int, rng: inout SplitMix64) {
        for index in 0..<count {
            // A library for every five entries first, so projects have libraries to name.
            let collection = index < count / 5 ? "bibliotekos" : rng.pick(Array(Self.collections.dropFirst()))
            add(newEntry(collection, rng: &rng))
        }
    }

    mutating func add(_ entry: Entry) { entries[entry.path] = entry }

    func paths(in collection: String? = nil) -> [String] {
        entries.values.filter { collection == nil || $0.collection == collection }.map(\.path).sorted()
    }

    var librarySlugs: [String] { paths(in: "bibliotekos").map { entries[$0]!.slug } }

    /// Whether a project names the library.
    func isNamed(_ slug: String) -> Bool {
        entries.values.contains { entry in
            entry.collection == "projektai" && (entry["coordinator"] == .ref(slug) || Self.slugs(entry["partners"]).contains(slug))
        }
    }

    static func slugs(_ value: Value?) -> [String] {
        if case .refs(let slugs) = value { return slugs }
        return []
    }

    mutating func uniqueSlug(_ collection: String, rng: inout SplitMix64) -> String {
        counter += 1
        let word = rng.pick(["a", "b", "c", "d", "e"])
        return "\(collection.prefix(3))-\(word)\(counter)"
    }

    mutating func newEntry(_ collection: String, rng: inout SplitMix64) -> Entry {
        let slug = uniqueSlug(collection, rng: &rng)
        var entry = Entry(collection: collection, slug: slug, fields: [], body: (0..<(1 + rng.below(3))).map { _ in Self.sentence(&rng) })
        for name in Self.fieldNames[collection]! {
            entry[name] = value(name, of: collection, rng: &rng)
        }
        return entry
    }

    static let fieldNames: [String: [String]] = [
        "bibliotekos": ["title", "city"],
        "projektai": ["id", "title", "coordinator", "partners", "start", "funder", "budget", "grant", "objective", "active"],
        "renginiai": ["title", "kind", "sessions", "hours", "mode", "place", "areas", "speakers", "deadline", "fee"],
        "kvietimai": ["title", "funder", "programme", "opens", "deadlines", "grant_max"],
    ]

    /// A fresh valid value of a field; `nil` for an optional field left out.
    mutating func value(_ name: String, of collection: String, rng: inout SplitMix64) -> Value? {
        switch name {
        case "title": return .raw(Self.title(&rng))
        case "city": return rng.chance(85) ? .raw(rng.pick(Self.cities)) : nil
        case "id":
            counter += 1
            return .raw("GEN-2026-\(counter)")
        case "coordinator": return librarySlugs.isEmpty ? nil : .ref(rng.pick(librarySlugs))
        case "partners": return .refs(rng.sample(librarySlugs, count: rng.below(4)))
        case "start", "opens", "deadline": return .raw(Self.date(&rng))
        case "funder": return .raw(rng.pick(Self.funders))
        case "budget": return .raw(String(1000 + rng.below(49000)))
        case "grant": return rng.chance(70) ? .raw(String(rng.below(1000))) : nil
        case "grant_max": return rng.chance(70) ? .raw("\(rng.below(50000)).5") : nil
        case "objective": return rng.chance(60) ? .raw(Self.sentence(&rng)) : nil
        case "active": return rng.chance(50) ? .raw(rng.chance(50) ? "true" : "false") : nil
        case "kind": return .raw(rng.pick(["seminar", "course"]))
        case "mode": return .raw(rng.pick(["in_person", "online"]))
        case "hours": return .raw(String(1 + rng.below(40)))
        case "fee": return rng.chance(70) ? .raw(rng.pick(["0", "12.5", "30", "99.99"])) : nil
        case "place": return rng.chance(70) ? .raw(rng.pick(Self.cities) + ", " + Self.title(&rng)) : nil
        case "areas": return .refs(rng.sample(Self.areas, count: rng.below(4)))
        case "speakers": return rng.chance(50) ? .refs(rng.sample(["Ona Onaitė", "Jonas Jonaitis", "Rūta Rūtaitė"], count: 1 + rng.below(2))) : nil
        case "programme": return .raw(rng.pick(["Erasmus+", "Kultūros rėmimo fondas", "Nordplus"]))
        case "sessions":
            let sessions = (0..<(1 + rng.below(2))).map { _ -> String in
                let day = Self.date(&rng)
                let hour = 8 + rng.below(10)
                return "{start: \(day)T\(Self.twoDigits(hour)):00, end: \(day)T\(Self.twoDigits(hour + 1 + rng.below(4))):30}"
            }
            return .raw("[" + sessions.joined(separator: ", ") + "]")
        case "deadlines":
            let deadlines = (0..<(1 + rng.below(2))).map { _ in
                "{date: \(Self.date(&rng))\(rng.chance(30) ? "T17:00" : ""), label: \(rng.pick(["Paraiškos", "Ataskaitos", "Sutartys"]))}"
            }
            return .raw("[" + deadlines.joined(separator: ", ") + "]")
        default: preconditionFailure("no generator for \(name) in \(collection)")
        }
    }

    static func title(_ rng: inout SplitMix64) -> String {
        let words = (0..<(2 + rng.below(3))).map { _ in rng.pick(Self.words) }.joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func sentence(_ rng: inout SplitMix64) -> String {
        title(&rng) + " " + (0..<(4 + rng.below(12))).map { _ in rng.pick(words) }.joined(separator: " ") + "."
    }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// A date from 2025 to 2027: some pass before the build's date, some after.
    static func date(_ rng: inout SplitMix64) -> String {
        "\(2025 + rng.below(3))-\(twoDigits(1 + rng.below(12)))-\(twoDigits(1 + rng.below(28)))"
    }
}
