import Foundation
import TestSupport
import Testing

/// The module layers of the design, checked against the code itself: every module a target's
/// sources import is one Package.swift declares for it, the declared dependencies keep the layer
/// rule below, and the command line reaches the stages only through the `FactCheck` façade. A
/// compiler lets a target import anything its dependencies pull in, so without this check a
/// shortcut (`import Fetcher` in the CLI) builds fine and the layers erode unnoticed.
@Suite struct LayeringTests {
    /// Which project modules each layered target may depend on. Data moves forward only: the model
    /// and the text layers below the stages, the stages (Extractor, Fetcher, Scorer, Reporter) never
    /// each other, the façade over them all, the command line over the façade alone. C system
    /// libraries may sit under any target below the façade. Harnesses (benchmarks, fuzzing) and
    /// test targets are not layered: they only have to declare what they import.
    static let layerRule: [String: Set<String>] = [
        "FactCheckModel": [],
        "TOMLParser": [],
        "MarkupParsing": [],
        "LoopbackHTTPServer": [],
        "TestSupport": [],
        "TextAnalysis": ["FactCheckModel"],
        "WebExtraction": ["FactCheckModel", "MarkupParsing", "TextAnalysis"],
        "ScholarlySources": ["FactCheckModel", "MarkupParsing", "TextAnalysis"],
        "Extractor": ["FactCheckModel", "MarkupParsing", "TextAnalysis", "WebExtraction"],
        "Fetcher": ["FactCheckModel", "MarkupParsing", "TextAnalysis", "WebExtraction", "ScholarlySources"],
        "Scorer": ["FactCheckModel", "TextAnalysis"],
        "Reporter": ["FactCheckModel"],
        "FactCheck": ["FactCheckModel", "TOMLParser", "TextAnalysis", "Extractor", "Fetcher", "Scorer", "Reporter"],
        "FactCheckCLI": ["FactCheck"],
    ]

    /// Targets outside the layers: they may use any module, as long as they declare it.
    static let unlayered: Set<String> = ["FactCheckBench", "FuzzTargets", "FactCheckFuzz"]

    /// Targets that must not sit on a C library directly: the façade and the command line.
    static let aboveTheCLibraries: Set<String> = ["FactCheck", "FactCheckCLI"]

    @Test func everyImportedProjectModuleIsDeclared() throws {
        let manifest = try PackageManifest(root: PackageManifest.repositoryRoot)
        var undeclared: [String] = []
        for target in manifest.targets where !target.isSystemLibrary {
            for (file, module) in try manifest.projectImports(of: target)
            where module != target.name && !target.dependencies.contains(module) {
                undeclared.append("\(file) imports \(module), which Package.swift does not list for \(target.name)")
            }
        }
        #expect(undeclared.isEmpty, "\(undeclared.joined(separator: "\n"))")
    }

    @Test func declaredDependenciesKeepTheLayers() throws {
        let manifest = try PackageManifest(root: PackageManifest.repositoryRoot)
        let cLibraries = Set(manifest.targets.filter(\.isSystemLibrary).map(\.name))
        var broken: [String] = []
        for target in manifest.targets where !target.isSystemLibrary && !target.isTest && !Self.unlayered.contains(target.name) {
            guard var allowed = Self.layerRule[target.name] else {
                broken.append("\(target.name) is in no layer: add it to LayeringTests.layerRule and Package.swift's layering comment")
                continue
            }
            if !Self.aboveTheCLibraries.contains(target.name) { allowed.formUnion(cLibraries) }
            let projectDependencies = target.dependencies.intersection(manifest.targetNames)
            for dependency in projectDependencies.subtracting(allowed).sorted() {
                broken.append("\(target.name) depends on \(dependency), against the layer rule")
            }
        }
        #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
    }

    @Test func theCommandLineUsesTheFacadeOnly() throws {
        let manifest = try PackageManifest(root: PackageManifest.repositoryRoot)
        let cli = try #require(manifest.targets.first { $0.name == "FactCheckCLI" })
        let reachedPast = try manifest.projectImports(of: cli).filter { $0.module != "FactCheck" }
        #expect(reachedPast.isEmpty, "\(reachedPast.map { "\($0.file) imports \($0.module)" }.joined(separator: "\n"))")
        #expect(cli.dependencies.intersection(manifest.targetNames) == ["FactCheck"])
    }

    /// The checks read what they check: a Package.swift whose dependency lists are torn out, or a
    /// source tree where nothing is found, would otherwise pass every test above by vacuity.
    @Test func theManifestAndSourcesAreActuallyRead() throws {
        let manifest = try PackageManifest(root: PackageManifest.repositoryRoot)
        let names = manifest.targetNames
        #expect(names.isSuperset(of: Set(Self.layerRule.keys)))
        let fetcher = try #require(manifest.targets.first { $0.name == "Fetcher" })
        #expect(fetcher.dependencies.contains("CCurl"))
        let facade = try #require(manifest.targets.first { $0.name == "FactCheck" })
        #expect(try manifest.projectImports(of: facade).contains { $0.module == "Fetcher" })
    }

