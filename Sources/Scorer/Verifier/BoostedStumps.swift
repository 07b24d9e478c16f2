import Foundation

/// Gradient-boosted decision stumps for several classes: per class, a sum of one-split rules
/// ("feature ≤ threshold adds this much, else that much") on the raw features, read through a
/// softmax.
///
/// Why beside the logistic layer: the label model's 35 pair features interact (a negated sentence
/// matters when it is also the likeliest evidence; a high best probability means SUPPORT only
/// without a disagreeing cue), and a weighted sum cannot bend. Stumps add thresholds per feature,
/// trained on the same pairs; ``VerifierWeights/labelProbabilities(_:)`` averages the two models'
/// probabilities, which scored above either alone on the tuning part, cross-fitted (README).
/// Plain numbers, deterministic, a few hundred rules.
public struct BoostedStumps: Sendable, Hashable {
    /// One rule: adds `below` to class `classIndex`'s score when `features[feature] <= threshold`,
    /// else `above` (the learning rate is already in both values).
    public struct Stump: Sendable, Hashable {
        public var classIndex: Int
        public var feature: Int
        public var threshold: Double
        public var below: Double
        public var above: Double

        public init(classIndex: Int, feature: Int, threshold: Double, below: Double, above: Double) {
            self.classIndex = classIndex
            self.feature = feature
            self.threshold = threshold
            self.below = below
            self.above = above
        }
    }

    /// Each class's starting score (the log of its weighted share in training).
    public var initial: [Double]
    public var stumps: [Stump]

    public init(initial: [Double], stumps: [Stump]) {
        self.initial = initial
        self.stumps = stumps
    }

    /// Raw class scores. Every stump's class and feature must exist (``VerifierWeightsFile/parse(_:file:)``
    /// checks the file's; a stump past them is a bug, not a reading to guess).
    public func scores(_ features: [Double]) -> [Double] {
        var scores = initial
        for stump in stumps {
            precondition(stump.classIndex < scores.count && stump.feature < features.count,
                         "stump on class \(stump.classIndex), feature \(stump.feature): past \(scores.count) classes, \(features.count) features")
            let value = features[stump.feature]
            scores[stump.classIndex] += value <= stump.threshold ? stump.below : stump.above
        }
        return scores
    }

    /// The softmax over classes.
    public func probabilities(_ features: [Double]) -> [Double] {
        LinearModel.softmax(scores(features))
    }
}
