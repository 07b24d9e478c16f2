import Foundation

/// A logistic-regression layer as plain numbers: standardise each feature with the training set's
/// mean and spread, then a weighted sum per class. One row of weights gives a probability
/// (``probability(_:)``); several rows give a softmax over classes (``probabilities(_:)``).
///
/// Small enough to print in a reason: every weight belongs to a named feature, so "why" is a sum
/// an engineer can read.
public struct LinearModel: Sendable, Hashable {
    public var means: [Double]
    public var scales: [Double]
    /// One row per class; each row is `[bias] + one weight per feature`.
    public var rows: [[Double]]

    public init(means: [Double], scales: [Double], rows: [[Double]]) {
        self.means = means
        self.scales = scales
        self.rows = rows
    }

    /// `features` standardised, with a leading 1 for the bias.
    public func standardized(_ features: [Double]) -> [Double] {
        var result = [1.0]
        result.reserveCapacity(features.count + 1)
        for (index, value) in features.enumerated() {
            // A model with fewer statistics than features (the untrained placeholder) reads them raw.
            guard index < means.count, index < scales.count, scales[index] != 0 else {
                result.append(value)
                continue
            }
            result.append((value - means[index]) / scales[index])
        }
        return result
    }

    /// Raw class scores.
    public func scores(_ features: [Double]) -> [Double] {
        let x = standardized(features)
        return rows.map { row in
            var sum = 0.0
            for index in 0..<min(row.count, x.count) { sum += row[index] * x[index] }
            return sum
        }
    }

    /// For a one-row model: the probability of the positive class.
    public func probability(_ features: [Double]) -> Double {
        1 / (1 + exp(-scores(features)[0]))
    }

    /// For a several-row model: the softmax over classes.
    public func probabilities(_ features: [Double]) -> [Double] {
        Self.softmax(scores(features))
    }

    /// Class scores as probabilities; the largest score is taken off first so that `exp` cannot
    /// overflow. One home for the label models' softmax (this layer's and ``BoostedStumps``').
    public static func softmax(_ raw: [Double]) -> [Double] {
        let top = raw.max() ?? 0
        let exps = raw.map { exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }
}
