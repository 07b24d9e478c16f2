/// SciFact's figures for a set of predictions: label macro-F1 over SUPPORT / CONTRADICT / NEI, and
/// sentence-level evidence precision, recall and F1.
///
/// What evidence counts in the headline figure (`evidence`): for every pair whose gold has rationale
/// sentences, each predicted sentence in a gold rationale is a true positive, each other predicted
/// sentence a false positive, each gold sentence not predicted a false negative; predicted labels do
/// not enter, and sentences predicted on gold NEI pairs are not counted. That is looser than SciFact's
/// own sentence-level metric, which `scifactEvidence` follows (SciFact's `doc/evaluation.md`): a
/// pair predicted NEI has no evidence; a predicted sentence is correct only if the predicted label
/// equals the gold label and the sentence's whole gold rationale was predicted with it; every
/// predicted sentence counts toward precision, also on gold NEI pairs. Both are reported, so a
/// change that helps only the loose figure shows. `evidenceAllPairs` is the loose figure with gold
/// NEI pairs' predicted sentences counted as false positives.
struct VerifyMetrics {
    static let labels = ["SUPPORT", "CONTRADICT", "NEI"]

    var perLabel: [String: PrecisionRecall] = [:]
    var evidence = PrecisionRecall()
    var evidenceAllPairs = PrecisionRecall()
    var scifactEvidence = PrecisionRecall()
    var pairs = 0

    /// `goldSets`: the gold rationales one by one (empty: `goldSentences` taken as one rationale).
    mutating func add(
        gold: String, predicted: String, goldSentences: Set<Int>, goldSets: [Set<Int>] = [], predictedSentences: [Int]
    ) {
        pairs += 1
        for label in Self.labels {
            var counts = perLabel[label] ?? PrecisionRecall()
            if predicted == label, gold == label { counts.truePositives += 1 }
            if predicted == label, gold != label { counts.falsePositives += 1 }
            if predicted != label, gold == label { counts.falseNegatives += 1 }
            perLabel[label] = counts
        }
        let predictedSet = Set(predictedSentences)
        var pair = PrecisionRecall()
        pair.truePositives = predictedSet.intersection(goldSentences).count
        pair.falsePositives = predictedSet.subtracting(goldSentences).count
        pair.falseNegatives = goldSentences.subtracting(predictedSet).count
        if !goldSentences.isEmpty { evidence = evidence + pair }
        evidenceAllPairs = evidenceAllPairs + pair

        let output = predicted == "NEI" ? [] : predictedSet
        let sets = goldSets.isEmpty && !goldSentences.isEmpty ? [goldSentences] : goldSets
        var correct = 0
        if predicted == gold, gold != "NEI" {
            correct = output.filter { sentence in sets.contains { $0.contains(sentence) && $0.isSubset(of: output) } }.count
        }
        scifactEvidence.truePositives += correct
        scifactEvidence.falsePositives += output.count - correct
        scifactEvidence.falseNegatives += goldSentences.count - correct
    }

    func f1(_ label: String) -> Double { perLabel[label]?.f1 ?? 0 }

    var macroF1: Double { Self.labels.map(f1).reduce(0, +) / Double(Self.labels.count) }
}
