import ArgumentParser
import Foundation
import Scorer

/// `factcheck-bench train-scorer CLAIMS.jsonl CORPUS.jsonl [--output FILE]`: trains the
/// ``AbstractVerifier``'s two logistic models on the *tuning* part of SciFact's training claims and
/// writes their weights file (``VerifierWeightsFile``), which the next build compiles in.
///
/// It uses the verifier's own `read` and `pairFeatures`, so training sees exactly the features
/// inference computes. The held-out part (``Scifact/part(citedDocIDs:)``) is never loaded here.
///
/// The steps are in ``VerifierTraining``.
struct TrainScorer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-scorer",
        abstract: "Train the scorer's SciFact verifier on the tuning split and write its weights.")

    @Argument(help: "../shared/data/scifact/claims_train.jsonl") var claims: String
    @Argument(help: "../shared/data/scifact/corpus.jsonl") var corpus: String
    @Option(help: "Where the weights file goes (run from the package root; rebuild to use it).")
    var output = VerifierWeightsFile.path
    @Option(help: "L2 penalty of the sentence model.") var l2 = 0.01
    @Option(help: "L2 penalty of the label model (fewer samples, more features: it needs more).") var labelL2 = 0.05
    @Option(help: "Gradient steps per fit.") var steps = 600
    @Option(help: "Boosting rounds of the label model's stumps (0: the logistic layer alone).")
    var labelStumps = VerifierTraining.labelStumpRounds
    @Option(help: "Also write every tuning pair's features here, one JSON line per pair (for exploring models).")
    var dumpFeatures: String?
    @OptionGroup var extra: ExtraTrainingData
    @OptionGroup var short: ShortEvidenceData

    func run() throws {
        let pairs = try Scifact.pairs(claimsPath: claims, corpusPath: corpus, split: .tune)
        // Other sets' pairs train the models beside SciFact's; they come after SciFact's, so the
        // dumped features (SciFact's pairs) line up with `pairs`.
        let extraPairs = try extra.pairs()
        let shortPairs = try short.pairs(scifact: pairs)
        FileHandle.standardError.write(Data(
            "train-scorer: \(pairs.count) tuning pairs, \(extraPairs.count) from other sets, \(shortPairs.count) short-evidence pairs\n".utf8))
        let trained = VerifierTraining.train(
            pairs + extraPairs, l2: l2, labelL2: labelL2, steps: steps, keepFeatures: dumpFeatures != nil,
            otherSetsInSentenceModel: extra.inSentenceModel, labelStumpRounds: labelStumps,
            shortPairs: shortPairs, shortMaximumSentences: short.maximumSentences)
        if let dumpFeatures {
            struct Dumped: Encodable {
                let claim_id: Int, doc_id: Int, fold: Int, label: String, rationale: [Int], rationale_sets: [[Int]],
                    features: [[Double]], probabilities: [Double], pair: [Double]
            }
            try JSONLines.write(pairs.indices.map { index in
                Dumped(claim_id: pairs[index].claimID, doc_id: pairs[index].document.doc_id,
                       fold: VerifierTraining.fold(of: pairs[index]), label: pairs[index].label,
                       rationale: pairs[index].rationale.sorted(),
                       rationale_sets: pairs[index].rationaleSets.map { $0.sorted() },
                       features: trained.readings[index].sentenceFeatures, probabilities: trained.probabilities[index],
                       pair: trained.pairFeatures[index])
            }, to: dumpFeatures)
        }
        let weights = trained.weights
        let text = VerifierWeightsFile.text(weights, provenance: provenance(pairs: pairs.count, trained: trained))
        _ = try VerifierWeightsFile.parse(Array(text.utf8), file: output)   // what the build will read
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        print("""
            train-scorer: \(pairs.count) tuning pairs, \(trained.sentenceCount) sentences
              evidence: the likeliest sentence, and others at or above \(decimal(weights.evidenceThreshold)) or \
            \(decimal(weights.evidenceRelative, places: 2)) of it, at most \(weights.maximumEvidence) sentences \
            (cross-fitted evidence F1 \(decimal(trained.evidenceF1)))
              label offsets \(weights.labelBias.map { decimal($0, places: 2) }) (cross-fitted macro-F1 \(decimal(trained.macroF1)))
              short evidence: \(weights.shortEvidence.map { "\(trained.shortPairCount) pairs, offsets \($0.labelBias.map { decimal($0, places: 2) }) (cross-fitted macro-F1 \(decimal(trained.shortMacroF1 ?? 0)))" } ?? "none")
              wrote \(output)
            """)
    }

    /// What the label model is, as trained: the stumps' settings are the ones `fit` read.
    var labelModelSummary: String {
        labelStumps > 0
            ? "label model: logistic layer averaged with boosted stumps, \(labelStumps) boosting rounds (learning rate "
                + "\(VerifierTraining.labelStumpLearningRate), at least \(VerifierTraining.labelStumpMinimumLeaf) pairs a leaf)."
            : "label model: logistic only."
    }

    /// The weights file's provenance lines: what a reader needs to trust or redo the numbers.
    func provenance(pairs: Int, trained: VerifierTraining.Result) -> [String] {
        [
            "Verifier weights: AbstractVerifier's sentence and label models (Sources/Scorer/Verifier).",
            "Written by: factcheck-bench train-scorer (Benchmarks/FactCheckBench/VerifyTrainer.swift, VerifierTraining.swift); do not edit by hand.",
            "Data: \((claims as NSString).lastPathComponent) and \((corpus as NSString).lastPathComponent) (SciFact), the tuning part only (Scifact.part), \(pairs) claim-abstract pairs; other sets: \(extra.summary).",
            "Trained: \(todayUTC()). L2 \(l2) (sentence), \(labelL2) (label), \(steps) gradient steps per fit; \(labelModelSummary)",
            "Cross-fitted on the tuning part, as the cut-offs and offsets were chosen: evidence F1 \(decimal(trained.evidenceF1)), label macro-F1 \(decimal(trained.macroF1)).",
        ] + (trained.weights.shortEvidence == nil ? [] : [
            "Short-evidence label model (shortEvidence; same pair features and recipe, the abstract's sentence model): \(trained.shortPairCount) pairs: \(short.summary); cross-fitted macro-F1 \(decimal(trained.shortMacroF1 ?? 0)) (offsets chosen on it).",
        ])
    }
}
