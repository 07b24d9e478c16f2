import Foundation
import Testing
@testable import Scorer

/// A damaged `labelStumps` block says which file, which stump and which line, and what is wrong;
/// a file without the block loads as the logistic layer alone.
@Suite struct VerifierWeightsFileStumpErrorTests {
    /// The committed weights with three stumps, one per class, on the first three pair features.
    static let weights: VerifierWeights = {
        var weights = VerifierWeights.trained
        weights.labelStumps = BoostedStumps(initial: [0.1, -0.2, 0.1], stumps: [
            .init(classIndex: 0, feature: 0, threshold: 0.25, below: -0.1, above: 0.2),
            .init(classIndex: 1, feature: 1, threshold: 0.5, below: 0.1, above: -0.3),
            .init(classIndex: 2, feature: 2, threshold: 0.75, below: 0.05, above: -0.05),
        ])
        return weights
    }()
    static let good = VerifierWeightsFile.text(weights, provenance: ["made by a test"])
    static let lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    /// The 1-based line of stump `position` in `good` (one stump a line, as the trainer writes them).
    static func stumpLine(_ position: Int) -> Int {
        lines.indices.filter { lines[$0].contains("{\"class\": ") }[position] + 1
    }

    /// `good` with stump `position`'s line changed by `edit`.
    static func damaging(stump position: Int, _ edit: (String) -> String) -> String {
        var changed = lines
        changed[stumpLine(position) - 1] = edit(changed[stumpLine(position) - 1])
        return changed.joined(separator: "\n")
    }

    static func problem(_ text: String) -> String {
        do {
            _ = try VerifierWeightsFile.parse(Array(text.utf8), file: "weights.json")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func theUndamagedFileLoads() throws {
        #expect(try VerifierWeightsFile.parse(Array(Self.good.utf8)) == Self.weights)
    }

    @Test func aStumpPastThePairFeaturesIsNamedWithItsLine() {
        let text = Self.damaging(stump: 2) { $0.replacingOccurrences(of: "\"index\": 2,", with: "\"index\": 99,") }
        let count = AbstractVerifier.pairFeatureNames.count
        #expect(Self.problem(text).hasPrefix(
            "weights.json: labelStumps.stumps[2] (line \(Self.stumpLine(2))): index 99 is past the \(count) pair features"))
    }

    @Test func aStumpWhoseNameIsNotItsIndexsFeatureIsNamed() {
        let name = AbstractVerifier.pairFeatureNames[1]
        let text = Self.damaging(stump: 1) { $0.replacingOccurrences(of: "\"index\": 1,", with: "\"index\": 0,") }
        let said = Self.problem(text)
        #expect(said.hasPrefix("weights.json: labelStumps.stumps[1] (line \(Self.stumpLine(1))): feature \"\(name)\" is not the name of pair feature 0"), "\(said)")
    }

    @Test func aStumpOnAClassTheLabelLacksIsNamed() {
        let text = Self.damaging(stump: 0) { $0.replacingOccurrences(of: "\"class\": \"SUPPORT\"", with: "\"class\": \"MAYBE\"") }
        #expect(Self.problem(text).hasPrefix("weights.json: labelStumps.stumps[0] (line \(Self.stumpLine(0))): class \"MAYBE\" is not one of the label's"))
    }

    @Test func tooFewInitialScoresAreNamedWithTheirLine() {
        let line = Self.lines.firstIndex { $0.contains("\"initial\": [") }! + 1
        let text = Self.good.replacingOccurrences(of: "\"initial\": [0.1, ", with: "\"initial\": [")
        #expect(Self.problem(text).hasPrefix("weights.json: labelStumps.initial (line \(line)): 2 scores, the label has 3 classes"))
    }

    @Test func textThatIsNotJSONInsideTheStumpsSaysTheLine() {
        let text = Self.damaging(stump: 1) { $0.replacingOccurrences(of: "\"above\": ", with: "\"above\": x") }
        let said = Self.problem(text)
        #expect(said.hasPrefix("weights.json: not a verifier weights file (not valid JSON at line \(Self.stumpLine(1)):"), "\(said)")
    }

    @Test func aValueOfTheWrongKindSaysItsPathAndLine() {
        let text = Self.damaging(stump: 2) { $0.replacingOccurrences(of: "\"index\": 2,", with: "\"index\": \"2\",") }
        let said = Self.problem(text)
        #expect(said.hasPrefix("weights.json: not a verifier weights file (labelStumps.stumps[2].index (line \(Self.stumpLine(2))): "), "\(said)")
    }

    @Test func aMissingKeySaysWhereItWasExpected() {
        let text = Self.damaging(stump: 1) { $0.replacingOccurrences(of: "\"threshold\": 0.5, ", with: "") }
        let said = Self.problem(text)
        #expect(said.hasPrefix("weights.json: not a verifier weights file (labelStumps.stumps[1] (line \(Self.stumpLine(1))): no \"threshold\""), "\(said)")
    }

    @Test func aFileWithoutTheStumpsBlockLoadsAsTheLogisticLayerAlone() throws {
        var logistic = Self.weights
        logistic.labelStumps = nil
        logistic.shortEvidence?.labelStumps = nil
        let text = VerifierWeightsFile.text(logistic, provenance: ["made by a test"])
        #expect(!text.contains("labelStumps"))
        let read = try VerifierWeightsFile.parse(Array(text.utf8))
        #expect(read.labelStumps == nil)
        #expect(read == logistic)
        let features = Array(repeating: 0.5, count: AbstractVerifier.pairFeatureNames.count)
        #expect(read.labelProbabilities(features) == read.label.probabilities(features))
    }
}
