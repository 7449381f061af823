/// Count forms of a noun for the three Lithuanian plural categories (1 projektas, 2 projektai, 10 projektų).
package struct CountForms: Sendable, Hashable {
    package var one: String
    package var few: String
    package var other: String

    package init(one: String, few: String, other: String) {
        self.one = one
        self.few = few
        self.other = other
    }
}
