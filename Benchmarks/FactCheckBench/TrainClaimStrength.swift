import ArgumentParser
import FactCheckModel
import Foundation
import Scorer

/// `factcheck-bench train-claim-strength DATA.jsonl --output FILE`: fits the claim-strength model
/// on the tuning part of the split (``ClaimStrengthData/part(id:)``) and writes its weights table.
///
/// The regularisation, the vocabulary cut-off, word pairs and the cue features are chosen by 5-fold
/// cross-validation on the tuning part (macro-F1 with the offsets chosen out of fold, the nested
/// figure: the pooled one flatters the offsets); the held-out part is never loaded. Deterministic: fixed folds, the AdaGrad trainer's fixed shuffling seed, sorted output.
struct TrainClaimStrength: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-claim-strength",
        abstract: "Train the claim-strength classifier on the tuning split (cross-validated) and write its weights table.")

    @Argument(help: "Sentences as JSON Lines (id, text, label), e.g. ../shared/data/verification/causal_language/pubmed_causal_language_use.jsonl.")
    var data: String

    @Option(help: "Where to write the weights table.")
    var output = "Sources/Scorer/Resources/claim-strength-weights.tsv"

    @Option(help: "AdaGrad epochs per model.")
    var epochs = 12

    @Flag(help: "Leave the per-class decision offsets at zero (the models as fitted).")
    var noOffsets = false

    func run() throws {
        let examples = try ClaimStrengthData.load(data, split: .tune)
        print("\(examples.count) tuning sentences: " + ClaimStrength.allCases.map { strength in
            "\(strength.rawValue) \(examples.filter { $0.strength == strength }.count)"
        }.joined(separator: ", "))

        var table = ResultTable(
            "lambda", "min count", "word pairs", "cues", "CV accuracy", "CV macro-F1", "offsets", "with offsets", "offsets out of fold")
        var best: (settings: ClaimStrengthTraining.Settings, f1: Double, nested: [ClaimStrength])?
        for cues in [false, true] {
            for pairs in [false, true] {
                for lambda in [1e-5, 1e-4, 1e-3] {
                    for minCount in [1, 2] {
                        var settings = ClaimStrengthTraining.Settings(
                            regression: TrainingConfig(lambda: lambda, minCount: minCount, wordPairs: pairs, epochs: epochs), cues: cues)
                        let gold = examples.map(\.strength)
                        let scores = ClaimStrengthTraining.crossValidatedScores(examples, settings: settings)
                        let plain = scores.map { ClaimStrengthClassifier.strength(scores: $0, offsets: settings.offsets) }
                        let metrics = ClaimStrengthMetrics(gold: gold, predicted: plain)
                        let (offsets, f1) = noOffsets ? (settings.offsets, metrics.macroF1)
                            : ClaimStrengthTraining.chooseOffsets(scores: scores, gold: gold)
                        let nested = noOffsets ? (f1: metrics.macroF1, predicted: plain)
                            : ClaimStrengthTraining.nestedOffsetF1(scores: scores, gold: gold)
                        settings.offsets = offsets
                        table.add(
                            String(lambda), String(minCount), pairs ? "yes" : "no", cues ? "yes" : "no",
                            decimal(metrics.accuracy), decimal(metrics.macroF1), offsets.map { String($0) }.joined(separator: ","),
                            decimal(f1), decimal(nested.f1))
                        // Ranked by the nested figure; ties keep the simpler settings found first.
                        if best == nil || nested.f1 > best!.f1 { best = (settings, nested.f1, nested.predicted) }
                    }
                }
            }
        }
        print(table.rendered, terminator: "")
        guard let best else { throw BenchError("nothing trained") }
        print("chosen settings, offsets chosen out of fold (nested):")
        print(ClaimStrengthMetrics(gold: examples.map(\.strength), predicted: best.nested).rendered, terminator: "")

        let model = ClaimStrengthTraining.train(
            ClaimStrengthTraining.features(examples, settings: best.settings), labels: examples.map(\.strength),
            settings: best.settings)
        try Self.table(model, settings: best.settings, f1: best.f1, examples: examples.count)
            .write(toFile: output, atomically: true, encoding: .utf8)
        print("chosen: \(best.settings.cells.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")), nested CV macro-F1 \(decimal(best.f1))")
        print("wrote \(model.featureCount) features to \(output)")
    }

    /// The weights table ``ClaimStrengthClassifier/init(table:)`` reads.
    static func table(_ model: ClaimStrengthClassifier, settings: ClaimStrengthTraining.Settings, f1: Double, examples: Int) -> String {
        var text = """
            # Claim-strength weights: one-vs-rest logistic regression over StrengthFeatures. Generated by
            # `factcheck-bench train-claim-strength` from the tuning part (\(examples) sentences) of
            # pubmed_causal_language_use.jsonl (Yu, Li & Wang 2019); do not edit by hand.
            # 5-fold cross-validated macro-F1 on the tuning part: \(decimal(f1)).
            # Columns: feature, then a weight for \(ClaimStrength.allCases.map(\.rawValue).joined(separator: ", ")).

            """
        text += "settings\t" + settings.cells.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\t") + "\n"
        text += "features\t\(StrengthFeatures.version)\n"
        for (name, row) in model.rows {
            // Names are words from the data: keep the table one line per feature.
            guard !name.contains("\t"), !name.contains("\n") else { continue }
            text += name + "\t" + row.map { decimal($0, places: 4) }.joined(separator: "\t") + "\n"
        }
        return text
    }
}
