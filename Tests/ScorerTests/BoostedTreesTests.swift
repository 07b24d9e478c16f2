import Foundation
import Testing
@testable import Scorer

/// The verifier's boosted trees (session 15): a sample walks a tree to one leaf, the second split
/// depends on the first (what stumps cannot say), the sentence and label probabilities average the
/// trees with the logistic layer, and the weights file carries them by feature name.
@Suite struct BoostedTreesTests {
    /// One depth-2 tree: feature 0 high, then feature 1 decides; feature 0 low is one leaf.
    static let tree = BoostedTrees.Tree(
        classIndex: 0, feature: [0, -1, 1, -1, -1], threshold: [0.5, 0, 0.5, 0, 0],
        left: [1, -1, 3, -1, -1], right: [2, -1, 4, -1, -1], value: [0, -1, 0, 0.5, 2])

    @Test func theSecondSplitReadsOnlyOnItsSideOfTheFirst() {
        #expect(Self.tree.value([0.2, 0.9]) == -1, "feature 0 low: feature 1 is not read")
        #expect(Self.tree.value([0.2, 0.1]) == -1)
        #expect(Self.tree.value([0.9, 0.1]) == 0.5)
        #expect(Self.tree.value([0.9, 0.9]) == 2)
        // A value on the threshold goes left, as the trainer split it.
        #expect(Self.tree.value([0.5, 0.9]) == -1)
    }

    @Test func aPrefixKeepsTheFirstRoundsOfEveryClass() {
        var other = Self.tree
        other.classIndex = 1
        let model = BoostedTrees(initial: [0, 0], trees: [Self.tree, other, Self.tree, other])
        #expect(model.prefix(rounds: 1).trees.count == 2)
        #expect(model.scores([0.9, 0.9]) == [4, 4])
        #expect(model.prefix(rounds: 1).scores([0.9, 0.9]) == [2, 2])
    }

    @Test func sentenceProbabilitiesAverageTheTreesWithTheLogisticLayer() {
        var weights = VerifierWeights.trained
        let features = Array(repeating: 0.9, count: AbstractVerifier.sentenceFeatureNames.count)
        weights.sentenceTrees = nil
        let linear = weights.sentenceProbability(features)
        #expect(linear == weights.sentence.probability(features))
        weights.sentenceTrees = BoostedTrees(initial: [0], trees: [Self.tree])
        let trees = 1 / (1 + exp(-2.0))
        #expect(abs(weights.sentenceProbability(features) - (linear + trees) / 2) < 1e-12)
    }

    @Test func labelTreesTakeTheStumpsPlace() {
        let flat = LinearModel(means: [0, 0], scales: [1, 1], rows: Array(repeating: [0, 0, 0], count: 3))
        var weights = VerifierWeights.trained
        weights.label = flat
        weights.labelStumps = BoostedStumps(initial: [0, 0, 0], stumps: [.init(classIndex: 2, feature: 0, threshold: 0, below: 0, above: 5)])
        weights.labelTrees = BoostedTrees(initial: [0, 0, 0], trees: [Self.tree])
        let trees = weights.labelTrees!.probabilities([0.9, 0.9])
        let averaged = weights.labelProbabilities([0.9, 0.9])
        for index in 0..<3 { #expect(abs(averaged[index] - (1.0 / 3 + trees[index]) / 2) < 1e-12) }
        #expect(averaged[0] > averaged[2], "the stumps' vote for class 2 is not read")
    }

    @Test func theFileCarriesTreesAndNamesADamagedOne() {
        var weights = VerifierWeights.trained
        var labelTree = Self.tree
        labelTree.classIndex = 1
        weights.labelTrees = BoostedTrees(initial: [0.1, 0.2, 0.3], trees: [labelTree])
        weights.sentenceTrees = BoostedTrees(initial: [-1], trees: [Self.tree])
        let good = VerifierWeightsFile.text(weights, provenance: [])
        #expect((try? VerifierWeightsFile.parse(Array(good.utf8))) == weights)
        let name = AbstractVerifier.pairFeatureNames[1]
        let bad = good.replacingOccurrences(of: "\"feature\": [\"\(AbstractVerifier.pairFeatureNames[0])\", \"\", \"\(name)\"", with: "\"feature\": [\"\(AbstractVerifier.pairFeatureNames[0])\", \"\", \"no such feature\"")
        #expect(bad != good)
        do {
            _ = try VerifierWeightsFile.parse(Array(bad.utf8), file: "weights.json")
            Issue.record("a tree naming a feature the code lacks should not load")
        } catch {
            #expect("\(error)".hasPrefix("weights.json: labelTrees.trees[0]"), "\(error)")
            #expect("\(error)".contains("node 2"), "\(error)")
        }
    }

    @Test func theCommittedWeightsCarryTreesOnTheCodesFeatures() throws {
        let contents = try JSONDecoder().decode(VerifierWeightsFile.Contents.self, from: Data(PackageResources.verifier_weights_json))
        let label = try #require(contents.labelTrees, "train-scorer writes the label trees")
        let sentence = try #require(contents.sentenceTrees, "train-scorer writes the sentence trees")
        #expect(label.initial.count == AbstractLabel.modelOrder.count && sentence.initial.count == 1)
        for (trees, names) in [(label, AbstractVerifier.pairFeatureNames), (sentence, AbstractVerifier.sentenceFeatureNames)] {
            #expect(!trees.trees.isEmpty)
            for tree in trees.trees {
                for (index, name) in zip(tree.index, tree.feature) where index >= 0 {
                    try #require(index < names.count, "a tree on feature \(index)")
                    #expect(names[index] == name)
                }
            }
        }
        #expect(VerifierWeights.trained.labelTrees?.trees.count == label.trees.count)
        #expect(VerifierWeights.trained.sentenceTrees?.trees.count == sentence.trees.count)
    }
}
