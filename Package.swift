// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Zinynas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zinynas", targets: ["zinynas"]),
        .library(name: "ZinynasBuild", targets: ["Build"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CMagic", pkgConfig: "libmagic", providers: [.apt(["libmagic-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CVips", pkgConfig: "vips", providers: [.apt(["libvips-dev"])]),
        // Read bottom-up: each target imports only those above it (docs/architecture.md).
        .target(name: "Diagnostics"),
        .target(name: "Support", dependencies: ["CXXHash"]),
        .target(
            name: "Text", dependencies: ["Diagnostics", "Support"],
            // The toolchain's ICU, which Foundation uses for collation: called directly for sort keys.
            linkerSettings: [.linkedLibrary("_FoundationICU")]),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Markdown", dependencies: ["CMark", "Diagnostics", "Text"]),
        .target(name: "Templates", dependencies: ["Text"]),
        .target(name: "Charts", dependencies: ["Text"]),
        .target(name: "Cache", dependencies: ["Support"]),
        .target(name: "Images", dependencies: ["CVips", "Support"]),
        .target(name: "Config", dependencies: ["Diagnostics", "Support", "Text", "YAML"]),
        .target(name: "Content", dependencies: ["Cache", "Config", "Diagnostics", "Markdown", "Support", "Text", "YAML"]),
        .target(name: "Checks", dependencies: ["Cache", "Config", "Content", "Diagnostics", "Support", "Text"]),
        .target(name: "Model", dependencies: ["Cache", "Config", "Content", "Support", "Text"]),
        .target(
            name: "Attachments",
            dependencies: ["CMagic", "CPoppler", "Cache", "Config", "Content", "Diagnostics", "Support", "Text"]),
        .target(
            name: "Rendering",
            dependencies: ["Cache", "Charts", "Config", "Content", "Diagnostics", "Model", "Support", "Templates", "Text"]),
        .target(
            name: "Search", dependencies: ["Cache", "Config", "Content", "Model", "Support", "Text"],
            // package.json only tells Node.js that paieska.js is an ES module (Tests/Client);
            // paieska.js itself is compiled in (Plugins/EmbedClient).
            exclude: ["Client/package.json"], plugins: ["EmbedClient"]),
        // Build tools: a file's text as a Swift constant, for the search client.
        .executableTarget(name: "EmbedFile"),
        .plugin(name: "EmbedClient", capability: .buildTool(), dependencies: ["EmbedFile"]),
        .target(
            name: "Build",
            dependencies: [
                "Attachments", "Cache", "Checks", "Config", "Content", "Diagnostics", "Images", "Markdown", "Model", "Rendering", "Search",
                "Support", "YAML",
            ]),
        .target(
            name: "Serve",
            dependencies: [
                "Build", "Cache", "Diagnostics", "Support", .product(name: "FlyingSocks", package: "FlyingFox"),
            ]),
        .executableTarget(
            name: "zinynas",
            dependencies: [
                "Build", "CMalloc", "Checks", "Config", "Content", "Diagnostics", "Markdown", "Search", "Serve", "Support", "Text", "YAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Fuzz targets (scripts/fuzz): a library of entry points and the executable that runs them,
        // under libFuzzer when built with -sanitize=fuzzer -DFUZZING, else over given inputs.
        .target(
            name: "Fuzzing", dependencies: ["Checks", "Config", "Content", "Diagnostics", "Markdown", "Templates"]),
        .executableTarget(name: "zinynas-fuzz", dependencies: ["Fuzzing"]),
        .testTarget(name: "CacheTests", dependencies: ["Cache"]),
        .testTarget(name: "ImagesTests", dependencies: ["Images"]),
        .testTarget(name: "SupportTests", dependencies: ["Support"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "TextTests", dependencies: ["Support", "Text", "YAML"]),
        .testTarget(name: "YAMLTests", dependencies: ["Diagnostics", "YAML"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Diagnostics", "Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["Diagnostics", "Support", "Text", "YAML", "Markdown", "Cache", "Config", "Content", "Checks", "Model"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "Rendering"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Support", "Text", "Templates", "Charts", "Config", "Content", "Checks", "Diagnostics", "Model", "Rendering"]),
        .testTarget(name: "BuildTests", dependencies: ["Images", "Diagnostics", "Support", "Content", "Checks", "Rendering", "Build", "Cache"]),
        .testTarget(
            name: "AttachmentTests",
            dependencies: ["Attachments", "Cache", "Checks", "Config", "Content", "Diagnostics", "Support", "Text"]),
        .testTarget(name: "CLITests", dependencies: ["Diagnostics", "Support", "YAML", "Config", "Content", "zinynas"]),
        .testTarget(name: "ServeTests", dependencies: ["Diagnostics", "Support", "Serve"]),
        .testTarget(name: "FuzzingTests", dependencies: ["Fuzzing"]),
        .testTarget(name: "SearchTests", dependencies: ["Support", "Text", "YAML", "Content", "Checks", "Model", "Search"]),
    ]
)
