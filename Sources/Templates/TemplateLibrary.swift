/// Named templates that can include each other (partials, parents), rendered to UTF-8 bytes
/// (`Template+Render.swift`).
package struct TemplateLibrary: Sendable {
    let templates: [String: Template]

    package init(_ templates: [String: Template]) { self.templates = templates }

    /// The same templates in memory of their own, for one worker of a parallel render: the
    /// nodes every page walks are then counted (retained, released) by that core alone.
    package func copied() -> TemplateLibrary {
        TemplateLibrary(Dictionary(uniqueKeysWithValues: templates.map { (Copy.string($0.key), $0.value.copied()) }))
    }

    package func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Partials and parents named but not in the library, by template name, in template order.
    package func missingReferences() -> [(template: String, reference: TemplateReference)] {
        templates.keys.sorted().flatMap { name in
            templates[name]!.references.filter { templates[$0.name] == nil }.map { (name, $0) }
        }
    }

    /// Every dotted name (as its parts; `[]` for `.`) that rendering template `name` may look
    /// up, through its partials, parents and their blocks. Templates are walked one after
    /// another, not inside each other, so the recursion is only as deep as one template's tree.
    package func names(reachableFrom name: String) -> Set<[String]> {
        var names: Set<[String]> = []
        var visited: Set<String> = [name]
        var waiting = [name]
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text: continue
                case .variable(let path, _): names.insert(path.parts)
                case .section(let path, let body, _, _):
                    names.insert(path.parts)
                    walk(body)
                case .partial(let partial, _, _): include(partial)
                case .parent(let parent, _, let overrides, _):
                    for body in overrides.values { walk(body) }
                    include(parent)
                case .block(_, let defaults, _, _): walk(defaults)
                }
            }
        }
        func include(_ name: String) {
            if visited.insert(name).inserted { waiting.append(name) }
        }
        while let next = waiting.popLast() {
            if let template = templates[next] { walk(template.nodes) }
        }
        return names
    }

    /// Partials and parents that every rendering of their template includes (outside any
    /// section or block), which include the template again: rendering it could never end.
    /// One reference per such cycle, with the names along it (`a`, `b`, `a`).
    package func endlessInclusions() -> [(template: String, reference: TemplateReference, cycle: [String])] {
        // The references each template makes on every rendering, in template order.
        let always = templates.mapValues { template in
            template.nodes.compactMap { node -> TemplateReference? in
                switch node {
                case .partial(let name, _, let at), .parent(let name, _, _, let at):
                    templates[name] == nil ? nil : TemplateReference(name: name, line: at.line, column: at.column)
                default: nil
                }
            }
        }
        // Depth-first, with an explicit stack: `done` templates lead to no cycle not reported yet.
        var done: Set<String> = []
        var found: [(String, TemplateReference, [String])] = []
        for root in templates.keys.sorted() where !done.contains(root) {
            var path: [(name: String, next: Int)] = [(root, 0)]
            while let (name, next) = path.last {
                let references = always[name] ?? []
                guard next < references.count else {
                    done.insert(name)
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let reference = references[next]
                if let start = path.firstIndex(where: { $0.name == reference.name }) {
                    found.append((name, reference, path[start...].map(\.name) + [reference.name]))
                } else if !done.contains(reference.name) {
                    path.append((reference.name, 0))
                }
            }
        }
        return found
    }
}
