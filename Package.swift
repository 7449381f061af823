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
        // Debian's libstemmer ships no .pc file: the module map links it by name.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .target(name: "Diagnostics"),
        .target(name: "Text", dependencies: ["CXXHash"]),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Markdown", dependencies: ["CMark", "Diagnostics", "Text"]),
        .target(
            name: "Content", dependencies: ["YAML", "Markdown", "Diagnostics", "Text"],
            // The toolchain's ICU, which Foundation uses for collation: called directly for sort keys.
            linkerSettings: [.linkedLibrary("_FoundationICU")]),
        .target(name: "Templates", dependencies: ["Text"]),
        .target(name: "Rendering", dependencies: ["Content", "Diagnostics", "Text", "Templates"]),
        .target(name: "Search", dependencies: ["Content", "Diagnostics", "Text", "CStemmer"], resources: [.copy("Client/paieska.js")]),
        .target(name: "Build", dependencies: ["Content", "Rendering", "Search", "Diagnostics", "Text", "YAML"]),
        .target(
            name: "Serve",
            dependencies: [
                "Build", "Content", "Diagnostics", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]),
        .executableTarget(
            name: "zinynas",
            dependencies: [
                "Build", "CMalloc", "Content", "Diagnostics", "Serve",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "TextTests", dependencies: ["Text"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Build"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "Content", "Templates"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Rendering", "Content"]),
        .testTarget(name: "CLITests", dependencies: ["zinynas", "YAML"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Build"]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "Build", "Content"]),
    ]
)
