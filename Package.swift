// swift-tools-version:6.0
import PackageDescription

// Module layering: data moves forward only, nothing reaches back. Each target, bottom up, with what it
// depends on (the lists below; `LayeringTests` fails when a source imports anything else, or when a
// list breaks these layers):
//
//   C system libraries     CLibXML2, CCurl, CSQLite, CStemmer, CWordNet, CZlib (the benchmarks' gzip'd data)
//   FactCheckModel         (nothing)              the shared value types
//   TOMLParser             (nothing)
//   MarkupParsing          CLibXML2
//   TextAnalysis           FactCheckModel, CStemmer, CWordNet
//   WebExtraction          FactCheckModel, MarkupParsing, TextAnalysis
//   ScholarlySources       FactCheckModel, MarkupParsing, TextAnalysis
//   the stages, never each other:
//     Extractor            FactCheckModel, MarkupParsing, TextAnalysis, WebExtraction (HTML articles get the
//                          main-text extraction source pages get)
//     Fetcher              FactCheckModel, MarkupParsing, TextAnalysis, WebExtraction, ScholarlySources, CCurl, CSQLite
//     Scorer               FactCheckModel, TextAnalysis
//     Reporter             FactCheckModel
//   FactCheck              the stages, FactCheckModel (re-exported), TextAnalysis, TOMLParser: the façade
//   FactCheckCLI           FactCheck only: the `factcheck` executable
//
// Beside the layers, free to use what they declare: the harnesses FactCheckBench and FuzzTargets
// (driven by FactCheckFuzz), LoopbackHTTPServer (a test and benchmark server), TestSupport (the
// tests' and benchmarks' shared helpers, Foundation only), and the test targets.
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
        // WordNet 3.0's library; the database itself is Debian's wordnet-base (read at run time).
        .systemLibrary(name: "CWordNet", providers: [.apt(["wordnet-dev", "wordnet-base"]), .brew(["wordnet"])]),
        // zlib, for the benchmarks' gzip'd data files (Debian: zlib1g-dev); the tool itself does not link it.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "FactCheckModel", exclude: ["README.md"]),
        .target(name: "TextAnalysis", dependencies: ["FactCheckModel", "CStemmer", "CWordNet"], exclude: ["README.md", "Lexicon/README.md"]),
        .target(name: "MarkupParsing", dependencies: ["CLibXML2"], exclude: ["README.md"]),
        .target(name: "TOMLParser", exclude: ["README.md"]),
        .target(name: "WebExtraction", dependencies: ["FactCheckModel", "MarkupParsing", "TextAnalysis"], exclude: ["README.md"]),
        .target(name: "ScholarlySources", dependencies: ["FactCheckModel", "MarkupParsing", "TextAnalysis"], exclude: ["README.md"]),
        // Trained weights are data files compiled into the module (`.embedInCode`): see Resources/README.md.
        .target(
            name: "Extractor", dependencies: ["FactCheckModel", "MarkupParsing", "TextAnalysis", "WebExtraction"],
            exclude: ["README.md", "Resources/README.md"], resources: [.embedInCode("Resources/checkworthiness-weights.tsv"), .embedInCode("Resources/claim-gate-weights.tsv")]),
        .target(
            name: "Fetcher",
            dependencies: ["FactCheckModel", "MarkupParsing", "WebExtraction", "ScholarlySources", "TextAnalysis", "CCurl", "CSQLite"],
            exclude: ["README.md"] + ["Transport", "NetworkPolicy", "Politeness", "Cache", "Readers", "Scholarly"].map { "\($0)/README.md" }
        ),
        .target(
            name: "Scorer", dependencies: ["FactCheckModel", "TextAnalysis"],
            exclude: ["README.md", "Resources/README.md"], resources: [.embedInCode("Resources/verifier-weights.json"), .embedInCode("Resources/claim-strength-weights.tsv")]),
        .target(name: "Reporter", dependencies: ["FactCheckModel"], exclude: ["README.md"]),
        .target(
            name: "FactCheck",
            dependencies: ["FactCheckModel", "TextAnalysis", "Extractor", "Fetcher", "Scorer", "Reporter", "TOMLParser"],
            exclude: ["README.md"] + ["Configuration", "Discovery", "Ledger", "Run", "Output", "Facade"].map { "\($0)/README.md" }
        ),
        .executableTarget(
            name: "FactCheckCLI",
            dependencies: ["FactCheck", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["README.md"]
        ),
        // The measuring harnesses (quality and speed), one subcommand each; see Benchmarks/README.md.
        .executableTarget(
            name: "FactCheckBench",
            dependencies: [
                "FactCheck", "FactCheckModel", "Extractor", "Fetcher", "Scorer", "Reporter", "TextAnalysis", "WebExtraction", "LoopbackHTTPServer", "TestSupport", "CZlib",
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
        // What several test targets and the benchmarks share (running an outside tool, and whether a
        // missing one skips or fails; the package's folder; a seeded generator): one home each.
        // Foundation only, so the benchmark executable can use it without linking the test library.
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "ExtractorTests", dependencies: ["Extractor", "FactCheckModel", "TextAnalysis"]),
        .testTarget(name: "FetcherTests", dependencies: ["Fetcher", "FactCheckModel", "LoopbackHTTPServer", "ScholarlySources"]),
        .testTarget(name: "ScorerTests", dependencies: ["Scorer", "FactCheckModel", "TextAnalysis"]),
        .testTarget(name: "ReporterTests", dependencies: ["Reporter", "FactCheckModel", "TestSupport"]),
        .testTarget(name: "TOMLParserTests", dependencies: ["TOMLParser"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "FactCheckModel"]),
        .testTarget(name: "MarkupParsingTests", dependencies: ["MarkupParsing"]),
        .testTarget(name: "WebExtractionTests", dependencies: ["WebExtraction", "FactCheckModel", "TestSupport"]),
        .testTarget(name: "ScholarlySourcesTests", dependencies: ["ScholarlySources", "FactCheckModel"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets"]),
        .testTarget(name: "FactCheckBenchTests", dependencies: ["FactCheckBench", "Extractor", "FactCheckModel", "Scorer"]),
        // Depends on the executable so `swift test` builds `factcheck` for the command-line tests.
        .testTarget(name: "FactCheckTests", dependencies: ["FactCheck", "FactCheckCLI", "FactCheckModel", "Extractor", "Fetcher", "LoopbackHTTPServer", "MarkupParsing", "Reporter", "Scorer", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
