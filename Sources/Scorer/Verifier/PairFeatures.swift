/// The label model's inputs for one claim–abstract pair, named: how sure the sentence model is that
/// the abstract holds evidence at all, and which way its likeliest evidence points. Changing the list
/// changes ``SentenceFeatures/version`` too (one version for the whole verifier); retrain after.
enum PairFeatures {
    static let names = [
        "best evidence probability", "second evidence probability", "evidence probability mass", "best coverage",
        "coverage of likeliest evidence", "claim negated", "evidence negated", "polarity differs (evidence)",
        "polarity differs (weighted)", "direction reversed (evidence)", "direction reversed (weighted)",
        "antonym (evidence)", "antonym (weighted)", "numbers conflict (evidence)", "numbers agree (evidence)",
        "claim has a direction", "same direction (evidence)", "evidence reads as conclusion", "claim hedged",
        "claim length", "abstract length", "best probability x polarity differs", "any likely evidence disagrees",
    ]

    /// `probabilities`: the sentence model's output for each reading, same order.
    static func features(query: ClaimQuery, readings: [SentenceReading], probabilities: [Double]) -> [Double] {
        guard !readings.isEmpty else { return Array(repeating: 0, count: names.count) }
        let order = probabilities.indices.sorted {
            probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1
        }
        let top = readings[order[0]]
        let best = probabilities[order[0]]
        let second = order.count > 1 ? probabilities[order[1]] : 0
        let claimNegated = query.negation != nil
        func differs(_ reading: SentenceReading) -> Bool { claimNegated != reading.negated }

        // Signals weighted by how likely each sentence is evidence: one confident contrary sentence
        // counts more than a stray "not" in the background.
        var mass = 0.0
        var weightedDiffers = 0.0
        var weightedReversal = 0.0
        var weightedAntonym = 0.0
        var anyDisagrees = 0.0
        for (reading, probability) in zip(readings, probabilities) {
            mass += probability
            if differs(reading) { weightedDiffers += probability }
            if reading.reversal { weightedReversal += probability }
            if reading.antonym { weightedAntonym += probability }
            if probability >= 0.3, differs(reading) || reading.reversal || reading.antonym || reading.quantityConflicts {
                anyDisagrees = 1
            }
        }
        let normaliser = max(mass, 1e-9)
        return [
            best, second, min(mass, 3) / 3, readings.map(\.coverage).max() ?? 0,
            top.coverage, claimNegated ? 1 : 0, top.negated ? 1 : 0, differs(top) ? 1 : 0,
            weightedDiffers / normaliser, top.reversal ? 1 : 0, weightedReversal / normaliser,
            top.antonym ? 1 : 0, weightedAntonym / normaliser, top.quantityConflicts ? 1 : 0, top.quantityAgrees ? 1 : 0,
            query.directions.isEmpty ? 0 : 1, top.sameDirection ? 1 : 0, top.roles[RoleCues.Role.conclusion.rawValue],
            query.hedges.isEmpty ? 0 : 1, Double(query.terms.count) / 10, Double(readings.count) / 10,
            differs(top) ? best : 0, anyDisagrees,
        ]
    }
}
