import FactCheckModel
import Scorer

/// Fits the claim-strength model: one-vs-rest logistic regression, one binary model per
/// ``ClaimStrength`` class, by the check-worthiness trainer's own sparse AdaGrad
/// (``LogisticRegression``) over its ``Vocabulary``; the highest score wins. Shared by
/// `train-claim-strength` and the benchmark's `--cross-fit`, so both fit the same way.
enum ClaimStrengthTraining {
    /// What cross-validation chooses among.
    struct Settings {
        var regression: TrainingConfig
        /// Whether the cue features of ``StrengthFeatures`` are used (off: words and pairs only).
        var cues: Bool

        /// The `settings` cells of the weights table.
        var cells: [String: String] {
            [
                "lambda": String(regression.lambda), "min-count": String(regression.minCount),
                "word-pairs": regression.wordPairs ? "yes" : "no", "cues": cues ? "yes" : "no",
                "epochs": String(regression.epochs),
            ]
        }

        /// Back from the table's cells; nil when one is missing.
        init?(cells: [String: String]) {
            guard let lambda = cells["lambda"].flatMap(Double.init), let minCount = cells["min-count"].flatMap(Int.init),
                  let epochs = cells["epochs"].flatMap(Int.init)
            else { return nil }
            self.init(
                regression: TrainingConfig(lambda: lambda, minCount: minCount, wordPairs: cells["word-pairs"] == "yes", epochs: epochs),
                cues: cells["cues"] == "yes")
        }

        init(regression: TrainingConfig, cues: Bool) {
            self.regression = regression
            self.cues = cues
        }
    }

    static let folds = 5

    /// Each example's features as the classifier will see them.
    static func features(_ examples: [ClaimStrengthData.Example], settings: Settings) -> [[String: Double]] {
        examples.map { example in
            var sample: [String: Double] = [:]
            for name in StrengthFeatures.names(of: example.text, wordPairs: settings.regression.wordPairs, cues: settings.cues) {
                sample[name] = 1
            }
            return sample
        }
    }

    /// A classifier trained on `samples` (features as made by ``features(_:settings:)``).
    static func train(_ samples: [[String: Double]], labels: [ClaimStrength], settings: Settings) -> ClaimStrengthClassifier {
        let vocabulary = Vocabulary(samples, config: settings.regression)
        let encoded = samples.map(vocabulary.encode)
        let perClass = ClaimStrength.allCases.map { strength in
            LogisticRegression.train(
                encoded, labels: labels.map { $0 == strength }, features: vocabulary.names.count, config: settings.regression)
        }
        var weights: [String: [Double]] = [:]
        for (index, name) in vocabulary.names.enumerated() {
            let row = perClass.map { $0[index] }
            // Weights this small never change a decision at four decimals; the table stays small.
            if row.contains(where: { abs($0) >= 0.0005 }) { weights[name] = row }
        }
        return ClaimStrengthClassifier(weights: weights, settings: settings.cells)
    }

    /// Out-of-fold predictions: fold = position mod 5, each fold predicted by a model trained on the others.
    static func crossValidate(_ examples: [ClaimStrengthData.Example], settings: Settings) -> [ClaimStrength] {
        let samples = features(examples, settings: settings)
        var predicted = Array(repeating: ClaimStrength.noRelationship, count: examples.count)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }
            let model = train(training.map { samples[$0] }, labels: training.map { examples[$0].strength }, settings: settings)
            for index in examples.indices where index % folds == fold {
                predicted[index] = model.strength(of: samples[index].keys.sorted())
            }
        }
        return predicted
    }
}
