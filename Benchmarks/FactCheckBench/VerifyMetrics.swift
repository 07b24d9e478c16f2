/// SciFact's figures for a set of predictions: label macro-F1 over SUPPORT / CONTRADICT / NEI, and
/// sentence-level evidence precision, recall and F1.
///
/// What evidence counts (the headline figure, as in SciFact's sentence-level definition restricted
/// to pairs that have a rationale): for every pair whose gold has rationale sentences, each
/// predicted sentence in the gold rationale is a true positive, each other predicted sentence a
/// false positive, each gold sentence not predicted a false negative; predicted labels do not
/// enter. `evidenceAllPairs` also counts sentences predicted on NEI pairs as false positives (the
/// stricter reading, shown for context).
struct VerifyMetrics {
    static let labels = ["SUPPORT", "CONTRADICT", "NEI"]

    var perLabel: [String: PrecisionRecall] = [:]
    var evidence = PrecisionRecall()
    var evidenceAllPairs = PrecisionRecall()
    var pairs = 0

    mutating func add(gold: String, predicted: String, goldSentences: Set<Int>, predictedSentences: [Int]) {
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
    }

    func f1(_ label: String) -> Double { perLabel[label]?.f1 ?? 0 }

    var macroF1: Double { Self.labels.map(f1).reduce(0, +) / Double(Self.labels.count) }
}
