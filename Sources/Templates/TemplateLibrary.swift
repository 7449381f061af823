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
    /// up, through its partials, parents and their blocks.
    package func names(reachableFrom name: String) -> Set<[String]> {
        var names: Set<[String]> = []
        var visited: Set<String> = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text: continue
                case .variable(let path, _): names.insert(path.parts)
                case .section(let path, let body, _):
                    names.insert(path.parts)
                    walk(body)
                case .partial(let partial, _): include(partial)
                case .parent(let parent, _, let overrides):
                    for body in overrides.values { walk(body) }
                    include(parent)
                case .block(_, let defaults, _): walk(defaults)
                }
            }
        }
        func include(_ name: String) {
            guard visited.insert(name).inserted, let template = templates[name] else { return }
            walk(template.nodes)
        }
        include(name)
        return names
    }
}
