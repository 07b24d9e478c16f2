import ArgumentParser
import FactCheckModel
import Foundation
import Scorer
import TextAnalysis

/// `factcheck-bench verify CLAIMS.jsonl CORPUS.jsonl [--predictions OUT.jsonl]`: SciFact's
/// claim-verification task. Every (claim, cited abstract) pair is judged from that abstract alone:
/// SUPPORT, CONTRADICT or NEI, and the evidence sentences (indexes into the abstract's list).
///
/// Quality is measured on the held-out part of the split (``Scifact/part(citedDocIDs:)``) unless
/// `--split` says otherwise; the weights were trained on the tuning part only. Speed is pairs judged
/// per second on one core, warm: reading the files excluded, and one untimed pair judged first so
/// the one-off loading (lexicons, weights) is reported on its own line instead of in the rate.
struct VerifyBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Claim verification on SciFact: label macro-F1, evidence-sentence P/R/F1, pairs/s.",
        discussion: """
            Use the held-out split of ../shared/data/scifact/claims_train.jsonl for figures (the default \
            --split heldout); the verifier's weights are trained on --split tune only. \
            --mode product (default) runs the product's ClaimScorer (rules first, the trained verifier \
            where the rules find nothing decisive) on the abstract and maps its verdict (supported → SUPPORT, contradicted → \
            CONTRADICT, overstated → --overstated, the rest → NEI); --mode learned is the trained \
            AbstractVerifier alone.
            """)

    enum Mode: String, ExpressibleByArgument, CaseIterable { case product, learned }

    @Argument(help: "Claims in SciFact's format (id, claim, evidence, cited_doc_ids).") var claims: String
    @Argument(help: "SciFact's corpus.jsonl (doc_id, title, abstract as a sentence list).") var corpus: String
    @Option(help: "Write one {claim_id, doc_id, label, sentences, verifier_*} line per pair and round here.") var predictions: String?
    @Option(help: "Which claims: tune, heldout or all (the split rule is in ScifactData.swift).") var split = "heldout"
    @Option(help: "product (what factcheck reports) or learned (the verifier alone).") var mode: Mode = .product
    @Option(help: "Product mode: the label an `overstated` verdict counts as (SUPPORT, CONTRADICT or NEI).")
    var overstated = "SUPPORT"
    @Option(help: "Time the judging this many times and report the best (the machine may be shared).") var repeats = 1
    @Flag(help: """
        With --split tune: judge each third of the tuning pairs (folds by cited document) with weights \
        trained on the other two thirds, so the tuning figures are as honest as held-out ones.
        """)
    var crossFit = false
    @Option(help: "With --cross-fit: how many fold partitions to pool (the predictions file holds them all, with their round).")
    var crossFitRounds = 1
    @Option(help: "With --cross-fit: boosting rounds of the label model's stumps (0: the logistic layer alone).")
    var labelStumps = VerifierTraining.labelStumpRounds
    @OptionGroup var extra: ExtraTrainingData
    @OptionGroup var short: ShortEvidenceData

    struct Prediction: Encodable {
        let claim_id: Int
        let doc_id: Int
        let label: String
        let sentences: [Int]
        /// Product mode: the verdict and reason factcheck gave (to see which rule decided).
        var verdict: String? = nil
        var reason: String? = nil
        /// With --predictions: the trained verifier's own reading of the pair (the same fold's
        /// weights in a cross-fitted run), so the rules' calls can be compared with its calls.
        var verifier_label: String? = nil
        var verifier_probabilities: [Double]? = nil
        var verifier_sentences: [Int]? = nil
        /// Each abstract sentence's probability of being a rationale sentence, by the same reader.
        var verifier_sentence_probabilities: [Double]? = nil
        /// Product mode: the quoted sentences in the order the report shows them (`sentences` is sorted).
        var quotes: [Int]? = nil
        /// With --cross-fit: which fold partition this line belongs to (every round is written).
        var round: Int? = nil
        /// Product mode, with --predictions: why an answer is NEI (session 14). The best candidate's
        /// term coverage (the relevance gate), the abstract sentences the product's verifier read,
        /// and its label and probabilities on them, before the rules' bounds.
        var product_best_coverage: Double? = nil
        var product_read: [Int]? = nil
        var product_verifier_label: String? = nil
        var product_verifier_probabilities: [Double]? = nil
        var product_verifier_sentences: [Int]? = nil
        /// The label offsets of the weights that judged (the fold's, cross-fitted).
        var label_bias: [Double]? = nil
    }

    func validate() throws {
        // Both only shape the weights a cross-fitted run trains; without --cross-fit the committed
        // weights judge, and a run that looked like a comparison would compare nothing.
        if !crossFit, labelStumps != VerifierTraining.labelStumpRounds {
            throw ValidationError("--label-stumps sets the stumps of the weights --cross-fit trains: it needs --cross-fit (without it the committed weights judge)")
        }
        if !crossFit, crossFitRounds != 1 {
            throw ValidationError("--cross-fit-rounds needs --cross-fit")
        }
    }

    func run() throws {
        guard let choice = Scifact.SplitChoice(rawValue: split) else {
            throw ValidationError("--split must be tune, heldout or all")
        }
        guard VerifyMetrics.labels.contains(overstated) else {
            throw ValidationError("--overstated must be SUPPORT, CONTRADICT or NEI")
        }
        let pairs = try Scifact.pairs(claimsPath: claims, corpusPath: corpus, split: choice)
        guard !pairs.isEmpty else { throw BenchError("no pairs in split \(split)") }
        if crossFit, choice != .tune { throw ValidationError("--cross-fit trains on the pairs it judges: --split tune only") }
        if !crossFit, !extra.isEmpty || !short.isEmpty { throw ValidationError("--extra and --short-* are training data: they need --cross-fit") }
        // Other sets' pairs (FEVER, SNLI) join every fold's training; they are never judged here.
        let extraPairs = try extra.pairs()
        // Cross-fitting: one set of weights per fold, trained without that fold's abstracts (with its
        // own inner folds, so the inner cross-fitting does not reuse the outer assignment). Each
        // round draws other folds; the figures pool all rounds, which evens out the luck of one draw
        // (690 pairs move macro-F1 by a point or two from one partition to the next).
        let rounds = crossFit ? max(1, crossFitRounds) : 1
        var metrics = VerifyMetrics()
        // The same figures per round, for the spread printed under the table (cross-fitted runs).
        var roundMetrics: [VerifyMetrics] = []
        var results: [Prediction] = []
        var written: [Prediction] = []
        var bestSeconds = Double.infinity
        var bestCPUSeconds = Double.infinity
        var loadSeconds = 0.0
        for round in 0..<rounds {
            let salt = round == 0 ? "fold " : "fold \(round) "
            var foldWeights: [VerifierWeights] = []
            if crossFit {
                for k in 0..<VerifierTraining.folds {
                    let kept = pairs.filter { VerifierTraining.fold(of: $0, salt: salt) != k }
                    foldWeights.append(VerifierTraining.train(
                        kept + extraPairs, foldSalt: "inner " + salt,
                        otherSetsInSentenceModel: extra.inSentenceModel, labelStumpRounds: labelStumps,
                        shortPairs: try short.pairs(scifact: kept), shortMaximumSentences: short.maximumSentences).weights)
                }
            }
            let scorers = foldWeights.map { ClaimScorer(verifierWeights: $0) }
            let verifiers = foldWeights.map { AbstractVerifier(weights: $0) }
            let folds = pairs.map { VerifierTraining.fold(of: $0, salt: salt) }
            // One untimed pair first: the first judgement loads the lexicons and the committed
            // weights (one-off, seconds), which would otherwise count against throughput. Timed on
            // its own and reported as the load time.
            if round == 0 {
                let loading = ContinuousClock().measure {
                    _ = crossFit
                        ? judge(pairs[0], scorer: scorers[folds[0]], verifier: verifiers[folds[0]])
                        : judge(pairs[0], scorer: ClaimScorer(), verifier: AbstractVerifier())
                }
                loadSeconds = Double(loading.components.seconds) + Double(loading.components.attoseconds) / 1e18
            }

            for _ in 0..<max(1, repeats) {
                let clock = ContinuousClock()
                var run: [Prediction] = []
                run.reserveCapacity(pairs.count)
                let cpuStart = Self.threadCPUSeconds()
                let elapsed = clock.measure {
                    for (index, pair) in pairs.enumerated() {
                        run.append(crossFit
                            ? judge(pair, scorer: scorers[folds[index]], verifier: verifiers[folds[index]])
                            : judge(pair, scorer: ClaimScorer(), verifier: AbstractVerifier()))
                    }
                }
                bestCPUSeconds = min(bestCPUSeconds, Self.threadCPUSeconds() - cpuStart)
                bestSeconds = min(bestSeconds, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
                results = run
            }
            var thisRound = VerifyMetrics()
            for (pair, prediction) in zip(pairs, results) {
                metrics.add(
                    gold: pair.label, predicted: prediction.label, goldSentences: pair.rationale, goldSets: pair.rationaleSets,
                    predictedSentences: prediction.sentences)
                thisRound.add(
                    gold: pair.label, predicted: prediction.label, goldSentences: pair.rationale, goldSets: pair.rationaleSets,
                    predictedSentences: prediction.sentences)
            }
            roundMetrics.append(thisRound)
            if predictions != nil {
                let readers = crossFit ? verifiers : [AbstractVerifier()]
                for (index, pair) in pairs.enumerated() {
                    let judgement = readers[crossFit ? folds[index] : 0].verify(claim: pair.claim, sentences: pair.document.abstract)
                    var line = results[index]
                    line.verifier_label = judgement.label.rawValue
                    line.verifier_probabilities = judgement.labelProbabilities
                    line.verifier_sentences = judgement.evidence
                    line.verifier_sentence_probabilities = judgement.sentenceProbabilities
                    line.round = round
                    line.label_bias = readers[crossFit ? folds[index] : 0].weights.labelBias
                    if mode == .product {
                        let (claim, source) = Self.productInputs(pair)
                        let diagnosis = (crossFit ? scorers[folds[index]] : ClaimScorer()).learnedDiagnosis(claim, sources: [source])
                        line.product_best_coverage = diagnosis.bestCoverage
                        if let reading = diagnosis.sources.first {
                            func located(_ texts: [String]) -> [Int] {
                                texts.compactMap { text in
                                    pair.document.abstract.firstIndex { $0.drop(while: \.isWhitespace).hasPrefix(text) }
                                        ?? pair.document.abstract.firstIndex { $0.contains(text) }
                                }
                            }
                            line.product_read = located(reading.read)
                            line.product_verifier_sentences = located(reading.evidence)
                            line.product_verifier_label = reading.label
                            line.product_verifier_probabilities = reading.probabilities
                        }
                    }
                    written.append(line)
                }
            }
        }
        if let predictions { try JSONLines.write(written, to: predictions) }
        print(Self.report(metrics, title: "verify (\(mode.rawValue)), split \(split)\(crossFit ? " cross-fitted, \(rounds) round(s) pooled" : "")\(extra.isEmpty ? "" : ", trained with " + extra.summary): \(pairs.count) pairs", pairsPerSecond: Double(pairs.count) / bestSeconds,
            pairsPerCPUSecond: Double(pairs.count) / bestCPUSeconds, loadSeconds: loadSeconds))
        // Under the table, so every figure above prints as before: the noise a keep rule must clear.
        if crossFit { print(RoundSpread(rounds: roundMetrics).lines.joined(separator: "\n")) }
    }

    func judge(_ pair: Scifact.Pair, scorer: ClaimScorer, verifier: AbstractVerifier) -> Prediction {
        switch mode {
        case .learned:
            let judgement = verifier.verify(claim: pair.claim, sentences: pair.document.abstract)
            return Prediction(
                claim_id: pair.claimID, doc_id: pair.document.doc_id, label: judgement.label.rawValue,
                sentences: judgement.evidence)
        case .product:
            return Self.productPrediction(pair, scorer: scorer, overstated: overstated)
        }
    }

    /// The product's scorer on one abstract (each sentence a passage); evidence quotes are mapped
    /// back to the sentence they were cut from. `overstated`: the label an `overstated` verdict counts as.
    static func productPrediction(_ pair: Scifact.Pair, scorer: ClaimScorer, overstated: String) -> Prediction {
        let (claim, source) = productInputs(pair)
        let check = scorer.check(claim, sources: [source])
        let label: String
        switch check.verdict {
        case .supported: label = "SUPPORT"
        case .contradicted: label = "CONTRADICT"
        case .overstated: label = overstated
        case .disputed, .unverified, .needsCitation, .sourceUnavailable: label = "NEI"
        }
        var sentences: [Int] = []
        if label != "NEI" {
            for evidence in check.evidence where evidence.stance != .mentions {
                // A quote is its sentence trimmed: a prefix test after leading space finds it fast.
                if let index = pair.document.abstract.firstIndex(where: { $0.drop(while: \.isWhitespace).hasPrefix(evidence.quote) })
                    ?? pair.document.abstract.firstIndex(where: { $0.contains(evidence.quote) }), !sentences.contains(index)
                {
                    sentences.append(index)
                }
            }
        }
        return Prediction(
            claim_id: pair.claimID, doc_id: pair.document.doc_id, label: label, sentences: sentences.sorted(),
            verdict: check.verdict.rawValue, reason: check.reason, quotes: sentences)
    }

    /// The claim and its cited abstract as the product sees them: the claim citing the abstract, the
    /// abstract one source whose passages are its sentences.
    static func productInputs(_ pair: Scifact.Pair) -> (Claim, SourceDocument) {
        let text = pair.claim
        let claim = Claim(
            id: ClaimID.make(for: text), text: text, sentence: text,
            span: TextSpan(start: 0, end: text.unicodeScalars.count, line: 1, column: 1), kind: .general,
            checkworthiness: 1, attribution: nil, hedges: HedgeLexicon.hedges(in: text),
            quantities: QuantityParser.quantities(in: text), citations: ["https://doi.org/scifact/\(pair.document.doc_id)"])
        let source = SourceDocument(
            ref: SourceRef(url: "https://doi.org/scifact/\(pair.document.doc_id)", origin: .link), status: .ok,
            title: pair.document.title, contentType: "text/plain",
            passages: pair.document.abstract.enumerated().map { Passage(index: $0.offset, text: $0.element) })
        return (claim, source)
    }

    /// CPU time of this thread: on a shared machine, wall time counts the other processes' turns too.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func report(
        _ metrics: VerifyMetrics, title: String, pairsPerSecond: Double?, pairsPerCPUSecond: Double? = nil,
        loadSeconds: Double? = nil
    ) -> String {
        var table = ResultTable("figure", "value")
        table.add("label macro-F1", decimal(metrics.macroF1))
        for label in VerifyMetrics.labels {
            let counts = metrics.perLabel[label] ?? PrecisionRecall()
            table.add("  \(label) F1 (P / R)", "\(decimal(counts.f1)) (\(decimal(counts.precision)) / \(decimal(counts.recall)))")
        }
        table.add("evidence precision", decimal(metrics.evidence.precision))
        table.add("evidence recall", decimal(metrics.evidence.recall))
        table.add("evidence F1", decimal(metrics.evidence.f1))
        table.add("evidence F1, NEI pairs counted too", decimal(metrics.evidenceAllPairs.f1))
        let strict = metrics.scifactEvidence
        table.add("evidence P / R / F1, SciFact's rule", "\(decimal(strict.precision)) / \(decimal(strict.recall)) / \(decimal(strict.f1))")
        if let loadSeconds { table.add("load, first pair (untimed below; seconds)", decimal(loadSeconds, places: 2)) }
        if let pairsPerSecond { table.add("pairs/s (one thread, warm, wall clock)", decimal(pairsPerSecond, places: 0)) }
        if let pairsPerCPUSecond { table.add("pairs per CPU second (one thread, warm)", decimal(pairsPerCPUSecond, places: 0)) }
        return title + "\n" + table.rendered
    }
}
