import ArgumentParser
import Foundation
import Scorer

/// `factcheck-bench verify-pairs FILE...`: claim verification on the team's claim–evidence pair
/// sets (FEVER, FEVER-Symmetric, SNLI; ``VerificationPairs``), each pair judged as a source whose
/// text is the evidence, in product mode (the `ClaimScorer`) and learned mode (the
/// `AbstractVerifier` alone). One table row per file and mode: label macro-F1, per-label F1,
/// accuracy, the share of SUPPORT / CONTRADICT pairs answered NEI, pairs/s (wall clock, and per
/// CPU second of the judging thread: the machine may be shared); then the confusion matrices.
///
/// Without `--cross-fit` the shipped weights judge every pair. With it, weights are trained here
/// on SciFact's tuning part plus the `--extra` files, and a pair of a judged file is judged by
/// weights trained without its fold's evidence (folds by evidence text, as `verify --cross-fit`
/// folds by abstract), so a judged file may be among the `--extra` ones.
struct VerifyPairsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-pairs",
        abstract: "Claim verification on claim–evidence pair files: macro-F1, per-label F1, accuracy, NEI share, pairs/s.",
        discussion: """
            Files: ../shared/data/verification/{fever,snli}/*.jsonl(.gz). *_dev files and FEVER's dev pairs are \
            tuning data; *_test files are held out (look once). --cross-fit needs --scifact-claims and \
            --scifact-corpus (SciFact's tuning part is always in the training data).
            """)

    enum Mode: String, ExpressibleByArgument, CaseIterable { case product, learned, both }

    @Argument(help: "Pair files (id, claim, evidence, label), plain or .gz.") var files: [String]
    @Option(help: "product, learned or both.") var mode: Mode = .both
    @Option(help: "Product mode: the label an `overstated` verdict counts as.") var overstated = "SUPPORT"
    @Option(help: "Judge at most this many pairs of each file (the first ones; for quick looks).") var limit: Int?
    @Option(help: "Time the judging this many times and report the best.") var repeats = 1
    @Option(help: "Write one {set, id, mode, gold, label, verdict, reason, quote, product_best_coverage, product_verifier_label, product_verifier_probabilities} line per pair and mode here.") var predictions: String?
    @Flag(help: "Train here (SciFact tune + --extra) and judge each fold with weights that never saw it.") var crossFit = false
    @Option(help: "With --cross-fit: SciFact's claims_train.jsonl.") var scifactClaims: String?
    @Option(help: "With --cross-fit: SciFact's corpus.jsonl.") var scifactCorpus: String?
    @Flag(help: "Also judge SciFact's tuning pairs made short (a claim against a sentence or two of its abstract; needs --scifact-claims and --scifact-corpus).")
    var scifactShort = false
    @OptionGroup var extra: ExtraTrainingData
    @OptionGroup var short: ShortEvidenceData

    struct Prediction: Encodable {
        let set: String
        let id: Int
        let mode: String
        let gold: String
        let label: String
        var verdict: String? = nil
        var reason: String? = nil
        /// Product mode: which evidence sentence (from 0) is quoted first, the one a reader takes
        /// as the deciding sentence; none for an NEI answer.
        var quote: Int? = nil
        /// Product mode, for finding which step answered NEI (session 17): the best candidate's
        /// coverage (the relevance gate compares it with 0.45) and what the trained verifier read
        /// before the rules' bounds (``ClaimScorer/learnedDiagnosis(_:sources:)``). Computed after
        /// the timed run, so the speed figure does not include it.
        var product_best_coverage: Double? = nil
        var product_verifier_label: String? = nil
        var product_verifier_probabilities: [Double]? = nil
    }

    func run() throws {
        guard VerifyMetrics.labels.contains(overstated) else { throw ValidationError("--overstated must be SUPPORT, CONTRADICT or NEI") }
        let modes: [Mode] = mode == .both ? [.product, .learned] : [mode]
        var training: [Scifact.Pair] = []
        var shortTraining: [Scifact.Pair] = []
        var scifactTune: [Scifact.Pair] = []
        if crossFit || scifactShort {
            guard let scifactClaims, let scifactCorpus else {
                throw ValidationError("--cross-fit and --scifact-short read SciFact's tuning part: give --scifact-claims and --scifact-corpus")
            }
            scifactTune = try Scifact.pairs(claimsPath: scifactClaims, corpusPath: scifactCorpus, split: .tune)
        }
        if crossFit {
            training = try scifactTune + extra.pairs()
            shortTraining = try short.pairs(scifact: scifactTune)
            FileHandle.standardError.write(Data(
                "verify-pairs: training on \(training.count) pairs and \(shortTraining.count) short-evidence pairs per fold at most\n".utf8))
        } else if !extra.isEmpty || !short.isEmpty {
            throw ValidationError("--extra and --short-* are training data: they need --cross-fit")
        }
        // SciFact's tuning pairs made short are judged after the files, as one more set.
        let judged: [(name: String, pairs: [Scifact.Pair])] = try files.map { file in
            var pairs = try VerificationPairs.pairs(path: file)
            if let limit { pairs = Array(pairs.prefix(limit)) }
            guard !pairs.isEmpty else { throw BenchError("\(file): no pairs") }
            return (VerificationPairs.name(of: file), pairs)
        } + (scifactShort ? [(ScifactShort.dataset + "_tune", Array(ScifactShort.pairs(scifactTune).prefix(limit ?? Int.max)))] : [])

        var table = ResultTable("set", "mode", "pairs", "macro-F1", "F1 SUPPORT / CONTRADICT / NEI", "accuracy", "S/C answered NEI", "pairs/s", "per CPU s")
        var confusions: [String] = []
        var written: [Prediction] = []
        for (name, pairs) in judged {
            let weights = crossFit ? foldWeights(judging: pairs, training: training, short: shortTraining) : [VerifierWeights.trained]
            let folds = pairs.map { crossFit ? VerifierTraining.fold(of: $0) : 0 }
            for mode in modes {
                let scorers = weights.map { ClaimScorer(verifierWeights: $0) }
                let verifiers = weights.map { AbstractVerifier(weights: $0) }
                var best = Double.infinity
                var bestCPU = Double.infinity
                var labels: [Prediction] = []
                for _ in 0..<max(1, repeats) {
                    var run: [Prediction] = []
                    run.reserveCapacity(pairs.count)
                    let cpuStart = VerifyBenchmark.threadCPUSeconds()
                    let elapsed = ContinuousClock().measure {
                        for (index, pair) in pairs.enumerated() {
                            run.append(judge(pair, mode: mode, scorer: scorers[folds[index]], verifier: verifiers[folds[index]], set: name))
                        }
                    }
                    best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
                    bestCPU = min(bestCPU, VerifyBenchmark.threadCPUSeconds() - cpuStart)
                    labels = run
                }
                var metrics = PairLabelMetrics()
                for prediction in labels { metrics.add(gold: prediction.gold, predicted: prediction.label) }
                let f1 = PairLabelMetrics.labels.map { label in
                    metrics.counts(label).truePositives + metrics.counts(label).falseNegatives == 0 ? "-" : decimal(metrics.counts(label).f1)
                }
                table.add(
                    name, mode.rawValue, String(pairs.count), decimal(metrics.macroF1), f1.joined(separator: " / "),
                    decimal(metrics.accuracy), decimal(metrics.decidedAnsweredNEI), decimal(Double(pairs.count) / best, places: 0),
                    decimal(Double(pairs.count) / bestCPU, places: 0))
                confusions.append(Self.confusionText(metrics, title: "\(name), \(mode.rawValue)"))
                if predictions != nil {
                    if mode == .product {
                        for index in labels.indices {
                            let (claim, source) = VerifyBenchmark.productInputs(pairs[index])
                            let diagnosis = scorers[folds[index]].learnedDiagnosis(claim, sources: [source])
                            labels[index].product_best_coverage = diagnosis.bestCoverage
                            labels[index].product_verifier_label = diagnosis.sources.first?.label
                            labels[index].product_verifier_probabilities = diagnosis.sources.first?.probabilities
                        }
                    }
                    written += labels
                }
            }
        }
        let title = crossFit
            ? "verify-pairs, cross-fitted: weights trained on SciFact tune + \(extra.summary), short-evidence model: \(short.summary); each fold judged by weights without it"
            : "verify-pairs, shipped weights"
        print(title + "\n" + table.rendered)
        print("confusion (rows gold, columns predicted: SUPPORT / CONTRADICT / NEI)")
        print(confusions.joined(separator: "\n"))
        if let predictions { try JSONLines.write(written, to: predictions) }
    }

    func judge(_ pair: Scifact.Pair, mode: Mode, scorer: ClaimScorer, verifier: AbstractVerifier, set: String) -> Prediction {
        switch mode {
        case .learned, .both:
            let judgement = verifier.verify(claim: pair.claim, sentences: pair.document.abstract)
            return Prediction(set: set, id: pair.claimID, mode: "learned", gold: pair.label, label: judgement.label.rawValue)
        case .product:
            let prediction = VerifyBenchmark.productPrediction(pair, scorer: scorer, overstated: overstated)
            return Prediction(
                set: set, id: pair.claimID, mode: "product", gold: pair.label, label: prediction.label,
                verdict: prediction.verdict, reason: prediction.reason, quote: prediction.quotes?.first)
        }
    }

    /// One set of weights per fold of the judged pairs: SciFact tune and the extra files, less any
    /// pair whose evidence is in that fold (which also keeps out the judged pairs themselves when
    /// the judged file is an `--extra` one). When no training pair is left out, one training serves
    /// every fold.
    func foldWeights(judging pairs: [Scifact.Pair], training: [Scifact.Pair], short: [Scifact.Pair]) -> [VerifierWeights] {
        var documentsByFold = Array(repeating: Set<Int>(), count: VerifierTraining.folds)
        for pair in pairs { documentsByFold[VerifierTraining.fold(of: pair)].insert(pair.document.doc_id) }
        var all: VerifierWeights?
        return documentsByFold.map { documents in
            let kept = training.filter { !documents.contains($0.document.doc_id) }
            let keptShort = short.filter { !documents.contains($0.document.doc_id) }
            let untouched = kept.count == training.count && keptShort.count == short.count
            if untouched, let all { return all }
            let weights = VerifierTraining.train(
                kept, foldSalt: "inner fold ", otherSetsInSentenceModel: extra.inSentenceModel,
                shortPairs: keptShort, shortMaximumSentences: self.short.maximumSentences).weights
            if untouched { all = weights }
            return weights
        }
    }

    static func confusionText(_ metrics: PairLabelMetrics, title: String) -> String {
        let rows = PairLabelMetrics.labels.indices.map { g in
            "  \(PairLabelMetrics.labels[g]): " + metrics.confusion[g].map(String.init).joined(separator: " / ")
        }
        return title + "\n" + rows.joined(separator: "\n")
    }
}
