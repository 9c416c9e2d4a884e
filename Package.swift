// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tei-convert",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TEI", targets: ["TEI"]),
        .executable(name: "convert", targets: ["convert"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "TEI",
            dependencies: ["CLibXML", .product(name: "Yams", package: "Yams"), .product(name: "SwiftCSV", package: "SwiftCSV")],
            resources: [.copy("Schemas")]
        ),
        .executableTarget(
            name: "convert",
            dependencies: ["TEI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "TEITests",
            dependencies: ["TEI", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "convertTests",
            dependencies: ["convert"]
        ),
    ]
)
