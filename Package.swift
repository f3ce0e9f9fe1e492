// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "AgencyGraph",
    products: [
        .executable(name: "agencygraph", targets: ["agencygraph"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .executable(name: "agencygraph-bench", targets: ["agencygraph-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C library, through pkg-config `libgvc` (Debian/Ubuntu: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The safe Swift face of Graphviz. Domain-free.
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        // The command-line tool: thin over the libraries.
        .executableTarget(
            name: "agencygraph",
            dependencies: [
                "Graphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        // Domain-free graph algorithms on dense Int32 ids. Imports nothing of the domain.
        .target(name: "GraphCore"),
        .testTarget(
            name: "GraphCoreTests",
            dependencies: ["GraphCore"],
            resources: [.copy("Fixtures")]
        ),
        // Side-by-side benchmark driver (release build), see docs/performance.md.
        .executableTarget(name: "agencygraph-bench", dependencies: ["GraphCore"]),
    ],
    swiftLanguageModes: [.v6]
)
