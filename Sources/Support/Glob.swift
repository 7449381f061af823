/// Globs of site paths: `*` and `?` stay within one folder, `**` crosses folders.
package enum Glob {
    package static func matches(_ pattern: String, _ path: String) -> Bool {
        match(Array(pattern.unicodeScalars), 0, Array(path.unicodeScalars), 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        if p[i] == "*" {
            let crosses = i + 1 < p.count && p[i + 1] == "*"
            let next = crosses ? i + 2 : i + 1
            // `**/` also matches no folder at all.
            if crosses, next < p.count, p[next] == "/", match(p, next + 1, s, j) { return true }
            var k = j
            while true {
                if match(p, next, s, k) { return true }
                guard k < s.count, crosses || s[k] != "/" else { return false }
                k += 1
            }
        }
        guard j < s.count else { return false }
        if p[i] == "?" ? s[j] != "/" : p[i] == s[j] { return match(p, i + 1, s, j + 1) }
        return false
    }
}
