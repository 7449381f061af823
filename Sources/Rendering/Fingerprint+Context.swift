import Support
import Templates

/// Fingerprints of template contexts: two pages with equal fingerprints render to the same
/// bytes, so an incremental build can keep the file it wrote last time.
extension Fingerprint {
    /// Hashes a template context. Object members are hashed one by one and summed, so the
    /// fingerprint does not depend on dictionary order and no keys need sorting.
    package mutating func combine(context value: TemplateValue) {
        switch value {
        case .object(let fields):
            combine(tag: 1)
            var members: UInt64 = 0
            for (key, field) in fields {
                var member = Fingerprint()
                member.combine(key)
                member.combine(context: field)
                members = members &+ member.low64
            }
            combine(word: members)
            combine(tag: 2)
        case .list(let items):
            combine(tag: 3)
            for item in items { combine(context: item) }
            combine(tag: 4)
        case .string(let text):
            combine(tag: 5)
            combine(text)
        case .bool(let flag):
            combine(tag: flag ? 6 : 7)
        case .int(let number):
            combine(tag: 8)
            combine(String(number))
        case .double(let number):
            combine(tag: 9)
            combine(String(number))
        case .null:
            combine(tag: 10)
        }
    }
}
