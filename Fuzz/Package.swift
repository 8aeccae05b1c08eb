// swift-tools-version: 6.2
// The libFuzzer targets, a package of their own so the root package's products and `swift test`
// stay as they are. Build and run them with Scripts/fuzz.sh (it passes --sanitize fuzzer,address).
import Foundation
import PackageDescription

/// One executable per folder `Sources/fuzz-<name>/`, holding that target's entry point.
let fuzzTargets = ((try? FileManager.default.contentsOfDirectory(atPath: Context.packageDirectory + "/Sources")) ?? [])
    .filter { $0.hasPrefix("fuzz-") }.sorted()

/// A path dependency's identity is its folder's name (`main`, `wt-fuzz`, ...), not "Rolebook".
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "Rolebook"

let package = Package(
    name: "RolebookFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        // RolebookSource is reached through the RolebookBuild product, the root's only library.
        .target(name: "FuzzHarness", dependencies: [.product(name: "RolebookBuild", package: root)])
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name, dependencies: ["FuzzHarness"],
                // No main: libFuzzer's runtime supplies it and calls LLVMFuzzerTestOneInput.
                swiftSettings: [.unsafeFlags(["-parse-as-library"])])
        },
    swiftLanguageModes: [.v6]
)
