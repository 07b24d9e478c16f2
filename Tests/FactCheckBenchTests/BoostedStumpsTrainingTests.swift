import Foundation
import Scorer
import Testing
@testable import FactCheckBench

/// The label model's stump trainer (``VerifyBoostedStumps``): it splits where the classes part, is
/// deterministic, follows the class weights, keeps its leaves at the minimum size, and sets each
/// leaf by one shrunk Newton step. Data made up here.
@Suite struct BoostedStumpsTrainingTests {
    /// A fixed pseudo-random sequence in [0, 1) (no seeding of the system generator).
    static func noise(_ count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// 60 samples, 3 features of noise, labels leaning on feature 0.
    static let noisy: (samples: [[Double]], labels: [Int]) = {
        let a = noise(60, seed: 1), b = noise(60, seed: 2), c = noise(60, seed: 3)
        let samples = (0..<60).map { [a[$0], b[$0], c[$0]] }
        let labels = (0..<60).map { (i: Int) -> Int in
            let score: Double = a[i] * 3 + b[i] * 0.8
            return min(2, Int(score))
        }
        return (samples, labels)
    }()

    @Test func aSeparableFeatureIsSplitAtTheMidpointBetweenTheClasses() {
        // Feature 0 is constant (no split); feature 1 holds class 0 in [0, 0.95], class 1 in [2, 2.95].
        let samples = (0..<40).map { (i: Int) -> [Double] in
            let value: Double = i < 20 ? Double(i) * 0.05 : 2 + Double(i - 20) * 0.05
            return [1.0, value]
        }
        let labels = (0..<40).map { $0 < 20 ? 0 : 1 }
        let model = VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: 2, rounds: 1)
        let first = model.stumps[0]
        #expect(first.classIndex == 0)
        #expect(first.feature == 1)
        #expect(abs(first.threshold - (0.95 + 2) / 2) < 1e-12)
        #expect(first.below > 0 && first.above < 0, "class 0 lives below the split")
    }

    @Test func twoFitsAreEqual() {
        let (samples, labels) = Self.noisy
        let once = VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: 3, classWeights: [1, 2, 1.5], rounds: 20)
        let again = VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: 3, classWeights: [1, 2, 1.5], rounds: 20)
        #expect(once == again)
        #expect(once.stumps.count == 20 * 3)
    }

    @Test func raisingAClassesWeightMovesItsLeaves() {
        let (samples, labels) = Self.noisy
        let plain = VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: 3, classWeights: [1, 1, 1], rounds: 10)
        let heavy = VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: 3, classWeights: [1, 4, 1], rounds: 10)
        let firstOfClass1 = { (model: BoostedStumps) in model.stumps.first { $0.classIndex == 1 }! }
        #expect(firstOfClass1(plain) != firstOfClass1(heavy))
        #expect(heavy.initial[1] > plain.initial[1])
        func meanProbability(_ model: BoostedStumps) -> Double {
            samples.map { model.probabilities($0)[1] }.reduce(0, +) / Double(samples.count)
        }
        #expect(meanProbability(heavy) > meanProbability(plain))
    }

    @Test func noLeafHoldsFewerThanTheMinimum() {
        // Three class-1 outliers far out on feature 0: the best split without the minimum would cut them off.
        var (samples, labels) = Self.noisy
        for i in 0..<3 {
            samples[i][0] = 10 + Double(i)
            labels[i] = 1
        }
        let minimum = VerifierTraining.labelStumpMinimumLeaf
        let model = VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: 3, rounds: 30)
        for stump in model.stumps where stump.below != stump.above {
            let below = samples.filter { $0[stump.feature] <= stump.threshold }.count
            #expect(below >= minimum && samples.count - below >= minimum, "\(stump): \(below) below")
        }
    }

    @Test func oneRoundsLeavesAreOneShrunkNewtonStep() {
        // Feature 0 counts 0...29; labels in thirds; class 0 weighs double.
        let samples = (0..<30).map { (i: Int) -> [Double] in [Double(i), Double((i * 7) % 30)] }
        let labels = (0..<30).map { $0 / 10 }
        let weights = [2.0, 1, 1]
        let rate = 0.1
        let model = VerifyBoostedStumps.fit(
            samples: samples, labels: labels, classes: 3, classWeights: weights, rounds: 1, learningRate: rate)
        #expect(model.stumps.count == 3)
        // Before the round every sample has the same probabilities: the weighted class shares.
        let share = [20.0, 10, 10].map { $0 / 40 }
        #expect(zip(model.initial, share).allSatisfy { abs($0 - log($1)) < 1e-12 })
        #expect(model.stumps[0].feature == 0 && abs(model.stumps[0].threshold - 9.5) < 1e-12)
        for stump in model.stumps {
            let k = stump.classIndex
            let p = share[k]
            // lr · (K−1)/K · Σ w·r / Σ w·p(1−p), over each leaf's samples.
            func leaf(_ side: (Double) -> Bool) -> Double {
                var numerator = 0.0, denominator = 0.0
                for i in samples.indices where side(samples[i][stump.feature]) {
                    let w = weights[labels[i]]
                    numerator += w * ((labels[i] == k ? 1 : 0) - p)
                    denominator += w * p * (1 - p)
                }
                return rate * 2.0 / 3.0 * numerator / denominator
            }
            #expect(abs(stump.below - leaf { $0 <= stump.threshold }) < 1e-12, "\(stump)")
            #expect(abs(stump.above - leaf { $0 > stump.threshold }) < 1e-12, "\(stump)")
        }
    }

    @Test func theProvenanceSaysLogisticOnlyWithoutStumps() throws {
        let none = try TrainScorer.parse(["claims.jsonl", "corpus.jsonl", "--label-stumps", "0"])
        #expect(none.labelModelSummary == "label model: logistic only.")
        let some = try TrainScorer.parse(["claims.jsonl", "corpus.jsonl"])
        #expect(some.labelModelSummary.contains("\(VerifierTraining.labelStumpRounds) boosting rounds"))
        #expect(some.labelModelSummary.contains("learning rate \(VerifierTraining.labelStumpLearningRate)"))
        #expect(some.labelModelSummary.contains("at least \(VerifierTraining.labelStumpMinimumLeaf) pairs a leaf"))
    }

    @Test func verifyRejectsTrainingOptionsWithoutCrossFit() throws {
        for options in [["--label-stumps", "0"], ["--cross-fit-rounds", "3"]] {
            do {
                _ = try VerifyBenchmark.parse(["claims.jsonl", "corpus.jsonl"] + options)
                Issue.record("\(options) without --cross-fit should be rejected")
            } catch {
                #expect(VerifyBenchmark.message(for: error).contains("--cross-fit"), "\(VerifyBenchmark.message(for: error))")
            }
            _ = try VerifyBenchmark.parse(["claims.jsonl", "corpus.jsonl", "--cross-fit", "--split", "tune"] + options)
        }
    }
}
