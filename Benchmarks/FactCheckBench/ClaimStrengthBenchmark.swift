import ArgumentParser
import FactCheckModel
import Foundation
import Scorer

/// `factcheck-bench claim-strength DATA.jsonl --split heldout | --split tune --cross-fit`: how well
/// ``ClaimStrengthClassifier`` tells no relationship, correlational, conditional causal and direct
/// causal sentences apart, and how fast.
///
/// `--split heldout` judges the held-out fifth with the shipped weights (trained on the tuning part
/// only). `--split tune --cross-fit` judges each fifth of the tuning part with a model trained, with
/// the shipped settings, on the other four: the figure to tune on. `--split tune` alone is
/// in-sample and says so.
struct ClaimStrengthBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim-strength",
        abstract: "Claim strength (Sumner et al.'s four levels) on single sentences: per-class P/R/F1, macro-F1, accuracy, confusion, sentences/s.")

    @Argument(help: "Sentences as JSON Lines (id, text, label): ../shared/data/verification/causal_language/pubmed_causal_language_use.jsonl.")
    var data: String
    @Option(help: "Which sentences: tune, heldout or all (the split rule is in ClaimStrengthData.swift).") var split = "heldout"
    @Flag(help: "With --split tune: judge each fold with a model trained on the other four folds.") var crossFit = false
    @Option(help: "Time the judging this many times and report the best (the machine may be shared).") var repeats = 1
    @Option(help: "Write one {id, label, predicted} line per sentence here.") var predictions: String?

    struct Prediction: Encodable {
        let id: String
        let label: String
        let predicted: String
    }

    func run() throws {
        guard let choice = Scifact.SplitChoice(rawValue: split) else { throw ValidationError("--split must be tune, heldout or all") }
        if crossFit, choice != .tune { throw ValidationError("--cross-fit trains on the sentences it judges: --split tune only") }
        let examples = try ClaimStrengthData.load(data, split: choice)
        guard !examples.isEmpty else { throw BenchError("no sentences in split \(split)") }
        let classifier = ClaimStrengthClassifier.shared

        let predicted: [ClaimStrength]
        var speed = "n/a (cross-fitted)"
        if crossFit {
            guard let settings = ClaimStrengthTraining.Settings(cells: classifier.settings) else {
                throw BenchError("the shipped weights table has no settings line to retrain with")
            }
            predicted = ClaimStrengthTraining.crossValidate(examples, settings: settings)
        } else {
            var best = Double.infinity
            var judged: [ClaimStrength] = []
            for _ in 0..<max(1, repeats) {
                let start = DispatchTime.now().uptimeNanoseconds
                judged = examples.map { classifier.strength(of: $0.text) }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            predicted = judged
            speed = String(Int((Double(examples.count) / best).rounded()))
        }
        let metrics = ClaimStrengthMetrics(gold: examples.map(\.strength), predicted: predicted)
        let how = crossFit ? "5-fold cross-fitted" : (choice == .heldout ? "shipped weights" : "shipped weights, IN-SAMPLE")
        print("claim strength, split \(split) (\(how)), \(examples.count) sentences")
        print(metrics.rendered, terminator: "")
        print("sentences/s (one thread, text to label): \(speed)")
        if let predictions {
            try JSONLines.write(
                zip(examples, predicted).map { Prediction(id: $0.id, label: $0.strength.rawValue, predicted: $1.rawValue) },
                to: predictions)
        }
    }
}
