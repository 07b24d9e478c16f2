/// How much a cross-fitted figure moves from one fold partition to the next.
///
/// `verify --cross-fit --cross-fit-rounds N` judges every tuning pair N times, each round with
/// weights trained on another random partition of the abstracts into folds, and pools the rounds
/// into one figure. The pooled figure hides how far apart the rounds are, and that spread is the
/// noise any keep rule on the pooled figure must clear: a change that only retrains the verifier
/// moves the figure about as much as drawing other folds does. So each round's macro-F1 and
/// CONTRADICT F1 (the label the rules aim at) is listed, with their mean and standard deviation.
///
/// The standard deviation is the sample one (divided by N − 1): the rounds are a sample of the
/// partitions that could have been drawn. The pooled figure's own spread is smaller, roughly this
/// one over √N, as far as the rounds behave as independent draws.
struct RoundSpread {
    /// One entry per round, in round order.
    let rounds: [VerifyMetrics]

    /// The lines printed under `verify`'s table: one per round, then the mean, then the standard deviation.
    var lines: [String] {
        var lines = rounds.enumerated().map { index, metrics in
            "round \(index): label macro-F1 \(decimal(metrics.macroF1)), CONTRADICT F1 \(decimal(metrics.f1("CONTRADICT")))"
        }
        let macro = Self.meanAndStandardDeviation(rounds.map(\.macroF1))
        let contradict = Self.meanAndStandardDeviation(rounds.map { $0.f1("CONTRADICT") })
        lines.append("mean of \(rounds.count) round(s): label macro-F1 \(decimal(macro.mean)), CONTRADICT F1 \(decimal(contradict.mean))")
        lines.append("sd across rounds: label macro-F1 \(decimal(macro.sd, places: 4)), CONTRADICT F1 \(decimal(contradict.sd, places: 4))")
        return lines
    }

    /// The mean and the sample standard deviation (n − 1); the deviation is NaN (printed "n/a")
    /// for fewer than two values, where there is no spread to estimate.
    static func meanAndStandardDeviation(_ values: [Double]) -> (mean: Double, sd: Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        let mean = values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else { return (mean, .nan) }
        let squares = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return (mean, (squares / Double(values.count - 1)).squareRoot())
    }
}
