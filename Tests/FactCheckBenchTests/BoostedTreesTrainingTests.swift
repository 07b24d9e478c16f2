import Foundation
import Scorer
import Testing
@testable import FactCheckBench

/// The trees' trainer (``VerifyBoostedTrees``, session 15): a depth-2 tree learns an interaction a
/// stump cannot, the binary form starts from the log-odds, fits are deterministic, and no leaf is
/// smaller than the minimum. Data made up here.
@Suite struct BoostedTreesTrainingTests {
    /// Class 1 exactly when both features are high (an "and"): no single split separates it.
    static let both: (samples: [[Double]], labels: [Int]) = {
        let a = BoostedStumpsTrainingTests.noise(200, seed: 11), b = BoostedStumpsTrainingTests.noise(200, seed: 12)
        let samples = (0..<200).map { [a[$0], b[$0]] }
        return (samples, samples.map { $0[0] > 0.5 && $0[1] > 0.5 ? 1 : 0 })
    }()

    @Test func aDepthTwoTreeSplitsTheSecondFeatureInsideTheFirst() {
        let (samples, labels) = Self.both
        let model = VerifyBoostedTrees.fit(samples: samples, labels: labels, classes: 1, rounds: 1, depth: 2)
        let tree = model.trees[0]
        // The root and its high side split; the low side is all class 0, nothing to gain: a leaf.
        #expect(tree.feature[0] >= 0 && tree.feature.filter { $0 >= 0 }.count >= 2)
        let root = tree.feature[0]
        let high = tree.right[0]
        #expect(tree.feature[high] == 1 - root, "on the high side of the first feature the other one decides")
        #expect(abs(tree.threshold[high] - 0.5) < 0.05)
        // Both high scores above every other corner.
        #expect(model.probability([0.9, 0.9]) > model.probability([0.9, 0.1]))
        #expect(model.probability([0.9, 0.9]) > model.probability([0.1, 0.9]))
    }

    @Test func treesBeatStumpsOnAnInteraction() {
        let (samples, labels) = Self.both
        let trees = VerifyBoostedTrees.fit(samples: samples, labels: labels, classes: 2, rounds: 30, depth: 2)
        let stumps = VerifyBoostedTrees.fit(samples: samples, labels: labels, classes: 2, rounds: 30, depth: 1)
        func loss(_ model: BoostedTrees) -> Double {
            zip(samples, labels).map { -log(model.probabilities($0)[$1]) }.reduce(0, +)
        }
        #expect(loss(trees) < loss(stumps))
    }

    @Test func theBinaryModelStartsFromTheLogOdds() {
        let (samples, labels) = Self.both
        let positives = Double(labels.filter { $0 == 1 }.count)
        let model = VerifyBoostedTrees.fit(samples: samples, labels: labels, classes: 1, rounds: 0, depth: 2)
        #expect(abs(model.initial[0] - log(positives / (200 - positives))) < 1e-12)
        #expect(model.trees.isEmpty)
    }

    @Test func twoFitsAreEqualAndLeavesKeepTheMinimum() {
        let (samples, labels) = BoostedStumpsTrainingTests.noisy
        let once = VerifyBoostedTrees.fit(samples: samples, labels: labels, classes: 3, classWeights: [1, 2, 1.5], rounds: 10, depth: 3)
        let again = VerifyBoostedTrees.fit(samples: samples, labels: labels, classes: 3, classWeights: [1, 2, 1.5], rounds: 10, depth: 3)
        #expect(once == again)
        #expect(once.trees.count == 30)
        for tree in once.trees {
            var reached = Array(repeating: 0, count: tree.feature.count)
            for sample in samples {
                var node = 0
                while tree.feature[node] >= 0 { node = sample[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node] }
                reached[node] += 1
            }
            for node in tree.feature.indices where tree.feature[node] < 0 {
                #expect(reached[node] >= 10, "leaf \(node) holds \(reached[node])")
            }
        }
    }
}
