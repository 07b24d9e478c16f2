import Foundation
import Scorer

/// The verifier's training, as `train-scorer` runs it on the whole tuning part and as
/// `verify --cross-fit` runs it on two thirds of it to judge the last third with weights that never
/// saw those abstracts.
///
/// Steps, all deterministic:
/// 1. sentence model: is this sentence a gold rationale sentence? (every sentence of every pair;
///    NEI pairs give negatives only);
/// 2. sentence probabilities for the label model are *cross-fitted* (3 folds by cited document), so
///    the label model learns from probabilities as confident as unseen abstracts get, not in-sample ones;
/// 3. evidence threshold and count: the pair that maximises evidence F1 on those probabilities;
/// 4. label model: multinomial logistic, classes weighted by inverse frequency, and beside it
///    boosted stumps on the same features and weights (``VerifyBoostedStumps``; `labelStumpRounds`
///    0: none), their probabilities averaged; per-class score offsets chosen for macro-F1 on
///    cross-fitted label probabilities.
///
/// The cross-fitted figures this reports (``Result/macroF1``, ``Result/evidenceF1``) are slightly
/// optimistic: the label model judging fold k trains on pairs of the other folds, whose sentence
/// probabilities (step 2) came from sentence models fitted on *their* other folds, fold k among
/// them; and the class weights are counted on all pairs, the judged fold included. The figure that decides is `verify --cross-fit`'s, which trains
/// everything, sentence model included, without the judged third.
///
/// Pairs from other sets (``VerificationPairs``: FEVER, SNLI) may join SciFact's. They train both
/// models, or with `otherSetsInSentenceModel` false the label model only (what a rationale sentence
/// looks like stays SciFact's notion); the evidence cut-offs and the label offsets are chosen on the
/// SciFact pairs alone when there are any. Those choices fit the product's target, abstracts read
/// for a claim, and sets of one-sentence evidence would pull the cut-offs toward "name them all".
enum VerifierTraining {
    static let folds = 3
    /// Boosting rounds of the label model's stumps (one stump per class a round); 0: logistic only.
    static let labelStumpRounds = 50
    /// The stumps' shrinkage per round, and the fewest pairs a leaf may hold: ``VerifyBoostedStumps``
    /// fits with these and the weights file's provenance names them.
    static let labelStumpLearningRate = 0.1
    static let labelStumpMinimumLeaf = 10

    /// Which of the ``folds`` a pair falls in: by cited document, so a claim and its mirror image
    /// about the same abstract are never on both sides. `salt` gives an independent assignment (the
    /// inner folds of a cross-fitted run).
    static func fold(of pair: Scifact.Pair, salt: String = "fold ") -> Int {
        Int((Scifact.fnv1a64(salt + String(pair.document.doc_id)) >> 8) % UInt64(folds))
    }

    struct Result {
        let weights: VerifierWeights
        let readings: [AbstractVerifier.Reading]
        /// Cross-fitted sentence probabilities and the pair features built from them.
        let probabilities: [[Double]]
        let pairFeatures: [[Double]]
        let sentenceCount: Int
        /// Cross-fitted figures: evidence F1 on pairs with a rationale, label macro-F1; slightly
        /// optimistic (see the type's comment), `verify --cross-fit` gives the clean one.
        let evidenceF1: Double
        let macroF1: Double
        /// The short-evidence model's cross-fitted macro-F1 (offsets chosen on the same
        /// probabilities), and how many pairs it learned from; nil and 0 without one.
        var shortMacroF1: Double? = nil
        var shortPairCount = 0
    }

