import ArgumentParser
import Foundation
import Scorer

/// `factcheck-bench train-scorer CLAIMS.jsonl CORPUS.jsonl [--output FILE]`: trains the
/// ``AbstractVerifier``'s two logistic models on the *tuning* part of SciFact's training claims and
/// writes them as a small generated Swift file (`VerifierWeights+Trained.swift`).
///
/// It uses the verifier's own `read` and `pairFeatures`, so training sees exactly the features
/// inference computes. The held-out part (``Scifact/part(citedDocIDs:)``) is never loaded here.
///
/// Steps, all deterministic:
/// 1. sentence model: is this sentence a gold rationale sentence? (every sentence of every tuning
///    pair; NEI pairs give negatives only);
/// 2. sentence probabilities for the label model are *cross-fitted* (3 folds by cited document), so
///    the label model learns from probabilities as confident as unseen abstracts get, not in-sample ones;
/// 3. evidence threshold and count: the pair that maximises evidence F1 on those probabilities;
/// 4. label model: multinomial, classes weighted by inverse frequency; per-class score offsets
///    chosen for macro-F1 on cross-fitted label probabilities.
struct TrainScorer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-scorer",
        abstract: "Train the scorer's SciFact verifier on the tuning split and write its weights.")

    @Argument(help: "../shared/data/scifact/claims_train.jsonl") var claims: String
    @Argument(help: "../shared/data/scifact/corpus.jsonl") var corpus: String
    @Option(help: "Where the generated weights go.") var output = "Sources/Scorer/Verifier/VerifierWeights+Trained.swift"
    @Option(help: "L2 penalty of the sentence model.") var l2 = 0.01
    @Option(help: "L2 penalty of the label model (fewer samples, more features: it needs more).") var labelL2 = 0.05
    @Option(help: "Gradient steps per fit.") var steps = 600
    @Option(help: "Also write every tuning pair's features here, one JSON line per pair (for exploring models).")
    var dumpFeatures: String?

    static let folds = 3

    func run() throws {
        let pairs = try Scifact.pairs(claimsPath: claims, corpusPath: corpus, split: .tune)
        let verifier = AbstractVerifier()
        let readings = pairs.map { verifier.read(claim: $0.claim, sentences: $0.document.abstract) }
        let fold = pairs.map { Int((Scifact.fnv1a64("fold " + String($0.document.doc_id)) >> 8) % UInt64(Self.folds)) }
        FileHandle.standardError.write(Data("train-scorer: \(pairs.count) tuning pairs\n".utf8))

        // 1. The sentence model.
        func sentenceData(_ include: (Int) -> Bool) -> ([[Double]], [Int]) {
            var samples: [[Double]] = []
            var labels: [Int] = []
            for (index, pair) in pairs.enumerated() where include(index) {
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
        for k in 0..<Self.folds {
            let (samples, labels) = sentenceData { fold[$0] != k }
            let model = VerifyLogisticRegression.fit(samples: samples, labels: labels, classes: 1, l2: l2, steps: steps)
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
                    for (index, pair) in pairs.enumerated() where !pair.rationale.isEmpty {
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
        if let dumpFeatures {
            struct Dumped: Encodable {
                let claim_id: Int, doc_id: Int, fold: Int, label: String, rationale: [Int], features: [[Double]], pair: [Double]
            }
            try JSONLines.write(pairs.indices.map { index in
                Dumped(claim_id: pairs[index].claimID, doc_id: pairs[index].document.doc_id, fold: fold[index],
                       label: pairs[index].label, rationale: pairs[index].rationale.sorted(),
                       features: readings[index].sentenceFeatures, pair: pairFeatures[index])
            }, to: dumpFeatures)
        }
        let pairLabels = pairs.map { order.firstIndex(of: $0.label)! }
        var frequency = Array(repeating: 0.0, count: order.count)
        for label in pairLabels { frequency[label] += 1 }
        let classWeights = frequency.map { Double(pairs.count) / (Double(order.count) * max($0, 1)) }
        let labelModel = VerifyLogisticRegression.fit(
            samples: pairFeatures, labels: pairLabels, classes: order.count, classWeights: classWeights, l2: labelL2, steps: steps)

        var crossProbabilities = Array(repeating: [Double](), count: pairs.count)
        for k in 0..<Self.folds {
            let inFold = pairs.indices.filter { fold[$0] != k }
            let model = VerifyLogisticRegression.fit(
                samples: inFold.map { pairFeatures[$0] }, labels: inFold.map { pairLabels[$0] }, classes: order.count,
                classWeights: classWeights, l2: labelL2, steps: steps)
            for index in pairs.indices where fold[index] == k { crossProbabilities[index] = model.probabilities(pairFeatures[index]) }
        }
        var bestBias = (f1: -1.0, bias: [0.0, 0.0, 0.0])
        for contradict in -10...10 {
            for nei in -10...10 {
                let bias = [0, Double(contradict) * 0.03, Double(nei) * 0.03]
                var metrics = VerifyMetrics()
                for (index, pair) in pairs.enumerated() {
                    let scores = zip(crossProbabilities[index], bias).map { $0 + $1 }
                    var best = 0
                    for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
                    metrics.add(gold: pair.label, predicted: order[best], goldSentences: [], predictedSentences: [])
                }
                if metrics.macroF1 > bestBias.f1 + 1e-12 { bestBias = (metrics.macroF1, bias) }
            }
        }

        let weights = VerifierWeights(
            featureVersion: AbstractVerifier.featureVersion, sentence: sentenceModel, label: labelModel,
            evidenceThreshold: bestEvidence.threshold, evidenceRelative: bestEvidence.relative,
            maximumEvidence: bestEvidence.count, labelBias: bestBias.bias)
        try Self.swiftSource(weights, pairs: pairs.count).write(toFile: output, atomically: true, encoding: .utf8)
        print("""
            train-scorer: \(pairs.count) tuning pairs, \(allSentences.count) sentences
              evidence: the likeliest sentence, and others at or above \(decimal(bestEvidence.threshold)) or \
            \(decimal(bestEvidence.relative, places: 2)) of it, at most \(bestEvidence.count) sentences \
            (cross-fitted evidence F1 \(decimal(bestEvidence.f1)))
              label offsets \(bestBias.bias.map { decimal($0, places: 2) }) (cross-fitted macro-F1 \(decimal(bestBias.f1)))
              wrote \(output)
            """)
    }

    /// The weights as a Swift file: small arrays with one feature name per weight, so a reader can
    /// see what the model leans on.
    static func swiftSource(_ weights: VerifierWeights, pairs: Int) -> String {
        func number(_ value: Double) -> String { String(format: "%.6f", value) }
        func list(_ values: [Double]) -> String { "[" + values.map(number).joined(separator: ", ") + "]" }
        func model(_ model: LinearModel, names: [String], indent: String) -> String {
            var lines = ["LinearModel("]
            lines.append("\(indent)    means: \(list(model.means)),")
            lines.append("\(indent)    scales: \(list(model.scales)),")
            lines.append("\(indent)    rows: [")
            for row in model.rows {
                lines.append("\(indent)        [")
                lines.append("\(indent)            \(number(row[0])),  // bias")
                for (index, name) in names.enumerated() {
                    lines.append("\(indent)            \(number(row[index + 1])),  // \(name)")
                }
                lines.append("\(indent)        ],")
            }
            lines.append("\(indent)    ])")
            return lines.joined(separator: "\n")
        }
        return """
            // Generated by `factcheck-bench train-scorer` from the tuning split of SciFact's training
            // claims (\(pairs) claim–abstract pairs). Do not edit by hand: retrain (see Sources/Scorer/README.md).
            extension VerifierWeights {
                /// Rows of the label model: SUPPORT, CONTRADICT, NEI (``AbstractLabel/modelOrder``).
                public static let trained = VerifierWeights(
                    featureVersion: \(weights.featureVersion),
                    sentence: \(model(weights.sentence, names: AbstractVerifier.sentenceFeatureNames, indent: "        ")),
                    label: \(model(weights.label, names: AbstractVerifier.pairFeatureNames, indent: "        ")),
                    evidenceThreshold: \(number(weights.evidenceThreshold)), evidenceRelative: \(number(weights.evidenceRelative)),
                    maximumEvidence: \(weights.maximumEvidence),
                    labelBias: \(list(weights.labelBias)))
            }

            """
    }
}
