// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Rolebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rolebook", targets: ["rolebook"]),
        .library(name: "RolebookBuild", targets: ["RolebookBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        // swift-mustache 2.1.1 with faster name lookups: Vendor/swift-mustache/ROLEBOOK.md.
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "RolebookCore"),
        .target(name: "RolebookMarkdown", dependencies: ["Ccmark", "RolebookCore"]),
        .target(
            name: "RolebookSource",
            dependencies: ["RolebookCore", "RolebookMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "RolebookRender",
            dependencies: ["RolebookCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "RolebookBuild",
            dependencies: [
                "RolebookCore", "RolebookSource", "RolebookRender",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Synthetic data for benchmarks and scale tests: the CLI's, not the library's.
        .target(name: "RolebookSampleData", dependencies: ["RolebookCore", "RolebookBuild"]),
        // `rolebook serve`: the preview server, the watcher and live reload; only the command uses it.
        .target(
            name: "RolebookServe",
            dependencies: ["RolebookBuild", "RolebookCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "rolebook",
            dependencies: [
                "RolebookBuild", "RolebookRender", "RolebookSampleData", "RolebookServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "RolebookTestSupport", dependencies: ["RolebookCore"]),
        .testTarget(name: "RolebookMarkdownTests", dependencies: ["RolebookMarkdown", "RolebookTestSupport"]),
        // FuzzHarness.swift (linked from Fuzz/) reaches the loader through RolebookBuild's ContentCheck.
        .testTarget(
            name: "RolebookSourceTests", dependencies: ["RolebookSource", "RolebookBuild", "RolebookTestSupport"]),
        .testTarget(
            name: "RolebookRenderTests", dependencies: ["RolebookRender", "RolebookBuild", "RolebookTestSupport"]),
        .testTarget(
            name: "RolebookBuildTests",
            dependencies: [
                "RolebookBuild", "RolebookSampleData", "RolebookTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "RolebookCLITests", dependencies: ["RolebookTestSupport"]),
        // Exports, overlays, `rolebook import` and `rolebook diff`: docs/importing.md.
        .testTarget(
            name: "RolebookImportTests", dependencies: ["RolebookSource", "RolebookBuild", "RolebookTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "RolebookServeTests", dependencies: ["RolebookServe", "RolebookTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
