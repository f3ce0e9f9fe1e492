// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "AgencyGraph",
    products: [
        .executable(name: "agencygraph", targets: ["agencygraph"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .library(name: "AgencyModel", targets: ["AgencyModel"]),
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .library(name: "AgencyAnalysis", targets: ["AgencyAnalysis"]),
        .executable(name: "agencygraph-bench", targets: ["agencygraph-bench"]),
        .library(name: "AgencyInterop", targets: ["AgencyInterop"]),
        .library(name: "AgencyRendering", targets: ["AgencyRendering"]),
        .library(name: "Briefing", targets: ["Briefing"]),
        .library(name: "TextKit", targets: ["TextKit"]),
        .library(name: "Presentation", targets: ["Presentation"]),
        .library(name: "Explorer", targets: ["Explorer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C library, through pkg-config `libgvc` (Debian/Ubuntu: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Leaf: the one home of presentation text: the Language enum, the word catalogue, escaping
        // per output context (XML/HTML, Markdown, DOT, CSV, Cypher, JSON) and number formatting.
        .target(name: "TextKit"),
        .testTarget(name: "TextKitTests", dependencies: ["TextKit"]),
        // The safe Swift face of Graphviz. Domain-free.
        .target(name: "Graphviz", dependencies: ["CGraphviz", "TextKit"]),
        // The network model: types, YAML/JSON I/O, validation. Must not import GraphCore or Graphviz.
        .target(
            name: "AgencyModel",
            dependencies: ["TextKit", .product(name: "Yams", package: "Yams")]
        ),
        // Other tools' formats (GraphML, GEXF, node-link JSON, CSV, DOT, Pajek, edge lists, Neo4j).
        // Separate from AgencyModel because reading DOT needs Graphviz, which AgencyModel must not import.
        .target(name: "AgencyInterop", dependencies: ["AgencyModel", "Graphviz", "TextKit"]),
        // How a network and analysis results look: Network (+ overlays) -> Graphviz.Graph.
        // Depends on the model and the binding only; it never runs analyses.
        .target(name: "AgencyRendering", dependencies: ["AgencyModel", "Graphviz", "TextKit"]),
        // Analysis results as overlays (and, next, tables and findings) in a Language: the one mapping
        // from a question's report to what render, brief and explore show.
        .target(name: "Presentation", dependencies: ["AgencyModel", "AgencyAnalysis", "AgencyRendering", "TextKit"]),
        // Briefings: analyses + diagrams -> one document (HTML, Markdown + SVG, JSON). No CLI logic.
        .target(name: "Briefing", dependencies: ["AgencyModel", "AgencyAnalysis", "AgencyRendering", "Graphviz", "Presentation", "TextKit"]),
        // The network explorer: one offline HTML page (inline SVG, embedded JSON, hand-written script).
        .target(name: "Explorer", dependencies: ["AgencyModel", "AgencyAnalysis", "AgencyRendering", "Graphviz", "Presentation", "TextKit"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "AgencyModel", "AgencyAnalysis", "TextKit", "AgencyGraphTestSupport"]),
        .testTarget(name: "BriefingTests", dependencies: ["Briefing", "AgencyAnalysis", "AgencyModel", "TextKit"]),
        // The command-line tool: thin over the libraries.
        .executableTarget(
            name: "agencygraph",
            dependencies: [
                "Graphviz",
                "AgencyModel",
                "AgencyInterop",
                "AgencyRendering",
                "AgencyAnalysis",
                "Briefing",
                "Explorer",
                "Presentation",
                "TextKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets: run the built CLI, parse SVG structurally.
        .target(name: "AgencyGraphTestSupport", path: "Tests/AgencyGraphTestSupport"),
        // HostileDOT: one DOT file per attack on the SVG (and per limit), read by HostileDOTTests.
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "TextKit", "AgencyGraphTestSupport"], exclude: ["HostileDOT"]),
        // Diagrams: structural SVG tests, and the render command end to end (hence `agencygraph`).
        .testTarget(name: "AgencyRenderingTests", dependencies: ["AgencyRendering", "AgencyModel", "Graphviz", "TextKit", "agencygraph", "AgencyGraphTestSupport"]),
        .testTarget(
            name: "AgencyModelTests",
            dependencies: ["AgencyModel", "TextKit", "AgencyGraphTestSupport"],
            exclude: ["Broken", "Fixtures"]
        ),
        .testTarget(name: "AgencyInteropTests", dependencies: ["AgencyInterop", "AgencyModel", "Graphviz"]),
        // `make fuzz`: libFuzzer targets for every reader, the DOT sanitiser and the SVG gate (built with
        // -sanitize=fuzzer -DFUZZING); built normally, it replays the crash corpus (docs/security.md).
        .executableTarget(name: "agencygraph-fuzz", dependencies: ["AgencyModel", "AgencyInterop", "Graphviz", "TextKit"]),
        // `make leakcheck`: many renders in one process, run under valgrind.
        .executableTarget(name: "graphviz-leakcheck", dependencies: ["Graphviz"]),
        // End-to-end tests of the CLI: they run the built `agencygraph` as a user would.
        .testTarget(name: "AgencyGraphCLITests", dependencies: ["agencygraph", "spof-list", "coverage-at-dates", "agencygraph-fuzz", "AgencyGraphTestSupport"]),
        // Domain-free graph algorithms on dense Int32 ids. Imports nothing of the domain.
        .target(name: "GraphCore"),
        .testTarget(
            name: "GraphCoreTests",
            dependencies: ["GraphCore", "AgencyGraphTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // Analyses in the network's own terms: views projected into GraphCore, questions with Codable results.
        .target(
            name: "AgencyAnalysis",
            dependencies: ["AgencyModel", "GraphCore", "TextKit"]
        ),
        .testTarget(name: "AgencyAnalysisTests", dependencies: ["AgencyAnalysis", "AgencyModel", "TextKit", "AgencyGraphTestSupport"], exclude: ["Fixtures"]),
        // Library users: small analyst tools on the AgencyAnalysis API, run by AgencyGraphCLITests.
        .executableTarget(name: "spof-list", dependencies: ["AgencyAnalysis", "AgencyModel", "AgencyInterop"], path: "examples/spof-list"),
        .executableTarget(name: "coverage-at-dates", dependencies: ["AgencyAnalysis", "AgencyModel", "AgencyInterop"], path: "examples/coverage-at-dates"),
        // Side-by-side benchmark driver (release build), see docs/performance.md.
        .executableTarget(name: "agencygraph-bench", dependencies: ["GraphCore"]),
    ],
    swiftLanguageModes: [.v6]
)
