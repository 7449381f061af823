import PackagePlugin

/// Embeds the target's `.js` files in the executable as Swift string constants, so `zinynas` is
/// one file that works from any folder: no resource bundle has to travel beside it.
@main
struct EmbedClient: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "EmbedFile")
        return target.sourceFiles(withSuffix: "js").map { file in
            let name = file.url.deletingPathExtension().lastPathComponent
            let output = context.pluginWorkDirectoryURL.appending(path: "Embedded+\(name).swift")
            return .buildCommand(
                displayName: "Embedding \(file.url.lastPathComponent)", executable: tool.url,
                arguments: [file.url.path, output.path], inputFiles: [file.url], outputFiles: [output])
        }
    }
}