    @Test func importsAreReadInTheirSpellings() {
        let text = """
            import Foundation
            @testable import Scorer
            @_exported import FactCheckModel
            public import Reporter
            import struct Fetcher.CacheSettings
            // import Extractor
            let note = "import nothing"
            """
        #expect(PackageManifest.importedModules(in: text) == ["Foundation", "Scorer", "FactCheckModel", "Reporter", "Fetcher"])
        let quotes = String(repeating: "\"", count: 3)
        let sampleInAString = "import Foundation\nlet sample = \(quotes)\n    import Scorer\n    \(quotes)\nimport Reporter"
        #expect(PackageManifest.importedModules(in: sampleInAString) == ["Foundation", "Reporter"])
    }

    @Test func targetsAreReadFromTheManifestText() {
        let text = """
            .systemLibrary(name: "CZlib", pkgConfig: "zlib"),
            .target(name: "Low", exclude: ["README.md"]),
            .target(
                name: "High",
                dependencies: ["Low", "CZlib", .product(name: "Parser", package: "parser")],
                exclude: ["README.md"]
            ),
            .executableTarget(name: "Tool", dependencies: ["High"], path: "Tools/Tool"),
            .testTarget(name: "HighTests", dependencies: ["High"]),
            """
        let targets = PackageManifest.targets(in: text)
        #expect(targets.map(\.name) == ["CZlib", "Low", "High", "Tool", "HighTests"])
        #expect(targets[2].dependencies == ["Low", "CZlib"])
        #expect(targets[3].directory == "Tools/Tool")
        #expect(targets[4].directory == "Tests/HighTests")
        #expect(targets[0].isSystemLibrary && targets[4].isTest)
    }
}

/// The targets of this repository's Package.swift and the imports of their sources, read as text:
/// enough of the manifest's shape (`name:`, `dependencies: [...]`, `path:`) to check the layers
/// without running SwiftPM.
struct PackageManifest {
    struct Target {
        var name: String
        var kind: String
        var dependencies: Set<String>
        /// Relative to the repository root.
        var directory: String
        var isSystemLibrary: Bool { kind == "systemLibrary" }
        var isTest: Bool { kind == "testTarget" }
    }

    static let repositoryRoot = PackageRoot.url

    let root: URL
    let targets: [Target]
    var targetNames: Set<String> { Set(targets.map(\.name)) }

    init(root: URL) throws {
        self.root = root
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        targets = Self.targets(in: text)
    }

    static func targets(in manifest: String) -> [Target] {
        let start = try! Regex(#"\.(systemLibrary|target|executableTarget|testTarget)\("#)
        let matches = manifest.matches(of: start)
        var targets: [Target] = []
        for (index, match) in matches.enumerated() {
            let end = index + 1 < matches.count ? matches[index + 1].range.lowerBound : manifest.endIndex
            let declaration = String(manifest[match.range.upperBound..<end])
            let kind = String(match.output[1].substring ?? "")
            guard let name = firstQuoted(after: "name:", in: declaration) else { continue }
            var dependencies: Set<String> = []
            if let list = bracketed(after: "dependencies:", in: declaration) {
                let withoutProducts = list.replacing(try! Regex(#"\.product\([^)]*\)"#), with: "")
                for quoted in withoutProducts.matches(of: try! Regex(#""([^"]+)""#)) {
                    dependencies.insert(String(quoted.output[1].substring ?? ""))
                }
            }
            let directory = firstQuoted(after: "path:", in: declaration)
                ?? (kind == "testTarget" ? "Tests/\(name)" : "Sources/\(name)")
            targets.append(Target(name: name, kind: kind, dependencies: dependencies, directory: directory))
        }
        return targets
    }

    /// Every `import` of a project module in the target's Swift files, with the file (relative to the root).
    func projectImports(of target: Target) throws -> [(file: String, module: String)] {
        let folder = root.appendingPathComponent(target.directory)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        var found: [(file: String, module: String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let file = target.directory + url.path.dropFirst(folder.path.count)
            for module in Self.importedModules(in: text) where targetNames.contains(module) {
                found.append((file, module))
            }
        }
        return found
    }

    /// The modules named by `import` lines, in order, whatever the attributes, access level or
    /// declaration kind (`@testable import X`, `public import X`, `import struct X.Y`).
    static func importedModules(in source: String) -> [String] {
        let line = try! Regex(#"^\s*(?:@\w+\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|protocol|typealias|func|let|var)\s+)?(\w+)"#)
        var modules: [String] = []
        var inMultilineString = false
        for text in source.split(separator: "\n", omittingEmptySubsequences: true) {
            // Lines inside a `"""` literal are text, not code (a test's sample source, say).
            if text.components(separatedBy: "\"\"\"").count % 2 == 0 {
                inMultilineString.toggle()
                continue
            }
            if !inMultilineString, let module = text.firstMatch(of: line)?.output[1].substring {
                modules.append(String(module))
            }
        }
        return modules
    }

    private static func firstQuoted(after label: String, in text: String) -> String? {
        guard let labelRange = text.range(of: label) else { return nil }
        return text[labelRange.upperBound...].firstMatch(of: try! Regex(#"^\s*"([^"]+)""#))
            .flatMap { $0.output[1].substring.map(String.init) }
    }

    /// The text between the `[` after `label` and its matching `]`.
    private static func bracketed(after label: String, in text: String) -> String? {
        guard let labelRange = text.range(of: label),
              let open = text[labelRange.upperBound...].firstIndex(of: "[") else { return nil }
        var depth = 0
        var index = open
        while index < text.endIndex {
            switch text[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return String(text[text.index(after: open)..<index]) }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }
}
