import Extractor
import Foundation

/// The first stage's threshold chosen on our article labels (session 15's candidate (d)), measured
/// honestly: `train-claim-gate --dry-run --first-stage-thresholds 0.30,0.32,…`.
///
/// The check-worthiness trainer chooses the threshold on debate sentences; the article labels
/// could choose it instead, by the gate's nested page-grouped CV F1 at each candidate threshold.
/// That F1, read at the threshold it chose, would be in-sample for the choice, so a third level
/// of page-grouped folds judges it: for each outer fold, the threshold is chosen by the nested CV
/// of the other folds' pages alone, the gate is trained there at that threshold, and the fold's
/// pages are scored. Printed: each threshold's nested CV (the figure the choice reads, in-sample
/// for the choice) and the outer CV of choosing (the figure to compare with a fixed threshold).
extension TrainClaimGate {
    func chooseFirstStageThreshold(_ labels: [ClaimLabel], model: CheckworthinessModel, among thresholds: [Double]) throws {
        guard !thresholds.isEmpty else { throw BenchError("no first-stage threshold given") }
        // The gate the run would ship: the first candidate named.
        let candidate = try parsedCandidates()[0]
        var byThreshold: [[Example]] = []
        for threshold in thresholds {
            var first = model
            first.threshold = threshold
            byThreshold.append(try Self.examples(labels, directory: htmlDirectory, model: first))
        }
        // The same labelled sentences at every threshold (only the accepted parts differ).
        let examples = byThreshold[0]
        var table = ResultTable("first-stage threshold", "sentences", "first stage P", "first stage R", "with gate P", "with gate R", "with gate F1", "L2 / threshold")
        for (threshold, examples) in zip(thresholds, byThreshold) {
            let (pooled, chosen) = nestedCV(examples, candidate: candidate)
            add(&table, decimal(threshold) + " (nested CV, all pages)", pooled, note: chosen.joined(separator: " "))
        }
        // The outer CV of the choice itself.
        let outer = folds(examples, count: 5)
        var pooled: [(Example, Bool)] = []
        var notes: [String] = []
        for fold in 0..<5 {
            let trainIndices = examples.indices.filter { outer[$0] != fold }
            var best: (index: Int, f1: Double)?
            for index in thresholds.indices {
                let train = trainIndices.map { byThreshold[index][$0] }
                let f1 = Self.counts(nestedCV(train, candidate: candidate).pooled).gated.f1
                if best == nil || f1 > best!.f1 + 1e-12 { best = (index, f1) }
            }
            let chosen = best!.index
            let train = trainIndices.map { byThreshold[chosen][$0] }
            let (setting, threshold) = select(train, candidate: candidate)
            let gate = fit(train, setting: setting)
            for index in examples.indices where outer[index] == fold {
                let example = byThreshold[chosen][index]
                pooled.append((example, gate.reports(example, threshold: threshold)))
            }
            notes.append("\(decimal(thresholds[chosen]))/\(setting)/\(decimal(threshold))")
        }
        add(&table, "first-stage threshold chosen per fold (outer CV)", pooled, note: notes.joined(separator: " "))
        print(table.rendered, terminator: "")
    }
}
