extension TemplateNode {
    /// `nodes` without `indentation` at the start of their template lines (where a line starts
    /// with it): a block's content as it would stand at the left margin. The lines of nested
    /// partials, parents and blocks lose it from their own indentation; the content of nested
    /// blocks and overrides is already stored without theirs. Returns whether the nodes end
    /// at the start of a line.
    static func removing(_ indentation: [UInt8], from nodes: [TemplateNode], atLineStart: Bool) -> (
        nodes: [TemplateNode], atLineStart: Bool
    ) {
        guard !indentation.isEmpty else { return (nodes, atLineStart) }
        var atLineStart = atLineStart
        func dropping(_ bytes: [UInt8]) -> [UInt8] {
            bytes.starts(with: indentation) ? Array(bytes.dropFirst(indentation.count)) : bytes
        }
        let result = nodes.map { node -> TemplateNode in
            switch node {
            case .text(let bytes):
                var kept: [UInt8] = []
                kept.reserveCapacity(bytes.count)
                var index = 0
                while index < bytes.count {
                    if atLineStart, bytes[index...].starts(with: indentation) { index += indentation.count }
                    atLineStart = false
                    guard index < bytes.count else { break }
                    kept.append(bytes[index])
                    atLineStart = bytes[index] == 0x0A
                    index += 1
                }
                return .text(kept)
            case .variable:
                atLineStart = false
                return node
            case .section(let path, let body, let inverted, let at):
                let removed = removing(indentation, from: body, atLineStart: atLineStart)
                atLineStart = removed.atLineStart
                return .section(path, removed.nodes, inverted: inverted, at: at)
            case .partial(let name, let own, let at):
                return .partial(name, indentation: dropping(own), at: at)
            case .parent(let name, let own, let overrides, let at):
                return .parent(name, indentation: dropping(own), overrides: overrides, at: at)
            case .block(let name, let defaults, let own, let at):
                return .block(name, defaults, indentation: dropping(own), at: at)
            }
        }
        return (result, atLineStart)
    }
}
