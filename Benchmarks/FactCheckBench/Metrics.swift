/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
struct PrecisionRecall: Sendable, Equatable {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }

    static func + (lhs: PrecisionRecall, rhs: PrecisionRecall) -> PrecisionRecall {
        PrecisionRecall(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}
