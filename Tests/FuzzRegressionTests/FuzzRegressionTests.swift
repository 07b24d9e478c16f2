import Foundation
import FuzzTargets
import Testing

/// Replays, for every fuzz target, its seed corpus and every input that once crashed it
/// (`Fuzz/Corpus/<target>/`, `Fuzz/Regressions/<target>/`). A regression traps the test process,
/// which fails the run and names the input in the log line printed just before it.
@Suite struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ kind: String, _ target: FuzzTarget) -> [URL] {
        let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyTargetHasSeeds(_ target: FuzzTarget) {
        #expect(!Self.inputs("Corpus", target).isEmpty, "Fuzz/Corpus/\(target.rawValue) has no seed inputs")
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedsAndPastCrashesRunCleanly(_ target: FuzzTarget) throws {
        for file in Self.inputs("Corpus", target) + Self.inputs("Regressions", target) {
            print("fuzz replay \(target.rawValue): \(file.lastPathComponent)")
            target.run([UInt8](try Data(contentsOf: file)))
        }
    }
}
