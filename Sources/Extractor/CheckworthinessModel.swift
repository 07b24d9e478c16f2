import FactCheckModel
import Foundation
import TextAnalysis

/// How worth checking a sentence is: logistic regression over ``CheckworthinessFeatures``.
///
/// The weights are learned from CheckThat! 2024 (English) training sentences by
/// `factcheck-bench train-checkworthiness` and committed as data (``CheckworthinessWeightsFile``); the
/// threshold is the one that maximised F1 in cross-validation on the training split. On top of
/// the learned weights sit a few fixed ``articlePriors``: shapes of sentence that never occur in
/// debate transcripts, so no weight could be learned for them (an author's bio; a research claim).
public struct CheckworthinessModel: Sendable {
    public var weights: [String: Double]
    /// Sentences scoring at or above this are claims.
    public var threshold: Double

    public init(weights: [String: Double], threshold: Double) {
        self.weights = weights
        self.threshold = threshold
    }

    /// The committed model, read once from the weights file compiled into the binary. The file is
    /// part of the program, not user input: a damaged one is a broken build, and stops the program
    /// with the file, the line and the fix (every test that extracts claims would fail first).
    public static let trained: CheckworthinessModel = {
        do {
            return try CheckworthinessWeightsFile.parse(PackageResources.checkworthiness_weights_tsv)
        } catch {
            fatalError("\(error)")
        }
    }()

    /// Fixed additions to the logit for sentence shapes the debate transcripts cannot teach: an
    /// author's bio is never worth checking; a causal statement about bodies or research nearly
    /// always is (it is what our users' articles are made of); an evaluative predicate ("is a
    /// great balm") seldom is. Both are measured with the model on
    /// CheckThat! data, so their cost there is in the benchmark's figures.
    public static let articlePriors: [StructuralFeature: Double] = [
        .authorBio: -6,
        .researchClaim: 2.2,
        .evaluativePredicate: -2,
    ]

    /// ``articlePriors`` in a fixed order (by name), so that their sum, like the learned one
    /// (``WeightedSum``), does not depend on a dictionary's per-process order.
    static let orderedPriors: [(feature: StructuralFeature, prior: Double)] =
        articlePriors.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }

    /// The learned part of the logit.
    public func learnedLogit(_ features: CheckworthinessFeatures) -> Double {
        learnedLogit(values: features.values)
    }

    /// The learned part of the logit of any named values, summed in the names' order (``WeightedSum``).
    public func learnedLogit(values: [String: Double]) -> Double {
        WeightedSum.of(values, weights: weights)
    }

    /// The fixed part of the logit: the ``articlePriors`` the sentence's structure reaches.
    public static func priorLogit(_ structural: [StructuralFeature: Double]) -> Double {
        var z = 0.0
        for (feature, prior) in orderedPriors { z += prior * (structural[feature] ?? 0) }
        return z
    }

    /// The priors first, then the learned weights in name order: the order the trainer adds them in
    /// (`TrainCheckworthiness.featured` and `LogisticRegression.probability`).
    public func score(_ features: CheckworthinessFeatures) -> Double {
        let z = WeightedSum.of(features.values, weights: weights, from: Self.priorLogit(features.structural))
        return 1 / (1 + exp(-z))
    }

    /// Scores one sentence on its own, as the benchmark does.
    public func score(sentence: String) -> Double {
        score(CheckworthinessFeatures(sentence: sentence))
    }
}
