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
        /// Added to each class's score before the highest wins (``ClaimStrengthClassifier/offsets``).
        var offsets: [Double] = Array(repeating: 0, count: ClaimStrength.allCases.count)

        /// The `settings` cells of the weights table.
        var cells: [String: String] {
            [
                "lambda": String(regression.lambda), "min-count": String(regression.minCount),
                "word-pairs": regression.wordPairs ? "yes" : "no", "cues": cues ? "yes" : "no",
                "epochs": String(regression.epochs), "offsets": offsets.map { String($0) }.joined(separator: ","),
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
            offsets = ClaimStrengthClassifier.offsets(cells["offsets"])
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
        crossValidatedScores(examples, settings: settings).map {
            ClaimStrengthClassifier.strength(scores: $0, offsets: settings.offsets)
        }
    }

    /// Out-of-fold class scores, before offsets: what ``chooseOffsets(scores:gold:)`` tunes on.
    static func crossValidatedScores(_ examples: [ClaimStrengthData.Example], settings: Settings) -> [[Double]] {
        let samples = features(examples, settings: settings)
        var scores = Array(repeating: [Double](), count: examples.count)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }
            let model = train(training.map { samples[$0] }, labels: training.map { examples[$0].strength }, settings: settings)
            for index in examples.indices where index % folds == fold {
                scores[index] = model.scores(of: samples[index].keys.sorted())
            }
        }
        return scores
    }

    /// The offsets tried for each causal-or-correlational class (no relationship stays at 0: only
    /// the differences between classes matter).
    static let offsetGrid: [Double] = stride(from: -1.0, through: 2.0, by: 0.25).map { $0 }

    /// The least precision of direct causes an offset may leave: main's before offsets (0.70, session
    /// 12). A sentence read as a direct cause makes a claim `overstated` against an association, which
    /// fails an editor's run; macro-F1 alone bought recall with 147 sentences newly direct, 36 % of
    /// them right.
    static let minimumDirectPrecision = 0.70

    /// The offsets that give the highest macro-F1 on these out-of-fold scores while direct causes
    /// keep ``minimumDirectPrecision`` (none kept it: no offsets); ties keep the offsets closest to
    /// none, so an offset must earn its place.
    static func chooseOffsets(scores: [[Double]], gold: [ClaimStrength]) -> (offsets: [Double], f1: Double) {
        // Thousands of offset triples over thousands of sentences: flat arrays and counts, no allocation per try.
        let classes = ClaimStrength.allCases.count
        let flat = scores.flatMap { $0 }
        let truth = gold.map(\.rank)
        var best: (offsets: [Double], f1: Double, size: Double)?
        var confusion = [Int](repeating: 0, count: classes * classes)
        for correlational in offsetGrid {
            for conditional in offsetGrid {
                for direct in offsetGrid {
                    let offsets = [0, correlational, conditional, direct]
                    for index in confusion.indices { confusion[index] = 0 }
                    for example in truth.indices {
                        var winner = 0
                        var top = flat[example * classes]
                        for label in 1..<classes where flat[example * classes + label] + offsets[label] > top {
                            top = flat[example * classes + label] + offsets[label]
                            winner = label
                        }
                        confusion[truth[example] * classes + winner] += 1
                    }
                    guard precision(of: classes - 1, confusion: confusion, classes: classes) >= minimumDirectPrecision else { continue }
                    let f1 = macroF1(confusion: confusion, classes: classes)
                    let size = offsets.map(abs).reduce(0, +)
                    if best == nil || f1 > best!.f1 + 1e-12 || (abs(f1 - best!.f1) <= 1e-12 && size < best!.size) {
                        best = (offsets, f1, size)
                    }
                }
            }
        }
        guard let best else {
            let none = Array(repeating: 0.0, count: classes)
            return (none, ClaimStrengthMetrics(gold: gold, predicted: scores.map { ClaimStrengthClassifier.strength(scores: $0, offsets: none) }).macroF1)
        }
        return (best.offsets, best.f1)
    }

    /// Precision of one class in a flat confusion matrix (rows gold, columns predicted); none predicted is 1.
    private static func precision(of label: Int, confusion: [Int], classes: Int) -> Double {
        let predicted = (0..<classes).reduce(0) { $0 + confusion[$1 * classes + label] }
        return predicted == 0 ? 1 : Double(confusion[label * classes + label]) / Double(predicted)
    }

    /// Macro-F1 of a flat confusion matrix (rows gold, columns predicted), as ``ClaimStrengthMetrics`` counts it.
    private static func macroF1(confusion: [Int], classes: Int) -> Double {
        var sum = 0.0
        for label in 0..<classes {
            let hits = confusion[label * classes + label]
            let predicted = (0..<classes).reduce(0) { $0 + confusion[$1 * classes + label] }
            let gold = (0..<classes).reduce(0) { $0 + confusion[label * classes + $1] }
            sum += PrecisionRecall(truePositives: hits, falsePositives: predicted - hits, falseNegatives: gold - hits).f1
        }
        return sum / Double(classes)
    }

    /// Macro-F1 with the offsets chosen out of fold too: each fold judged with the offsets that
    /// the other four folds' scores choose. The honest figure for the offsets, which
    /// ``chooseOffsets(scores:gold:)`` on all folds at once flatters a little.
    static func nestedOffsetF1(scores: [[Double]], gold: [ClaimStrength]) -> (f1: Double, predicted: [ClaimStrength]) {
        var predicted = Array(repeating: ClaimStrength.noRelationship, count: gold.count)
        for fold in 0..<folds {
            let others = gold.indices.filter { $0 % folds != fold }
            let offsets = chooseOffsets(scores: others.map { scores[$0] }, gold: others.map { gold[$0] }).offsets
            for index in gold.indices where index % folds == fold {
                predicted[index] = ClaimStrengthClassifier.strength(scores: scores[index], offsets: offsets)
            }
        }
        return (ClaimStrengthMetrics(gold: gold, predicted: predicted).macroF1, predicted)
    }
}
