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
        "ratio against claim (weighted)", "ratio holds 1 (weighted)", "ratio with claim (weighted)",
        "likeliest negated sentence", "likeliest reversed sentence", "likeliest antonym sentence",
        "likeliest ratio-against sentence", "likeliest same-direction sentence", "likeliest plain sentence",
        "disagreeing sentences among the likeliest two", "claim negated x likeliest plain sentence",
        "likeliest sentence disagreeing in any way",
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
        var weightedRatioAgainst = 0.0
        var weightedRatioNull = 0.0
        var weightedRatioWith = 0.0
        var likeliest = Array(repeating: 0.0, count: 7)  // negated, reversed, antonym, ratio, same, plain, any
        for (reading, probability) in zip(readings, probabilities) {
            if reading.ratioReverses { weightedRatioAgainst += probability }
            if reading.ratioNull { weightedRatioNull += probability }
            if reading.ratioAgrees { weightedRatioWith += probability }
            let signals = [
                differs(reading), reading.reversal, reading.antonym, reading.ratioReverses,
                reading.sameDirection || reading.ratioAgrees,
            ]
            for (slot, on) in signals.enumerated() where on { likeliest[slot] = max(likeliest[slot], probability) }
            let disagrees = differs(reading) || reading.reversal || reading.antonym || reading.ratioReverses
                || reading.ratioNull || reading.quantityConflicts
            if disagrees { likeliest[6] = max(likeliest[6], probability) } else { likeliest[5] = max(likeliest[5], probability) }
        }
        var disagreeingTopTwo = 0.0
        for position in order.prefix(2) {
            let reading = readings[position]
            if differs(reading) || reading.reversal || reading.antonym || reading.ratioReverses || reading.ratioNull
                || reading.quantityConflicts { disagreeingTopTwo += 1 }
        }
        return [
            best, second, min(mass, 3) / 3, readings.map(\.coverage).max() ?? 0,
            top.coverage, claimNegated ? 1 : 0, top.negated ? 1 : 0, differs(top) ? 1 : 0,
            weightedDiffers / normaliser, top.reversal ? 1 : 0, weightedReversal / normaliser,
            top.antonym ? 1 : 0, weightedAntonym / normaliser, top.quantityConflicts ? 1 : 0, top.quantityAgrees ? 1 : 0,
            query.directions.isEmpty ? 0 : 1, top.sameDirection ? 1 : 0, top.roles[RoleCues.Role.conclusion.rawValue],
            query.hedges.isEmpty ? 0 : 1, Double(query.terms.count) / 10, Double(readings.count) / 10,
            differs(top) ? best : 0, anyDisagrees,
            weightedRatioAgainst / normaliser, weightedRatioNull / normaliser, weightedRatioWith / normaliser,
            likeliest[0], likeliest[1], likeliest[2], likeliest[3], likeliest[4], likeliest[5],
            disagreeingTopTwo, claimNegated ? likeliest[5] : 0, likeliest[6],
        ]
    }
}
