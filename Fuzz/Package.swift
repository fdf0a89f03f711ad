// swift-tools-version:6.0
// libFuzzer targets for PolicyAlign. Build and run with Fuzz/run.sh (see README).
import PackageDescription

let package = Package(
    name: "PolicyAlignFuzz",
    dependencies: [.package(name: "PolicyAlign", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzReaders", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
        .executableTarget(name: "FuzzSections", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
        .executableTarget(name: "FuzzLexicon", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
        .executableTarget(name: "FuzzAligner", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
        .executableTarget(name: "FuzzProject", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
        .executableTarget(name: "FuzzReports", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
        .executableTarget(name: "FuzzStream", dependencies: ["FuzzSupport", .product(name: "PolicyAlignKit", package: "PolicyAlign")]),
    ],
    swiftLanguageModes: [.v5]
)
