import Foundation
import Scorer

/// Fits ``LinearModel``s: binary or multinomial logistic regression by plain full-batch gradient
/// descent on standardised features, with L2 regularisation and optional per-class sample weights.
///
/// Deliberately simple and deterministic: no shuffling, no random initialisation, a fixed number of
/// steps, sums taken in sample order, so the same data gives bit-identical weights on any machine
/// with IEEE doubles.
enum VerifyLogisticRegression {
    /// `labels[i]` is the class index of `samples[i]`; `classes` 1 means binary (label 1 positive).
    static func fit(
        samples: [[Double]], labels: [Int], classes: Int, classWeights: [Double]? = nil, l2: Double = 0.01,
        steps: Int = 600, learningRate: Double = 0.5
    ) -> LinearModel {
        precondition(!samples.isEmpty, "nothing to fit")
        let width = samples[0].count
        var means = Array(repeating: 0.0, count: width)
        var scales = Array(repeating: 0.0, count: width)
        for sample in samples { for j in 0..<width { means[j] += sample[j] } }
        for j in 0..<width { means[j] /= Double(samples.count) }
        for sample in samples { for j in 0..<width { scales[j] += (sample[j] - means[j]) * (sample[j] - means[j]) } }
        // A constant feature gets scale 1: it then adds nothing the bias does not.
        for j in 0..<width { scales[j] = scales[j] > 0 ? sqrt(scales[j] / Double(samples.count)) : 1 }
        var model = LinearModel(means: means, scales: scales, rows: Array(repeating: Array(repeating: 0, count: width + 1), count: classes))
        let x = samples.map(model.standardized)
        let rowsNeeded = classes
        let weights = labels.map { classWeights?[$0] ?? 1 }
        let totalWeight = weights.reduce(0, +)

        for _ in 0..<steps {
            var gradient = Array(repeating: Array(repeating: 0.0, count: width + 1), count: rowsNeeded)
            for (i, row) in x.enumerated() {
                let errors: [Double]
                if classes == 1 {
                    var score = 0.0
                    for j in 0...width { score += model.rows[0][j] * row[j] }
                    errors = [1 / (1 + exp(-score)) - (labels[i] == 1 ? 1 : 0)]
                } else {
                    var scores = model.rows.map { weightRow in
                        var score = 0.0
                        for j in 0...width { score += weightRow[j] * row[j] }
                        return score
                    }
                    let top = scores.max()!
                    scores = scores.map { exp($0 - top) }
                    let total = scores.reduce(0, +)
                    errors = scores.indices.map { scores[$0] / total - ($0 == labels[i] ? 1 : 0) }
                }
                for c in 0..<rowsNeeded {
                    let scaled = errors[c] * weights[i]
                    for j in 0...width { gradient[c][j] += scaled * row[j] }
                }
            }
            for c in 0..<rowsNeeded {
                for j in 0...width {
                    // The bias is not shrunk: only the feature weights are.
                    let penalty = j == 0 ? 0 : l2 * model.rows[c][j]
                    model.rows[c][j] -= learningRate * (gradient[c][j] / totalWeight + penalty)
                }
            }
        }
        return model
    }
}
