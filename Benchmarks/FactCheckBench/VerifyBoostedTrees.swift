import Foundation
import Scorer

/// Fits ``BoostedTrees``: gradient boosting with shallow regression trees, Friedman's recipe as
/// ``VerifyBoostedStumps`` does it for one split (residuals gold minus probability, splits by the
/// weighted squared-error gain, leaves by one Newton step, shrunk by the learning rate), grown to
/// `depth` levels. `classes` 1 is binary (label 1 positive, a sigmoid); more is a softmax.
///
/// Deterministic: no sampling; thresholds are midpoints between distinct sorted values; ties go to
/// the earlier feature and the lower threshold; sums are taken in sample order.
enum VerifyBoostedTrees {
    static func fit(
        samples: [[Double]], labels: [Int], classes: Int, classWeights: [Double]? = nil,
        rounds: Int, depth: Int, learningRate: Double = 0.1, minimumLeaf: Int = 10
    ) -> BoostedTrees {
        precondition(!samples.isEmpty && classes >= 1 && depth >= 1, "nothing to fit")
        let count = samples.count
        let width = samples[0].count
        let weights = labels.map { classWeights?[$0] ?? 1 }
        let total = weights.reduce(0, +)
        let initial: [Double]
        if classes == 1 {
            var positive = 0.0
            for (label, weight) in zip(labels, weights) where label == 1 { positive += weight }
            let share = min(max(positive / total, 1e-6), 1 - 1e-6)
            initial = [log(share / (1 - share))]
        } else {
            var share = Array(repeating: 0.0, count: classes)
            for (label, weight) in zip(labels, weights) { share[label] += weight }
            initial = share.map { log(max($0 / total, 1e-12)) }
        }
        let orders: [[Int]] = (0..<width).map { (j: Int) -> [Int] in
            Array(0..<count).sorted { (a: Int, b: Int) -> Bool in
                let left = samples[a][j]
                let right = samples[b][j]
                return left != right ? left < right : a < b
            }
        }
        let newtonScale = classes == 1 ? 1 : Double(classes - 1) / Double(classes)
        var scores = Array(repeating: initial, count: count)
        var trees: [BoostedTrees.Tree] = []
        // Which node each sample sits in while a tree grows.
        var nodeOf = Array(repeating: 0, count: count)

        for _ in 0..<rounds {
            let probabilities: [[Double]] = scores.map { row in
                classes == 1 ? [1 / (1 + exp(-row[0]))] : LinearModel.softmax(row)
            }
            var grown: [BoostedTrees.Tree] = []
            for k in 0..<classes {
                let positive = classes == 1 ? 1 : k
                let residual = (0..<count).map { (labels[$0] == positive ? 1.0 : 0.0) - probabilities[$0][k] }
                var tree = BoostedTrees.Tree(classIndex: k, feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0])
                for i in 0..<count { nodeOf[i] = 0 }
                var frontier = [0]
                for _ in 0..<depth {
                    var next: [Int] = []
                    // Per node of this level: totals, then the best split over every feature.
                    let nodes = tree.feature.count
                    var open = Array(repeating: false, count: nodes)
                    for node in frontier { open[node] = true }
                    var totalWeight = Array(repeating: 0.0, count: nodes)
                    var totalSum = Array(repeating: 0.0, count: nodes)
                    var totalCount = Array(repeating: 0, count: nodes)
                    for i in 0..<count where open[nodeOf[i]] {
                        totalWeight[nodeOf[i]] += weights[i]
                        totalSum[nodeOf[i]] += weights[i] * residual[i]
                        totalCount[nodeOf[i]] += 1
                    }
                    var best = Array(repeating: (gain: 0.0, feature: -1, threshold: 0.0), count: nodes)
                    var runWeight = Array(repeating: 0.0, count: nodes)
                    var runSum = Array(repeating: 0.0, count: nodes)
                    var runCount = Array(repeating: 0, count: nodes)
                    var last = Array(repeating: -1, count: nodes)   // the previous sample of each node in this order
                    for j in 0..<width {
                        for node in frontier { runWeight[node] = 0; runSum[node] = 0; runCount[node] = 0; last[node] = -1 }
                        for i in orders[j] {
                            let node = nodeOf[i]
                            guard open[node] else { continue }
                            let previous = last[node]
                            if previous >= 0 {
                                // A split between `previous` and `i`, when their values differ.
                                let value = samples[previous][j]
                                let nextValue = samples[i][j]
                                if nextValue > value, runCount[node] >= minimumLeaf, totalCount[node] - runCount[node] >= minimumLeaf {
                                    let leftWeight = runWeight[node]
                                    let rightWeight = totalWeight[node] - leftWeight
                                    if leftWeight > 0, rightWeight > 0 {
                                        let difference = runSum[node] / leftWeight - (totalSum[node] - runSum[node]) / rightWeight
                                        let gain = leftWeight * rightWeight * difference * difference / totalWeight[node]
                                        if gain > best[node].gain + 1e-12 { best[node] = (gain, j, (value + nextValue) / 2) }
                                    }
                                }
                            }
                            runWeight[node] += weights[i]
                            runSum[node] += weights[i] * residual[i]
                            runCount[node] += 1
                            last[node] = i
                        }
                    }
                    for node in frontier {
                        let split = best[node]
                        guard split.feature >= 0 else { continue }
                        let leftNode = tree.feature.count
                        let rightNode = leftNode + 1
                        tree.feature[node] = split.feature
                        tree.threshold[node] = split.threshold
                        tree.left[node] = leftNode
                        tree.right[node] = rightNode
                        tree.feature += [-1, -1]
                        tree.threshold += [0, 0]
                        tree.left += [-1, -1]
                        tree.right += [-1, -1]
                        tree.value += [0, 0]
                        next += [leftNode, rightNode]
                    }
                    if next.isEmpty { break }
                    for i in 0..<count {
                        let node = nodeOf[i]
                        if tree.feature[node] >= 0 {
                            nodeOf[i] = samples[i][tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node]
                        }
                    }
                    frontier = next
                }
                // Newton leaves.
                var numerator = Array(repeating: 0.0, count: tree.feature.count)
                var denominator = Array(repeating: 0.0, count: tree.feature.count)
                for i in 0..<count {
                    let p = probabilities[i][k]
                    numerator[nodeOf[i]] += weights[i] * residual[i]
                    denominator[nodeOf[i]] += weights[i] * p * (1 - p)
                }
                for node in tree.feature.indices where tree.feature[node] < 0 {
                    tree.value[node] = denominator[node] < 1e-150 ? 0 : learningRate * newtonScale * numerator[node] / denominator[node]
                }
                grown.append(tree)
            }
            // Every class's tree in a round reads the probabilities from before the round.
            for tree in grown {
                trees.append(tree)
                for i in 0..<count { scores[i][tree.classIndex] += tree.value(samples[i]) }
            }
        }
        return BoostedTrees(initial: initial, trees: trees)
    }
}