    static func train(
        _ pairs: [Scifact.Pair], l2: Double = 0.01, labelL2: Double = 0.05, steps: Int = 600, foldSalt: String = "fold ",
        keepFeatures: Bool = false, otherSetsInSentenceModel: Bool = true, labelStumpRounds: Int = Self.labelStumpRounds,
        shortPairs: [Scifact.Pair] = [], shortMaximumSentences: Int = 2
    ) -> Result {
        let verifier = AbstractVerifier()
        let readings = pairs.map { verifier.read(claim: $0.claim, sentences: $0.document.abstract) }
        let fold = pairs.map { Self.fold(of: $0, salt: foldSalt) }
        let hasScifact = pairs.contains { $0.dataset == "scifact" }
        let choosing = pairs.map { !hasScifact || $0.dataset == "scifact" }

        // 1. The sentence model.
        func sentenceData(_ include: (Int) -> Bool) -> ([[Double]], [Int]) {
            var samples: [[Double]] = []
            var labels: [Int] = []
            for (index, pair) in pairs.enumerated()
            where include(index) && (otherSetsInSentenceModel || pair.dataset == "scifact") {
                for (position, features) in readings[index].sentenceFeatures.enumerated() {
                    samples.append(features)
                    labels.append(pair.rationale.contains(position) ? 1 : 0)
                }
            }
            return (samples, labels)
        }
        let (allSentences, allSentenceLabels) = sentenceData { _ in true }
        let sentenceModel = VerifyLogisticRegression.fit(
            samples: allSentences, labels: allSentenceLabels, classes: 1, l2: l2, steps: steps)

        // 2. Cross-fitted sentence probabilities.
        var probabilities = Array(repeating: [Double](), count: pairs.count)
        var foldSentenceModels = Array(repeating: sentenceModel, count: Self.folds)
        for k in 0..<Self.folds {
            let (samples, labels) = sentenceData { fold[$0] != k }
            guard !samples.isEmpty else { continue }
            let model = VerifyLogisticRegression.fit(samples: samples, labels: labels, classes: 1, l2: l2, steps: steps)
            foldSentenceModels[k] = model
            for index in pairs.indices where fold[index] == k {
                probabilities[index] = readings[index].sentenceFeatures.map(model.probability)
            }
        }

        // 3. Evidence: how many sentences at most, and the absolute and relative cut-offs for the
        //    ones after the likeliest. Measured where evidence counts: pairs with gold rationales.
        var bestEvidence = (f1: -1.0, threshold: 0.5, relative: 2.0, count: 2)
        for count in 1...4 {
            for step in 2...40 {
                let threshold = Double(step) * 0.025
                for relativeStep in 6...21 {
                    let relative = relativeStep == 21 ? 2 : Double(relativeStep) * 0.05
                    var weights = VerifierWeights.trained
                    weights.evidenceThreshold = threshold
                    weights.evidenceRelative = relative
                    weights.maximumEvidence = count
                    let trial = AbstractVerifier(weights: weights)
                    var metrics = VerifyMetrics()
                    for (index, pair) in pairs.enumerated() where !pair.rationale.isEmpty && choosing[index] {
                        metrics.add(gold: pair.label, predicted: pair.label, goldSentences: pair.rationale,
                                    predictedSentences: trial.evidence(probabilities[index]))
                    }
                    if metrics.evidence.f1 > bestEvidence.f1 + 1e-12 {
                        bestEvidence = (metrics.evidence.f1, threshold, relative, count)
                    }
                    if count == 1 { break }
                }
                if count == 1 { break }
            }
        }

        // 4. The label model, on pair features built from the cross-fitted probabilities.
        let order = AbstractLabel.modelOrder.map(\.rawValue)
        let pairFeatures = pairs.indices.map { verifier.pairFeatures(readings[$0], sentenceProbabilities: probabilities[$0]) }
        let pairLabels = pairs.map { order.firstIndex(of: $0.label)! }
        var frequency = Array(repeating: 0.0, count: order.count)
        for label in pairLabels { frequency[label] += 1 }
        let classWeights = frequency.map { Double(pairs.count) / (Double(order.count) * max($0, 1)) }
        let labelModel = VerifyLogisticRegression.fit(
            samples: pairFeatures, labels: pairLabels, classes: order.count, classWeights: classWeights, l2: labelL2, steps: steps)
        func stumps(_ samples: [[Double]], _ labels: [Int]) -> BoostedStumps? {
            labelStumpRounds > 0
                ? VerifyBoostedStumps.fit(samples: samples, labels: labels, classes: order.count, classWeights: classWeights, rounds: labelStumpRounds)
                : nil
        }
        let labelStumps = stumps(pairFeatures, pairLabels)

        var crossProbabilities = Array(repeating: [Double](), count: pairs.count)
        for k in 0..<Self.folds {
            let inFold = pairs.indices.filter { fold[$0] != k }
            guard inFold.count < pairs.count else { continue }
            let model = VerifyLogisticRegression.fit(
                samples: inFold.map { pairFeatures[$0] }, labels: inFold.map { pairLabels[$0] }, classes: order.count,
                classWeights: classWeights, l2: labelL2, steps: steps)
            let foldStumps = stumps(inFold.map { pairFeatures[$0] }, inFold.map { pairLabels[$0] })
            for index in pairs.indices where fold[index] == k {
                crossProbabilities[index] = VerifierWeights.labelProbabilities(pairFeatures[index], label: model, stumps: foldStumps)
            }
        }
        let bestBias = Self.labelOffsets(crossProbabilities, labels: pairs.map(\.label), choosing: choosing)

        // 5. The short-evidence label model, on its own pairs (their sentence probabilities from
        //    the fold's sentence model, as cross-fitted as the abstract pairs' are).
        let shortModel = shortPairs.isEmpty ? nil : trainShort(
            shortPairs, sentenceModels: foldSentenceModels, foldSalt: foldSalt, labelL2: labelL2, steps: steps,
            labelStumpRounds: labelStumpRounds, maximumSentences: shortMaximumSentences)

        let weights = VerifierWeights(
            featureVersion: AbstractVerifier.featureVersion, sentence: sentenceModel, label: labelModel,
            evidenceThreshold: bestEvidence.threshold, evidenceRelative: bestEvidence.relative,
            maximumEvidence: bestEvidence.count, labelBias: bestBias.bias, labelStumps: labelStumps,
            shortEvidence: shortModel?.model)
        return Result(
            weights: weights, readings: keepFeatures ? readings : [], probabilities: probabilities,
            pairFeatures: pairFeatures, sentenceCount: allSentences.count, evidenceF1: bestEvidence.f1,
            macroF1: bestBias.f1, shortMacroF1: shortModel?.macroF1, shortPairCount: shortPairs.count)
    }

