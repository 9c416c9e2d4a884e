// swift-tools-version:6.0
// libFuzzer harnesses for tei-convert's readers: build and run them with scripts/fuzz. A package of its
// own, because the main package's `convert` executable cannot be linked with libFuzzer.
import Foundation
import PackageDescription

/// The main package is two folders up; a path dependency is known by that folder's name.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let tei = Target.Dependency.product(name: "TEI", package: root.lastPathComponent)

let package = Package(
    name: "tei-convert-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "FuzzTranscript", dependencies: [tei, "CFuzzerDriver"]),
        .executableTarget(name: "FuzzText", dependencies: [tei, "CFuzzerDriver"]),
        .executableTarget(name: "FuzzValidate", dependencies: [tei, "CFuzzerDriver"]),
    ]
)
