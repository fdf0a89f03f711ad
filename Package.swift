// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PolicyAlign",
    products: [
        .library(name: "PolicyAlignKit", targets: ["PolicyAlignKit"]),
        .executable(name: "policyalign", targets: ["policyalign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The project file (.policyalign.yml), with line numbers for its errors.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C shims: the only code that sees ICU's and libxml2's headers (see Sources/CICU/include).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "CHTML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // libzip, for Word documents (.docx): the only code that sees <zip.h>.
        .target(name: "CZip", linkerSettings: [.linkedLibrary("zip")]),
        // poppler-cpp, for PDF documents: the only code that sees poppler's headers.
        .target(name: "CPDF", linkerSettings: [.linkedLibrary("poppler-cpp")]),
        .target(name: "PolicyText", dependencies: ["CICU", "CHTML"]),
        // The default lexicons, compiled in from Lexicons/ at build time (the embedder folds
        // the profile words with the system ICU, as a run would).
        .executableTarget(name: "LexiconEmbedder", dependencies: ["PolicyText"]),
        .plugin(name: "EmbedLexicons", capability: .buildTool(), dependencies: ["LexiconEmbedder"]),
        .target(name: "BundledLexicons", plugins: ["EmbedLexicons"]),
        .target(name: "PolicyAlignKit", dependencies: ["PolicyText", "CZip", "CPDF", "CHTML", "BundledLexicons", .product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "policyalign",
            dependencies: ["PolicyAlignKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "policyalign-bench", dependencies: ["PolicyAlignKit"]),
        .testTarget(name: "PolicyTextTests", dependencies: ["PolicyText"]),
        .testTarget(name: "PolicyAlignKitTests", dependencies: ["PolicyAlignKit"]),
        .testTarget(name: "CLITests", dependencies: ["policyalign"]),
    ],
    swiftLanguageModes: [.v5]
)