    /// Per-class offsets on the label probabilities (SUPPORT's fixed at 0) that maximise macro-F1
    /// over the `choosing` pairs, on a grid of 0.03 steps.
    static func labelOffsets(_ probabilities: [[Double]], labels: [String], choosing: [Bool]) -> (f1: Double, bias: [Double]) {
        let order = AbstractLabel.modelOrder.map(\.rawValue)
        var bestBias = (f1: -1.0, bias: [0.0, 0.0, 0.0])
        for contradict in -10...10 {
            for nei in -10...10 {
                let bias = [0, Double(contradict) * 0.03, Double(nei) * 0.03]
                var metrics = VerifyMetrics()
                for index in labels.indices where choosing[index] {
                    let scores = zip(probabilities[index], bias).map { $0 + $1 }
                    var best = 0
                    for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
                    metrics.add(gold: labels[index], predicted: order[best], goldSentences: [], predictedSentences: [])
                }
                if metrics.macroF1 > bestBias.f1 + 1e-12 { bestBias = (metrics.macroF1, bias) }
            }
        }
        return bestBias
    }

    /// The label model for short evidence (``ShortEvidenceModel``): the abstract label model's
    /// recipe (logistic layer with inverse-frequency class weights, averaged with boosted stumps;
    /// offsets for macro-F1 on cross-fitted probabilities) on short pairs only. Each pair's sentence
    /// probabilities come from the sentence model of its fold, so a SciFact pair made short is not
    /// read by a sentence model trained on its own abstract.
    static func trainShort(
        _ pairs: [Scifact.Pair], sentenceModels: [LinearModel], foldSalt: String, labelL2: Double, steps: Int,
        labelStumpRounds: Int, maximumSentences: Int
    ) -> (model: ShortEvidenceModel, macroF1: Double) {
        let verifier = AbstractVerifier()
        let order = AbstractLabel.modelOrder.map(\.rawValue)
        let fold = pairs.map { Self.fold(of: $0, salt: foldSalt) }
        let features = pairs.indices.map { index in
            let reading = verifier.read(claim: pairs[index].claim, sentences: pairs[index].document.abstract)
            return verifier.pairFeatures(reading, sentenceProbabilities: reading.sentenceFeatures.map(sentenceModels[fold[index]].probability))
        }
        let labels = pairs.map { order.firstIndex(of: $0.label)! }
        var frequency = Array(repeating: 0.0, count: order.count)
        for label in labels { frequency[label] += 1 }
        let classWeights = frequency.map { Double(pairs.count) / (Double(order.count) * max($0, 1)) }
        func fit(_ chosen: [Int]) -> (LinearModel, BoostedStumps?) {
            let samples = chosen.map { features[$0] }
            let sampleLabels = chosen.map { labels[$0] }
            let linear = VerifyLogisticRegression.fit(
                samples: samples, labels: sampleLabels, classes: order.count, classWeights: classWeights, l2: labelL2, steps: steps)
            let stumps = labelStumpRounds > 0
                ? VerifyBoostedStumps.fit(samples: samples, labels: sampleLabels, classes: order.count, classWeights: classWeights, rounds: labelStumpRounds)
                : nil
            return (linear, stumps)
        }
        let (label, stumps) = fit(Array(pairs.indices))
        var crossProbabilities = Array(repeating: [Double](), count: pairs.count)
        for k in 0..<Self.folds {
            let (foldLabel, foldStumps) = fit(pairs.indices.filter { fold[$0] != k })
            for index in pairs.indices where fold[index] == k {
                crossProbabilities[index] = VerifierWeights.labelProbabilities(features[index], label: foldLabel, stumps: foldStumps)
            }
        }
        let offsets = labelOffsets(crossProbabilities, labels: pairs.map(\.label), choosing: pairs.map { _ in true })
        return (ShortEvidenceModel(maximumSentences: maximumSentences, label: label, labelStumps: stumps, labelBias: offsets.bias), offsets.f1)
    }
}
