import Foundation
import Testing
@testable import Scorer

/// The verifier's second label model: boosted stumps read their features as the trainer wrote them,
/// their probabilities are averaged with the logistic layer's, and the committed weights carry them
/// with feature names the code still has.
@Suite struct BoostedStumpsTests {
    /// Two classes' worth of rules on two features, written by hand.
    static let stumps = BoostedStumps(initial: [0, 0, 0], stumps: [
        .init(classIndex: 0, feature: 0, threshold: 0.5, below: -1, above: 2),
        .init(classIndex: 1, feature: 1, threshold: 0.5, below: 0.5, above: -0.5),
        .init(classIndex: 0, feature: 1, threshold: 0.5, below: 0, above: 1),
    ])

    @Test func eachStumpAddsItsSideToItsClass() {
        #expect(Self.stumps.scores([1, 0]) == [2, 0.5, 0])
        #expect(Self.stumps.scores([0, 1]) == [0, -0.5, 0])
        // A value on the threshold goes below, as the trainer split it.
        #expect(Self.stumps.scores([0.5, 0.5]) == [-1, 0.5, 0])
        let probabilities = Self.stumps.probabilities([1, 0])
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-12)
        #expect(probabilities[0] > probabilities[1] && probabilities[1] > probabilities[2])
    }

    @Test func labelProbabilitiesAverageBothModels() {
        // A logistic layer with no weights says one third each; the stumps lean to class 0.
        let flat = LinearModel(means: [0, 0], scales: [1, 1], rows: Array(repeating: [0, 0, 0], count: 3))
        var weights = VerifierWeights.trained
        weights.label = flat
        weights.labelStumps = nil
        #expect(weights.labelProbabilities([1, 0]).allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
        weights.labelStumps = Self.stumps
        let stumpsAlone = Self.stumps.probabilities([1, 0])
        let averaged = weights.labelProbabilities([1, 0])
        for index in 0..<3 { #expect(abs(averaged[index] - (1.0 / 3 + stumpsAlone[index]) / 2) < 1e-12) }
    }

    @Test func theCommittedWeightsCarryStumpsOnTheCodesFeatures() throws {
        let contents = try JSONDecoder().decode(VerifierWeightsFile.Contents.self, from: Data(PackageResources.verifier_weights_json))
        let stumps = try #require(contents.labelStumps, "train-scorer writes the label stumps")
        #expect(!stumps.stumps.isEmpty)
        #expect(stumps.initial.count == AbstractLabel.modelOrder.count)
        for stump in stumps.stumps {
            try #require(stump.index >= 0 && stump.index < AbstractVerifier.pairFeatureNames.count, "stump on feature \(stump.index)")
            #expect(AbstractVerifier.pairFeatureNames[stump.index] == stump.feature)
            #expect(AbstractLabel.modelOrder.map(\.rawValue).contains(stump.class))
        }
        #expect(VerifierWeights.trained.labelStumps?.stumps.count == stumps.stumps.count)
    }

    @Test func aStumpOnAMissingFeatureIsADamagedFile() {
        var weights = VerifierWeights.trained
        weights.labelStumps = BoostedStumps(initial: [0, 0, 0], stumps: [.init(classIndex: 0, feature: 0, threshold: 0, below: 1, above: 2)])
        let good = VerifierWeightsFile.text(weights, provenance: [])
        #expect((try? VerifierWeightsFile.parse(Array(good.utf8))) == weights)
        let bad = good.replacingOccurrences(of: "\"index\": 0,", with: "\"index\": 99,")
        do {
            _ = try VerifierWeightsFile.parse(Array(bad.utf8), file: "weights.json")
            Issue.record("a stump on feature 99 should not load")
        } catch {
            #expect("\(error)".hasPrefix("weights.json: labelStumps"))
        }
    }
}
