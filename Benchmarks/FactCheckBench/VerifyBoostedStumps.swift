import Foundation
import Scorer

/// Fits ``BoostedStumps``: multinomial gradient boosting with one-split trees, as Friedman's
/// gradient boosting machine does it (and scikit-learn's `GradientBoostingClassifier` with
/// `max_depth=1`): each round, per class, a stump fitted to the residuals (gold minus probability)
/// by the weighted squared-error gain, its two leaves set by one Newton step, shrunk by the
/// learning rate.
///
/// Deterministic: no sampling; candidate thresholds are midpoints between distinct sorted values;
/// ties go to the earlier feature and the lower threshold; sums are taken in sample order.
enum VerifyBoostedStumps {
    static func fit(
        samples: [[Double]], labels: [Int], classes: Int, classWeights: [Double]? = nil,
        rounds: Int = VerifierTraining.labelStumpRounds, learningRate: Double = VerifierTraining.labelStumpLearningRate,
        minimumLeaf: Int = VerifierTraining.labelStumpMinimumLeaf
    ) -> BoostedStumps {
        precondition(!samples.isEmpty && classes >= 2, "nothing to fit")
        let count = samples.count
        let width = samples[0].count
        let weights = labels.map { classWeights?[$0] ?? 1 }
        // Start from the weighted class shares (equal under inverse-frequency weights).
        var share = Array(repeating: 0.0, count: classes)
        for (label, weight) in zip(labels, weights) { share[label] += weight }
        let total = share.reduce(0, +)
        let initial = share.map { log(max($0 / total, 1e-12)) }
        // Each feature's sample order, once.
        let orders: [[Int]] = (0..<width).map { (j: Int) -> [Int] in
            Array(0..<count).sorted { (a: Int, b: Int) -> Bool in
                let left = samples[a][j]
                let right = samples[b][j]
                return left != right ? left < right : a < b
            }
        }

        var scores = Array(repeating: initial, count: count)
        var stumps: [BoostedStumps.Stump] = []
        let newtonScale = Double(classes - 1) / Double(classes)
        for _ in 0..<rounds {
            let probabilities = scores.map { row -> [Double] in
                let top = row.max()!
                let exps = row.map { exp($0 - top) }
                let sum = exps.reduce(0, +)
                return exps.map { $0 / sum }
            }
            var updates: [(Int, BoostedStumps.Stump)] = []
            for k in 0..<classes {
                let residual: [Double] = (0..<count).map { (i: Int) -> Double in (labels[i] == k ? 1.0 : 0.0) - probabilities[i][k] }
                var totalWeight = 0.0
                var totalSum = 0.0
                for i in 0..<count {
                    totalWeight += weights[i]
                    totalSum += weights[i] * residual[i]
                }
                var best = (gain: 0.0, feature: -1, threshold: 0.0)
                for j in 0..<width {
                    let order = orders[j]
                    var leftWeight = 0.0
                    var leftSum = 0.0
                    for position in 0..<(count - 1) {
                        let i = order[position]
                        leftWeight += weights[i]
                        leftSum += weights[i] * residual[i]
                        let value = samples[i][j]
                        let next = samples[order[position + 1]][j]
                        guard next > value, position + 1 >= minimumLeaf, count - position - 1 >= minimumLeaf else { continue }
                        let rightWeight = totalWeight - leftWeight
                        guard leftWeight > 0, rightWeight > 0 else { continue }
                        let leftMean: Double = leftSum / leftWeight
                        let rightMean: Double = (totalSum - leftSum) / rightWeight
                        let difference: Double = leftMean - rightMean
                        let gain: Double = leftWeight * rightWeight * difference * difference / totalWeight
                        if gain > best.gain + 1e-12 { best = (gain, j, (value + next) / 2) }
                    }
                }
                func leaf(_ include: (Int) -> Bool) -> Double {
                    var numerator = 0.0
                    var denominator = 0.0
                    for i in 0..<count where include(i) {
                        numerator += weights[i] * residual[i]
                        let p = probabilities[i][k]
                        denominator += weights[i] * p * (1 - p)
                    }
                    return denominator < 1e-150 ? 0 : learningRate * newtonScale * numerator / denominator
                }
                let stump: BoostedStumps.Stump
                if best.feature < 0 {
                    let value = leaf { _ in true }
                    stump = BoostedStumps.Stump(classIndex: k, feature: 0, threshold: 0, below: value, above: value)
                } else {
                    let (feature, threshold) = (best.feature, best.threshold)
                    stump = BoostedStumps.Stump(
                        classIndex: k, feature: feature, threshold: threshold,
                        below: leaf { samples[$0][feature] <= threshold }, above: leaf { samples[$0][feature] > threshold })
                }
                updates.append((k, stump))
            }
            // Every class's stump in a round reads the probabilities from before the round.
            for (k, stump) in updates {
                stumps.append(stump)
                for i in 0..<count {
                    let value = samples[i][stump.feature]
                    scores[i][k] += value <= stump.threshold ? stump.below : stump.above
                }
            }
        }
        return BoostedStumps(initial: initial, stumps: stumps)
    }
}
