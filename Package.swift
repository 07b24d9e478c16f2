// swift-tools-version:6.0
import PackageDescription

// Module layering (data moves forward only; nothing reaches back):
//   FactCheckModel ← Extractor, Fetcher, Scorer, Reporter ← FactCheck ← factcheck (FactCheckCLI)
// C libraries sit below: CLibXML2 (wrapped by MarkupParsing) and CCurl.
let package = Package(
    name: "factcheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factcheck", targets: ["FactCheckCLI"]),
        .library(name: "FactCheck", targets: ["FactCheck"]),
        .executable(name: "factcheck-bench", targets: ["FactCheckBench"]),
        .executable(name: "factcheck-fuzz", targets: ["FactCheckFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),
        .target(name: "FactCheckModel", exclude: ["README.md"]),
        .target(name: "TextAnalysis", dependencies: ["FactCheckModel", "CStemmer"], exclude: ["README.md"]),
        .target(name: "MarkupParsing", dependencies: ["CLibXML2"], exclude: ["README.md"]),
        .target(name: "TOMLParser", exclude: ["README.md"]),
        .target(name: "WebExtraction", dependencies: ["FactCheckModel", "MarkupParsing", "TextAnalysis"], exclude: ["README.md"]),
        .target(name: "ScholarlySources", dependencies: ["FactCheckModel", "MarkupParsing", "TextAnalysis"], exclude: ["README.md"]),
        .target(name: "Extractor", dependencies: ["FactCheckModel", "MarkupParsing", "TextAnalysis"], exclude: ["README.md"]),
        .target(name: "Fetcher", dependencies: ["FactCheckModel", "MarkupParsing", "WebExtraction", "ScholarlySources", "TextAnalysis", "CCurl", "CSQLite"], exclude: ["README.md"]),
        .target(
            name: "Scorer", dependencies: ["FactCheckModel", "TextAnalysis"], exclude: ["README.md"],
            resources: [.copy("Strength/ClaimStrengthWeights.tsv")]),
        .target(name: "Reporter", dependencies: ["FactCheckModel"], exclude: ["README.md"]),
        .target(
            name: "FactCheck",
            dependencies: ["FactCheckModel", "Extractor", "Fetcher", "Scorer", "Reporter", "TOMLParser"],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "FactCheckCLI",
            dependencies: ["FactCheck", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The measuring harnesses (quality and speed), one subcommand each; see Benchmarks/README.md.
        .executableTarget(
            name: "FactCheckBench",
            dependencies: [
                "FactCheck", "Extractor", "Fetcher", "Scorer", "Reporter", "TextAnalysis", "WebExtraction", "LoopbackHTTPServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/FactCheckBench"
        ),
        // The parsers that read strangers' bytes, as fuzz targets (see Fuzz/README.md), and the driver
        // that fuzzes them under libFuzzer (built by Fuzz/run) or replays saved inputs.
        .target(
            name: "FuzzTargets",
            dependencies: ["Extractor", "FactCheck", "FactCheckModel", "ScholarlySources", "TextAnalysis", "WebExtraction"]
        ),
        .executableTarget(name: "FactCheckFuzz", dependencies: ["FuzzTargets"]),
        // A real HTTP/1.1 server on 127.0.0.1 for tests and benchmarks (never part of the tool).
        .target(name: "LoopbackHTTPServer", exclude: ["README.md"]),

        .testTarget(name: "ExtractorTests", dependencies: ["Extractor"]),
        .testTarget(name: "FetcherTests", dependencies: ["Fetcher", "LoopbackHTTPServer"]),
        .testTarget(name: "ScorerTests", dependencies: ["Scorer"]),
        .testTarget(name: "ReporterTests", dependencies: ["Reporter"]),
        .testTarget(name: "TOMLParserTests", dependencies: ["TOMLParser"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "MarkupParsingTests", dependencies: ["MarkupParsing"]),
        .testTarget(name: "WebExtractionTests", dependencies: ["WebExtraction"]),
        .testTarget(name: "ScholarlySourcesTests", dependencies: ["ScholarlySources"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets"]),
        // Depends on the executable so `swift test` builds `factcheck` for the command-line tests.
        .testTarget(name: "FactCheckTests", dependencies: ["FactCheck", "FactCheckCLI", "Fetcher", "LoopbackHTTPServer", "MarkupParsing"]),
    ],
    swiftLanguageModes: [.v6]
)
